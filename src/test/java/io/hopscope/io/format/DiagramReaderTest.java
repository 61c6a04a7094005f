package io.hopscope.io.format;

import static io.hopscope.io.format.ReaderFixture.assertError;
import static io.hopscope.io.format.ReaderFixture.assertStructuralFailure;
import static io.hopscope.io.format.ReaderFixture.at;
import static io.hopscope.io.format.ReaderFixture.item;
import static io.hopscope.io.format.ReaderFixture.readChanged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hopscope.check.Problem;
import org.junit.jupiter.api.Test;

/** One test per structural problem the reader reports: exact JSON path and a message fragment. */
class DiagramReaderTest {

    @Test
    void readsTheRichDiagramWithoutErrors() {
        DiagramLoad load = readChanged(root -> { });
        assertFalse(load.hasErrors(), () -> load.problems().toString());
        assertEquals(RichDiagram.diagram(), load.diagram());
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() {
        DiagramLoad load = DiagramReader.read("{\n  \"format\": \"hopscope-diagram\",\n  \"version\": 1,\n  oops\n}\n", "bad.json");
        assertStructuralFailure(load);
        Problem p = assertError(load, "$", "malformed JSON at line 4, column 3");
        assertEquals(1, load.problems().size(), p.toString());
    }

    @Test
    void byteOrderMarkFromWindowsEditorsIsIgnored() {
        DiagramLoad load = DiagramReader.read("\uFEFF" + DiagramWriter.toJson(RichDiagram.diagram()), "bom.json");
        assertFalse(load.hasErrors(), () -> load.problems().toString());
        assertEquals(RichDiagram.diagram(), load.diagram());
    }

    @Test
    void emptyTextIsReportedAsEmpty() {
        assertError(DiagramReader.read("", "empty.json"), "$", "empty.json is empty");
    }

    @Test
    void duplicateJsonKeysAreMalformed() {
        DiagramLoad load = DiagramReader.read("{\"format\": \"hopscope-diagram\", \"format\": \"x\"}", "dup.json");
        assertError(load, "$", "Duplicate field 'format'");
    }

    @Test
    void wrongFormatNameStopsReading() {
        DiagramLoad load = readChanged(root -> root.put("format", "drawio"));
        assertStructuralFailure(load);
        assertError(load, "$.format", "'drawio' is not a Hopscope diagram");
        assertEquals(1, load.problems().size());
    }

    @Test
    void missingFormatIsReported() {
        assertError(readChanged(root -> root.remove("format")), "$.format", "required field is missing");
    }

    @Test
    void newerVersionNamesBothVersions() {
        DiagramLoad load = readChanged(root -> {
            root.put("version", 2);
            root.put("hologram", true);
        });
        assertStructuralFailure(load);
        Problem p = assertError(load, "$.version", "written by a newer Hopscope: version 2, this one reads 1");
        assertEquals(1, load.problems().size(), "nothing else is judged in a newer file: " + load.problems());
        assertEquals("$.version: written by a newer Hopscope: version 2, this one reads 1", p.toString());
    }

    @Test
    void unknownOlderVersionIsReported() {
        assertError(readChanged(root -> root.put("version", 0)), "$.version", "unknown version 0");
    }

    @Test
    void versionMustBeAWholeNumber() {
        assertError(readChanged(root -> root.put("version", "1")), "$.version", "expected a whole number, found a string");
    }

    @Test
    void missingRequiredFieldIsReportedAtItsPath() {
        DiagramLoad load = readChanged(root -> at(root, "subnets", 2).remove("vpc"));
        assertStructuralFailure(load);
        assertError(load, "$.model.subnets[2].vpc", "required field is missing");
    }

    @Test
    void missingModelIsReported() {
        assertError(readChanged(root -> root.remove("model")), "$.model", "required field is missing");
    }

    @Test
    void wrongTypeNamesExpectedAndFound() {
        DiagramLoad load = readChanged(root -> at(root, "subnets", 0).put("cidr", 24));
        assertError(load, "$.model.subnets[0].cidr", "expected a string, found a number");
    }

    @Test
    void unknownFieldIsAnErrorNotDropped() {
        DiagramLoad load = readChanged(root -> at(root, "subnets", 1).put("colour", "blue"));
        assertStructuralFailure(load);
        assertError(load, "$.model.subnets[1].colour", "unknown field 'colour'");
    }

    @Test
    void unknownSectionIsAnError() {
        DiagramLoad load = readChanged(root -> ((ObjectNode) root.get("model")).putArray("firewalls"));
        assertError(load, "$.model.firewalls", "unknown field 'firewalls'");
    }

    @Test
    void unknownTopLevelFieldIsAnError() {
        assertError(readChanged(root -> root.put("@class", "java.lang.ProcessBuilder")), "$['@class']", "unknown field '@class'");
    }

    @Test
    void invalidCidrGivesTheExactMessage() {
        DiagramLoad load = readChanged(root -> at(root, "subnets", 2).put("cidr", "10.0.300.0/24"));
        Problem p = assertError(load, "$.model.subnets[2].cidr", "is not a valid CIDR block");
        assertEquals("$.model.subnets[2].cidr: '10.0.300.0/24' is not a valid CIDR block", p.toString());
    }

    @Test
    void cidrWithoutPrefixIsReported() {
        assertError(readChanged(root -> at(root, "vpcs", 0).withArray("ipv4Cidrs").set(1, "10.1.0.0")),
                "$.model.vpcs[0].ipv4Cidrs[1]", "has no prefix length");
    }

    @Test
    void invalidIpInAListIsReportedAtItsIndex() {
        DiagramLoad load = readChanged(root -> at(root, "networkInterfaces", 0).withArray("privateIps").set(1, "10.0.2.999"));
        assertError(load, "$.model.networkInterfaces[0].privateIps[1]", "'10.0.2.999' is not an IP address");
    }

    @Test
    void invalidSingleIpIsReported() {
        assertError(readChanged(root -> at(root, "natGateways", 0).put("elasticIp", "54.1.2")),
                "$.model.natGateways[0].elasticIp", "is not an IP address");
    }

    @Test
    void portOutOfRangeIsReported() {
        DiagramLoad load = readChanged(root -> item(at(root, "securityGroups", 0).get("inbound"), 0).put("ports", "70000"));
        assertError(load, "$.model.securityGroups[0].inbound[0].ports", "out of range 0-65535");
    }

    @Test
    void numericPortOutOfRangeIsReported() {
        DiagramLoad load = readChanged(root -> item(at(root, "securityGroups", 0).get("inbound"), 0).put("ports", 65536));
        assertError(load, "$.model.securityGroups[0].inbound[0].ports", "port 65536 is out of range 0..65535");
    }

    @Test
    void reversedPortRangeIsReported() {
        DiagramLoad load = readChanged(root -> item(at(root, "networkAcls", 0).get("inbound"), 2).put("ports", "65535-1024"));
        assertError(load, "$.model.networkAcls[0].inbound[2].ports", "starts after it ends");
    }

    @Test
    void numericPortIsAcceptedAndWrittenBackAsText() {
        DiagramLoad load = readChanged(root -> item(at(root, "securityGroups", 0).get("inbound"), 0).put("ports", 8080));
        assertFalse(load.hasErrors(), () -> load.problems().toString());
        assertEquals(RichDiagram.diagram(), load.diagram());
    }

    @Test
    void tcpRuleWithoutPortsIsReported() {
        DiagramLoad load = readChanged(root -> item(at(root, "securityGroups", 0).get("inbound"), 0).remove("ports"));
        assertError(load, "$.model.securityGroups[0].inbound[0].ports", "tcp rules need a port or range");
    }

    @Test
    void portsOnIcmpRuleAreReported() {
        DiagramLoad load = readChanged(root -> item(at(root, "networkAcls", 0).get("inbound"), 0).put("ports", "80"));
        assertError(load, "$.model.networkAcls[0].inbound[0].ports", "ports apply only to tcp and udp, not to icmp");
    }

    @Test
    void ruleNumberOutOfRangeIsReported() {
        DiagramLoad load = readChanged(root -> item(at(root, "networkAcls", 0).get("inbound"), 0).put("rule", 40000));
        assertError(load, "$.model.networkAcls[0].inbound[0].rule", "rule number 40000 is out of range 1..32766");
    }

    @Test
    void ruleNumberZeroIsReported() {
        DiagramLoad load = readChanged(root -> item(at(root, "networkAcls", 0).get("outbound"), 0).put("rule", 0));
        assertError(load, "$.model.networkAcls[0].outbound[0].rule", "out of range 1..32766");
    }

    @Test
    void unknownProtocolNameIsReported() {
        DiagramLoad load = readChanged(root -> item(at(root, "securityGroups", 1).get("inbound"), 0).put("protocol", "tcpp"));
        assertError(load, "$.model.securityGroups[1].inbound[0].protocol", "'tcpp' is not a protocol");
    }

    @Test
    void protocolNumberOutOfRangeIsReported() {
        DiagramLoad load = readChanged(root -> item(at(root, "networkAcls", 0).get("inbound"), 3).put("protocol", 300));
        assertError(load, "$.model.networkAcls[0].inbound[3].protocol", "protocol number 300 is out of range -1..255");
    }

    @Test
    void icmpTypeOutOfRangeIsReported() {
        DiagramLoad load = readChanged(root -> ((ObjectNode) item(at(root, "networkAcls", 0).get("inbound"), 0).get("icmp"))
                .put("type", 300));
        assertError(load, "$.model.networkAcls[0].inbound[0].icmp.type", "ICMP type 300 is out of range -1..255");
    }

    @Test
    void icmpOnTcpRuleIsReported() {
        DiagramLoad load = readChanged(root -> item(at(root, "networkAcls", 0).get("inbound"), 1).putObject("icmp")
                .put("type", 8).put("code", 0));
        assertError(load, "$.model.networkAcls[0].inbound[1].icmp", "applies only to icmp and icmpv6");
    }

    @Test
    void unknownActionIsReported() {
        DiagramLoad load = readChanged(root -> item(at(root, "networkAcls", 0).get("outbound"), 0).put("action", "permit"));
        assertError(load, "$.model.networkAcls[0].outbound[0].action", "'permit' is not an action (allow or deny)");
    }

    @Test
    void unknownEnumValueListsTheAcceptedOnes() {
        DiagramLoad load = readChanged(root -> at(root, "workloads", 0).put("kind", "mainframe"));
        assertError(load, "$.model.workloads[0].kind", "'mainframe' is not a workload kind (ec2, rds, lambda");
    }

    @Test
    void unknownRouteTargetKindIsReported() {
        DiagramLoad load = readChanged(root -> item(at(root, "routeTables", 0).get("routes"), 1).put("targetKind", "router"));
        assertError(load, "$.model.routeTables[0].routes[1].targetKind", "unknown route target kind 'router'");
    }

    @Test
    void routeWithTwoDestinationsIsReported() {
        DiagramLoad load = readChanged(root -> item(at(root, "routeTables", 0).get("routes"), 3).put("destination", "10.0.0.0/8"));
        assertError(load, "$.model.routeTables[0].routes[3]", "not both");
    }

    @Test
    void securityGroupRuleWithoutPeerIsReported() {
        DiagramLoad load = readChanged(root -> item(at(root, "securityGroups", 1).get("inbound"), 0).remove("cidr"));
        assertError(load, "$.model.securityGroups[1].inbound[0]", "needs a peer");
    }

    @Test
    void duplicateIdsAreReportedAtTheSecondOne() {
        DiagramLoad load = readChanged(root -> at(root, "subnets", 1).put("id", "subnet-app"));
        assertStructuralFailure(load);
        assertError(load, "$.model.subnets[1].id", "duplicate id 'subnet-app' (first used at $.model.subnets[0])");
    }

    @Test
    void duplicateIdsAcrossSectionsAreReported() {
        DiagramLoad load = readChanged(root -> at(root, "internetGateways", 1).put("id", "vpc-2"));
        assertError(load, "$.model.internetGateways[1].id", "duplicate id 'vpc-2'");
    }

    @Test
    void emptyIdIsReported() {
        assertError(readChanged(root -> at(root, "vpcs", 1).put("id", " ")), "$.model.vpcs[1].id", "must not be empty");
    }

    @Test
    void objectWhereArrayExpectedIsReported() {
        DiagramLoad load = readChanged(root -> ((ObjectNode) root.get("model")).putObject("subnets").put("0", "x"));
        assertError(load, "$.model.subnets", "expected an array, found an object");
    }

    @Test
    void arrayWhereObjectExpectedIsReported() {
        DiagramLoad load = readChanged(root -> root.putArray("model"));
        assertError(load, "$.model", "expected an object, found an array");
    }

    @Test
    void stringWhereObjectExpectedInASectionIsReported() {
        DiagramLoad load = readChanged(root -> ((ObjectNode) root.get("model")).withArray("vpcs").set(0, "vpc-1"));
        assertError(load, "$.model.vpcs[0]", "expected an object, found a string");
    }

    @Test
    void reportsEveryProblemNotOnlyTheFirst() {
        DiagramLoad load = readChanged(root -> {
            at(root, "subnets", 0).put("cidr", "10.0.2.0/33");
            at(root, "subnets", 1).put("shape", "round");
            at(root, "natGateways", 1).put("connectivity", "sometimes");
            item(at(root, "networkAcls", 0).get("inbound"), 1).put("rule", -1);
        });
        assertError(load, "$.model.subnets[0].cidr", "more than the 32 bits");
        assertError(load, "$.model.subnets[1].shape", "unknown field");
        assertError(load, "$.model.natGateways[1].connectivity", "'sometimes' is not a connectivity type");
        assertError(load, "$.model.networkAcls[0].inbound[1].rule", "out of range");
        assertEquals(4, load.errors().size(), () -> load.errors().toString());
    }

    @Test
    void negativeShapeSizeIsReported() {
        DiagramLoad load = readChanged(root -> ((ObjectNode) root.get("layout").get("shapes").get("vpc-1")).put("width", -5));
        assertStructuralFailure(load);
        assertError(load, "$.layout.shapes['vpc-1'].width", "negative width");
    }

    @Test
    void textCoordinateIsReported() {
        DiagramLoad load = readChanged(root -> ((ObjectNode) root.get("layout").get("shapes").get("i-web")).put("x", "12"));
        assertError(load, "$.layout.shapes['i-web'].x", "expected a number, found a string");
    }

    @Test
    void missingCoordinateOfANoteIsReported() {
        DiagramLoad load = readChanged(root -> item(root.get("layout").get("notes"), 1).remove("height"));
        assertError(load, "$.layout.notes[1].height", "required field is missing");
    }

    @Test
    void nanCoordinateIsRefusedAsMalformed() {
        String json = DiagramWriter.toJson(RichDiagram.diagram()).replace("\"width\": 1200", "\"width\": NaN");
        DiagramLoad load = DiagramReader.read(json, "nan.json");
        assertStructuralFailure(load);
        assertError(load, "$", "malformed JSON at line");
    }

    @Test
    void overflowingCoordinateIsNotFinite() {
        String json = DiagramWriter.toJson(RichDiagram.diagram()).replace("\"width\": 1200", "\"width\": 1e400");
        assertError(DiagramReader.read(json, "inf.json"), "$.layout.shapes['vpc-1'].width", "is not a finite number");
    }

    @Test
    void shapeForUnknownResourceIsAnErrorButTheDiagramStillLoads() {
        DiagramLoad load = readChanged(root -> ((ObjectNode) root.get("layout").get("shapes")).putObject("vpc-9")
                .put("x", 1).put("y", 1).put("width", 1).put("height", 1));
        assertError(load, "$.layout.shapes['vpc-9']", "shape for unknown resource 'vpc-9'");
        assertNotNull(load.diagram());
    }

    @Test
    void duplicateNoteIdsAreReported() {
        DiagramLoad load = readChanged(root -> item(root.get("layout").get("notes"), 1).put("id", "note-1"));
        assertError(load, "$.layout.notes[1].id", "duplicate note id 'note-1' (also $.layout.notes[0])");
        assertEquals("$.layout.notes[1].id: duplicate note id 'note-1' (also $.layout.notes[0])",
                load.firstError().orElseThrow().toString());
    }

    @Test
    void problemsAboutAResourceNameIt() {
        DiagramLoad load = readChanged(root -> at(root, "subnets", 2).put("vpc", "vpc-9"));
        Problem p = assertError(load, "$.model.subnets[2].vpc", "unknown VPC 'vpc-9'");
        assertEquals("subnet-web", p.resourceId());
        assertTrue(load.diagram() != null, "model-level errors still give a diagram to show them on");
    }
}
