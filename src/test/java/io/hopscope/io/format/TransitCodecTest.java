package io.hopscope.io.format;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hopscope.check.ModelValidator;
import io.hopscope.check.Problem;
import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Layout;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.Subnet;
import io.hopscope.model.TransitGateway;
import io.hopscope.model.TransitGatewayAttachment;
import io.hopscope.model.TransitGatewayRouteTable;
import io.hopscope.model.Vpc;
import io.hopscope.model.net.Cidr;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Transit gateways, attachments and TGW route tables in the diagram file: both ways, and bad input. */
class TransitCodecTest {

    static Diagram diagram() {
        Cidr v1 = Cidr.parse("10.1.0.0/16");
        NetworkModel m = NetworkModel.builder()
                .add(new Vpc("vpc-1", "a", "us-east-1", List.of(v1), List.of()))
                .add(new Subnet("subnet-1", "a-tgw", "vpc-1", Cidr.parse("10.1.0.0/28"), null, "us-east-1a"))
                .add(new RouteTable("rtb-1", "main", "vpc-1", true, List.of(), List.of(
                        new Route(v1, null, RouteTargetKind.LOCAL, "local", false, false),
                        new Route(Cidr.parse("10.0.0.0/8"), null, RouteTargetKind.TRANSIT_GATEWAY, "tgw-1", false, false)),
                        List.of()))
                .add(new NetworkAcl("acl-1", "default", "vpc-1", true, List.of(), List.of()))
                .add(new TransitGateway("tgw-1", "core", "us-east-1", true))
                .add(new TransitGateway("tgw-2", "west", "us-west-1", false))
                .add(new TransitGatewayAttachment("tgw-attach-1", "att-a", "tgw-1", TransitGatewayAttachment.Type.VPC,
                        "vpc-1", "available", "tgw-rtb-1", List.of("subnet-1"), null, "2024-05-14T09:12:44Z"))
                .add(new TransitGatewayAttachment("tgw-attach-p1", "", "tgw-1", TransitGatewayAttachment.Type.PEERING,
                        "tgw-2", "pendingAcceptance", null, List.of(), "tgw-attach-p2", ""))
                .add(new TransitGatewayAttachment("tgw-attach-p2", "", "tgw-2", TransitGatewayAttachment.Type.PEERING,
                        "tgw-1", "available", "tgw-rtb-2", List.of(), "tgw-attach-p1", ""))
                .add(new TransitGatewayRouteTable("tgw-rtb-1", "main", "tgw-1", List.of("tgw-attach-1"), List.of(
                        new TransitGatewayRouteTable.StaticRoute(Cidr.parse("10.9.0.0/16"), "tgw-attach-p1", false),
                        new TransitGatewayRouteTable.StaticRoute(Cidr.parse("10.1.5.0/24"), null, true))))
                .add(new TransitGatewayRouteTable("tgw-rtb-2", "", "tgw-2", List.of(), List.of()))
                .build();
        return new Diagram("tgw", "", m, new Layout(Map.of(), List.of()));
    }

    @Test
    void transitResourcesSurviveWriteAndReadAndValidate() {
        Diagram d = diagram();
        String json = DiagramWriter.toJson(d);
        assertTrue(json.contains("\"transitGatewayAttachments\""), json);
        DiagramLoad load = DiagramReader.read(json, "tgw.json");
        assertTrue(load.problems().isEmpty(), load.problems().toString());
        assertEquals(d, load.diagram());
        assertEquals(json, DiagramWriter.toJson(load.diagram()), "load -> save gives the same bytes");
        List<Problem> errors = ModelValidator.validate(d.model()).stream().filter(Problem::isError).toList();
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void badTransitFieldsAreReportedAtTheirJsonPath() {
        ObjectNode root = DiagramWriter.toTree(diagram());
        ObjectNode attachment = (ObjectNode) root.get("model").get("transitGatewayAttachments").get(0);
        attachment.put("type", "gre");
        ObjectNode table = (ObjectNode) root.get("model").get("transitGatewayRouteTables").get(0);
        ((ObjectNode) table.get("staticRoutes").get(1)).remove("blackhole");
        table.put("colour", "red");
        DiagramLoad load = DiagramReader.read(root.toPrettyString(), "bad.json");
        ReaderFixture.assertError(load, "$.model.transitGatewayAttachments[0].type", "gre");
        ReaderFixture.assertError(load, "$.model.transitGatewayRouteTables[0].staticRoutes[1].attachment", "blackhole");
        assertTrue(load.problems().stream().anyMatch(p -> p.location().startsWith("$.model.transitGatewayRouteTables[0]")
                && p.message().contains("colour")), load.problems().toString());
    }

    @Test
    void danglingTransitReferencesAreValidatorErrorsWithTheirPath() {
        NetworkModel m = diagram().model().toBuilder()
                .put(new TransitGatewayAttachment("tgw-attach-1", "att-a", "tgw-1", TransitGatewayAttachment.Type.VPC,
                        "vpc-gone", "available", "tgw-rtb-1", List.of("subnet-gone"), null, ""))
                .put(new TransitGatewayRouteTable("tgw-rtb-1", "main", "tgw-1", List.of("tgw-attach-gone", "tgw-attach-p2"),
                        List.of()))
                .build();
        List<Problem> errors = ModelValidator.validate(m).stream().filter(Problem::isError).toList();
        assertHas(errors, "$.model.transitGatewayAttachments[0].resource", "vpc-gone");
        assertHas(errors, "$.model.transitGatewayRouteTables[0].propagations[0]", "tgw-attach-gone");
        assertHas(errors, "$.model.transitGatewayRouteTables[0].propagations[1]", "belongs to transit gateway tgw-2");
    }

    private static void assertHas(List<Problem> problems, String path, String text) {
        assertNotNull(problems.stream().filter(p -> p.location().equals(path) && p.message().contains(text)).findFirst()
                .orElse(null), () -> "no problem at " + path + " with '" + text + "' in " + problems);
    }
}
