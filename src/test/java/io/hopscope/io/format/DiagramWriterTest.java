package io.hopscope.io.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Layout;
import io.hopscope.diagram.Shape;
import io.hopscope.model.AclEntry;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.RuleAction;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiagramWriterTest {

    private static Diagram reread(String json) {
        DiagramLoad load = DiagramReader.read(json, "test.json");
        assertFalse(load.hasErrors(), () -> "unexpected errors: " + load.errors());
        return load.diagram();
    }

    @Test
    void roundTripKeepsEveryResourceKindAndField() {
        Diagram original = RichDiagram.diagram();
        Diagram back = reread(DiagramWriter.toJson(original));
        assertEquals(original.model(), back.model());
        assertEquals(original.layout(), back.layout());
        assertEquals(original, back);
    }

    @Test
    void richDiagramUsesEverySection() {
        String json = DiagramWriter.toJson(RichDiagram.diagram());
        for (ModelSection section : ModelSection.values()) {
            assertTrue(json.contains("\"" + section.key() + "\": ["), section.key());
        }
    }

    @Test
    void loadThenSaveGivesTheSameBytesForCanonicalFiles() {
        List<Diagram> diagrams = List.of(RichDiagram.diagram(), Diagram.EMPTY,
                new Diagram("only a title", "", NetworkModel.EMPTY, Layout.EMPTY),
                new Diagram("", "", NetworkModel.builder().add(new Vpc("vpc-9", "", "", List.of(Cidr.parse("10.0.0.0/16")),
                        List.of())).build(), Layout.EMPTY.with(new Shape("vpc-9", 1e-3, 123456789, 1, 2))));
        for (Diagram d : diagrams) {
            String first = DiagramWriter.toJson(d);
            String second = DiagramWriter.toJson(reread(first));
            assertEquals(first, second);
        }
    }

    @Test
    void handWrittenCanonicalFileRoundTripsByteForByte() {
        String file = """
                {
                  "format": "hopscope-diagram",
                  "version": 1,
                  "title": "Two subnets",
                  "model": {
                    "vpcs": [
                      {
                        "id": "vpc-1",
                        "name": "lab",
                        "ipv4Cidrs": [
                          "10.0.0.0/16"
                        ]
                      }
                    ],
                    "subnets": [
                      {
                        "id": "subnet-a",
                        "vpc": "vpc-1",
                        "cidr": "10.0.1.0/24"
                      }
                    ],
                    "networkAcls": [
                      {
                        "id": "acl-1",
                        "vpc": "vpc-1",
                        "default": true,
                        "inbound": [
                          {
                            "rule": 100,
                            "action": "allow",
                            "protocol": "tcp",
                            "ports": "1024-65535",
                            "cidr": "0.0.0.0/0"
                          }
                        ],
                        "outbound": [
                          {
                            "rule": 100,
                            "action": "allow",
                            "protocol": "all",
                            "cidr": "0.0.0.0/0"
                          }
                        ]
                      }
                    ]
                  },
                  "layout": {
                    "shapes": {
                      "subnet-a": {
                        "x": 20,
                        "y": 40.5,
                        "width": 300,
                        "height": 200
                      },
                      "vpc-1": {
                        "x": 0,
                        "y": 0,
                        "width": 400,
                        "height": 300
                      }
                    }
                  }
                }
                """;
        assertEquals(file, DiagramWriter.toJson(reread(file)));
    }

    @Test
    void usesTwoSpaceIndentUnixLineEndsAndOneTrailingNewline() {
        String json = DiagramWriter.toJson(RichDiagram.diagram());
        assertFalse(json.contains("\r"));
        assertFalse(json.contains("\t"));
        assertTrue(json.startsWith("{\n  \"format\": \"hopscope-diagram\",\n  \"version\": 1,\n"));
        assertTrue(json.endsWith("}\n") && !json.endsWith("\n\n"));
    }

    @Test
    void writesWholeCoordinatesAsIntegersAndOthersAsDecimals() {
        String json = DiagramWriter.toJson(RichDiagram.diagram());
        assertTrue(json.contains("\"width\": 1200,"), json);
        assertTrue(json.contains("\"y\": 60.5,"));
        assertTrue(json.contains("\"width\": 0.125,"));
        assertFalse(json.contains("1200.0"));
    }

    @Test
    void sortsResourcesByIdWhateverTheModelOrder() {
        NetworkModel model = NetworkModel.builder()
                .add(new Subnet("subnet-b", "", "vpc-1", Cidr.parse("10.0.2.0/24"), null, ""))
                .add(new Vpc("vpc-1", "", "", List.of(Cidr.parse("10.0.0.0/16")), List.of()))
                .add(new Subnet("subnet-a", "", "vpc-1", Cidr.parse("10.0.1.0/24"), null, ""))
                .build();
        String json = DiagramWriter.toJson(Diagram.EMPTY.withModel(model));
        assertTrue(json.indexOf("\"subnet-a\"") < json.indexOf("\"subnet-b\""));
        assertTrue(json.indexOf("\"vpcs\"") < json.indexOf("\"subnets\""), "sections in fixed order");
    }

    @Test
    void writesNaclEntriesByDirectionInRuleNumberOrderAndStaysStableAfterReload() {
        NetworkAcl acl = new NetworkAcl("acl-1", "", "vpc-1", false, List.of(), List.of(
                new AclEntry(200, false, Protocol.TCP, PortRange.single(22), null, Cidr.ANY_IPV4, RuleAction.DENY),
                AclEntry.allowAll(100, true, Cidr.ANY_IPV4),
                AclEntry.allowAll(100, false, Cidr.ANY_IPV4)));
        Diagram d = Diagram.EMPTY.withModel(NetworkModel.builder()
                .add(new Vpc("vpc-1", "", "", List.of(Cidr.parse("10.0.0.0/16")), List.of())).add(acl).build());
        String first = DiagramWriter.toJson(d);
        assertTrue(first.indexOf("\"rule\": 100") < first.indexOf("\"rule\": 200"));
        assertEquals(first, DiagramWriter.toJson(reread(first)));
    }

    @Test
    void omitsFieldsThatHoldTheirDefault() {
        String json = DiagramWriter.toJson(RichDiagram.diagram());
        // rtb-app is not main, has no blackhole on its local route: none of those appear as false.
        assertFalse(json.contains("false"));
        assertFalse(json.contains("\"\""), "no empty strings");
        assertFalse(json.contains("[]"), "no empty lists");
        assertTrue(json.contains("\"main\": true"));
        assertTrue(json.contains("\"status\": \"pending-acceptance\""));
        assertFalse(json.contains("\"status\": \"active\""));
    }

    @Test
    void emptyDiagramIsAHeaderAndTwoEmptyObjects() {
        assertEquals("{\n  \"format\": \"hopscope-diagram\",\n  \"version\": 1,\n  \"model\": {},\n  \"layout\": {}\n}\n",
                DiagramWriter.toJson(Diagram.EMPTY));
    }

    @Test
    void sameDiagramAlwaysGivesSameBytes() {
        assertEquals(DiagramWriter.toJson(RichDiagram.diagram()), DiagramWriter.toJson(RichDiagram.diagram()));
        Diagram moved = RichDiagram.diagram().withLayout(new Layout(Map.of(), List.of()));
        assertFalse(DiagramWriter.toJson(moved).contains("\"shapes\""));
    }
}
