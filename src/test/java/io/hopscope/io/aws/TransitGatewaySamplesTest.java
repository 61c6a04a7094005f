package io.hopscope.io.aws;

import io.hopscope.engine.Hop;
import io.hopscope.engine.PathResult;
import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.TransitGatewayAttachment;
import io.hopscope.model.net.Protocol;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The expectations Batfish asserts on its transit gateway snapshots (AwsConfigurationTransitGateway*Test
 * in batfish/batfish), traced here on the same data. Batfish's DENIED_IN / ACCEPTED both mean the
 * packet reached the destination instance; NULL_ROUTED / NO_ROUTE name where it stopped.
 */
class TransitGatewaySamplesTest {
    private static final Path V2 = Path.of("..", "shared", "aws-samples-v2");

    private static NetworkModel load(String snapshot) {
        return AwsImporter.importDirectory(V2.resolve(snapshot).resolve("aws_configs")).model();
    }

    private static PathResult forward(NetworkModel m, String from, String toIp) {
        Trace t = new Tracer(m).trace(TraceQuery.of(from, toIp, Protocol.TCP, 22));
        return t.forward();
    }

    /** The forward path crossed these transit gateways in order and got to the destination interface's security groups. */
    private static void assertReachesThrough(NetworkModel m, PathResult p, String toIp, String... tgws) {
        List<String> crossed = p.hops().stream()
                .map(h -> m.get(h.componentId(), TransitGatewayAttachment.class))
                .filter(a -> a != null).map(TransitGatewayAttachment::transitGatewayId).distinct().toList();
        assertEquals(List.of(tgws), crossed, p.hops().toString());
        NetworkInterface dest = m.networkInterfaces().stream()
                .filter(e -> e.privateIps().stream().anyMatch(ip -> ip.toString().equals(toIp))).findFirst().orElseThrow();
        Hop last = p.hops().get(p.hops().size() - 1);
        assertTrue(last.kind().isSecurityGroups() && (last.componentId().equals(dest.id())
                || dest.securityGroupIds().contains(last.componentId())), "ends at the destination's security groups: " + p.hops());
    }

    private static void assertStopsAt(PathResult p, String component, String reason) {
        assertEquals(component, p.blockedAt(), p.hops().toString());
        assertEquals(reason, p.blockingHop().reason());
    }

    @Test
    void twoVpcsOnOneTgwReachEachOtherAndTheUnroutedSubnetDoesNot() {
        NetworkModel m = load("batfish-test-transit-gateway");
        String tgw = "tgw-044be4464fcc69aff";
        assertReachesThrough(m, forward(m, "i-06ba034d88c84ef07", "192.168.1.106"), "192.168.1.106", tgw);
        assertReachesThrough(m, forward(m, "i-0b14080af811fda3d", "10.10.10.157"), "10.10.10.157", tgw);
        // A2 -> B: Batfish NULL_ROUTED at subnet A2. A2's table does route to the TGW, but A2 is in an AZ
        // where the attachment has no subnet: dropped at VPC A's attachment before any TGW table (rulebook 7.1).
        PathResult a2 = forward(m, "i-075e846ed41670385", "192.168.1.106");
        assertEquals("tgw-attach-07f5ec59e9f540021", a2.blockedAt(), a2.hops().toString());
        assertEquals("no-attachment-subnet-in-az", a2.blockingHop().reason());
        assertTrue(a2.hops().stream().noneMatch(h -> h.componentId().startsWith("tgw-rtb-")));
        // B -> A2: Batfish NULL_ROUTED at VPC A; here at VPC A's attachment, which has no subnet in A2's AZ.
        PathResult toA2 = forward(m, "i-0b14080af811fda3d", "10.10.20.154");
        TransitGatewayAttachment a = m.get(toA2.blockedAt(), TransitGatewayAttachment.class);
        assertNotNull(a, toA2.hops().toString());
        assertEquals("vpc-0404e08ceddf7f650", a.resourceId());
        assertEquals("no-attachment-subnet-in-az", toA2.blockingHop().reason());
    }

    /** Issue 15's report: Batfish accepts ssh from the us-east-2 private instance to 10.20.1.207 through the TGW. */
    @Test
    void pybatfishHybridCloudCrossesItsTransitGatewayBothWays() {
        NetworkModel m = AwsImporter.importDirectory(Path.of("..", "shared", "aws-samples", "pybatfish-hybrid-cloud",
                "aws_configs")).model();
        Trace t = new Tracer(m).trace(TraceQuery.of("i-04cd3db5124a05ee6", "10.20.1.207", Protocol.TCP, 22));
        assertEquals(io.hopscope.engine.Verdict.REACHABLE, t.verdict(), t.forward().hops().toString());
        assertTrue(t.forward().hops().stream().anyMatch(h -> h.componentId().startsWith("tgw-rtb-")));
        assertTrue(t.reply().hops().stream().anyMatch(h -> h.componentId().startsWith("tgw-rtb-")));
    }

    @Test
    void associationAndPropagationInDifferentTablesStillConnect() {
        NetworkModel m = load("batfish-test-transit-gateway-multi-table");
        String tgw = "tgw-044be4464fcc69aff";
        assertReachesThrough(m, forward(m, "i-06ba034d88c84ef07", "192.168.1.106"), "192.168.1.106", tgw);
        assertReachesThrough(m, forward(m, "i-0b14080af811fda3d", "10.10.10.157"), "10.10.10.157", tgw);
    }

    @Test
    void asymmetricPathsUseOneTgwEachWay() {
        NetworkModel m = load("batfish-test-transit-gateway-asymmetric-paths");
        assertReachesThrough(m, forward(m, "i-04bbbcaefdd1937f9", "10.2.1.100"), "10.2.1.100", "tgw-01e19888e3ba041ac");
        assertReachesThrough(m, forward(m, "i-0973ce90749865a7f", "10.1.1.100"), "10.1.1.100", "tgw-0a33c739a4f8978a8");
    }

    @Test
    void aTgwSharedAcrossAccountsConnectsBothAccountsVpcs() {
        NetworkModel m = load("batfish-test-transit-gateway-multi-account");
        assertEquals(1, m.transitGateways().size(), "listed in both account folders, kept once");
        assertReachesThrough(m, forward(m, "i-0bdf35d561be3d962", "10.2.1.183"), "10.2.1.183", "tgw-0efdeab79e9a8e490");
        assertReachesThrough(m, forward(m, "i-03df168b3f73cc262", "10.1.1.100"), "10.1.1.100", "tgw-0efdeab79e9a8e490");
    }

    @Test
    void peeringNeedsStaticRoutesOnBothSides() {
        NetworkModel m = load("batfish-test-transit-gateway-peering");
        String bat = "tgw-0e20010ebf43d07a2";
        String fish = "tgw-03201f1960ddb0c25";
        // bat -> fish: NO_ROUTE at TGW bat (its default table has no route to fish).
        PathResult batToFish = forward(m, "i-08f3abb6471637c66", "192.168.1.100");
        assertEquals(bat, m.get(batToFish.blockedAt(), io.hopscope.model.TransitGatewayRouteTable.class).transitGatewayId());
        assertEquals("no-route", batToFish.blockingHop().reason());
        // bat2 -> fish crosses both TGWs and reaches fish.
        assertReachesThrough(m, forward(m, "i-05e25e43074216229", "192.168.1.100"), "192.168.1.100", bat, fish);
        // fish -> bat: NO_ROUTE at TGW fish; fish -> bat2: NO_ROUTE at TGW bat after crossing the peering.
        PathResult fishToBat = forward(m, "i-0afb0a59f6bf36397", "10.10.1.100");
        assertEquals(fish, m.get(fishToBat.blockedAt(), io.hopscope.model.TransitGatewayRouteTable.class).transitGatewayId());
        PathResult fishToBat2 = forward(m, "i-0afb0a59f6bf36397", "10.20.1.100");
        assertEquals(bat, m.get(fishToBat2.blockedAt(), io.hopscope.model.TransitGatewayRouteTable.class).transitGatewayId());
        assertEquals("no-route", fishToBat2.blockingHop().reason());
    }

    @Test
    void theSyntheticAccountHasFiveTransitGatewaysWithEveryVpcAttachedAndTracesAcrossThem(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        new SyntheticAccount(7, new SyntheticAccount.Scale(20, 5, 20, 3, 2, 2, 6, 1)).write(dir);
        AwsImport r = AwsImporter.importDirectory(dir);
        assertFalse(r.hasErrors(), r.errors().toString());
        NetworkModel m = r.model();
        assertEquals(5, m.transitGateways().size());
        assertEquals(100, m.transitAttachments().size());
        assertTrue(m.transitAttachments().stream().allMatch(a -> a.routeTableId() != null && a.subnetIds().size() == 3));
    }

    @Test
    void attachmentsAndPropagationsNamingMissingThingsAreReportedAndTheRestImports(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("vpcs.json"), """
                {"Vpcs": [{"VpcId": "vpc-1", "CidrBlock": "10.1.0.0/16"}]}""");
        java.nio.file.Files.writeString(dir.resolve("subnets.json"), """
                {"Subnets": [{"SubnetId": "subnet-1", "VpcId": "vpc-1", "CidrBlock": "10.1.1.0/24",
                  "AvailabilityZone": "us-east-1a"}]}""");
        java.nio.file.Files.writeString(dir.resolve("tgw.json"), """
                {"TransitGateways": [{"TransitGatewayId": "tgw-1", "State": "available"}]}""");
        java.nio.file.Files.writeString(dir.resolve("att.json"), """
                {"TransitGatewayAttachments": [
                  {"TransitGatewayAttachmentId": "tgw-attach-1", "TransitGatewayId": "tgw-1", "ResourceType": "vpc",
                   "ResourceId": "vpc-1", "State": "available",
                   "Association": {"TransitGatewayRouteTableId": "tgw-rtb-1", "State": "associated"}},
                  {"TransitGatewayAttachmentId": "tgw-attach-2", "TransitGatewayId": "tgw-1", "ResourceType": "vpc",
                   "ResourceId": "vpc-gone", "State": "available"}]}""");
        java.nio.file.Files.writeString(dir.resolve("vpcatt.json"), """
                {"TransitGatewayVpcAttachments": [{"TransitGatewayAttachmentId": "tgw-attach-1", "TransitGatewayId": "tgw-1",
                  "VpcId": "vpc-1", "State": "available", "SubnetIds": ["subnet-1", "subnet-gone"]}]}""");
        java.nio.file.Files.writeString(dir.resolve("rt.json"), """
                {"TransitGatewayRouteTables": [{"TransitGatewayRouteTableId": "tgw-rtb-1", "TransitGatewayId": "tgw-1",
                  "State": "available"}]}""");
        java.nio.file.Files.writeString(dir.resolve("prop.json"), """
                {"TransitGatewayPropagations": [{"TransitGatewayRouteTableId": "tgw-rtb-1",
                  "TransitGatewayRouteTablePropagations": [
                    {"TransitGatewayAttachmentId": "tgw-attach-1", "State": "enabled"},
                    {"TransitGatewayAttachmentId": "tgw-attach-ghost", "State": "enabled"}]}]}""");
        AwsImport r = AwsImporter.importDirectory(dir);
        assertTrue(r.problems().stream().anyMatch(p -> p.location().equals("att.json: $.TransitGatewayAttachments[1].ResourceId")
                && p.message().contains("vpc-gone")), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.location().equals("vpcatt.json: $.TransitGatewayVpcAttachments[0].SubnetIds[1]")
                && p.message().contains("subnet-gone")), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.location().equals(
                "prop.json: $.TransitGatewayPropagations[0].TransitGatewayRouteTablePropagations[1].TransitGatewayAttachmentId")
                && p.message().contains("tgw-attach-ghost")), r.problems().toString());
        NetworkModel m = r.model();
        assertEquals(List.of("tgw-attach-1"), m.transitAttachments().stream().map(TransitGatewayAttachment::id).toList());
        assertEquals(List.of("subnet-1"), m.transitAttachments().get(0).subnetIds());
        assertEquals(List.of("tgw-attach-1"), m.transitRouteTables().get(0).propagations());
        assertTrue(io.hopscope.check.ModelValidator.validate(m).stream().noneMatch(io.hopscope.check.Problem::isError));
    }

    @Test
    void everyTransitGatewaySnapshotImportsItsGatewaysAttachmentsAndTables() {
        for (String s : List.of("batfish-test-transit-gateway", "batfish-test-transit-gateway-asymmetric-paths",
                "batfish-test-transit-gateway-multi-account", "batfish-test-transit-gateway-multi-table",
                "batfish-test-transit-gateway-peering", "batfish-test-direct-connect-gateway")) {
            AwsImport r = AwsImporter.importDirectory(V2.resolve(s).resolve("aws_configs"));
            NetworkModel m = r.model();
            assertFalse(m.transitGateways().isEmpty(), s);
            assertFalse(m.transitAttachments().isEmpty(), s);
            assertFalse(m.transitRouteTables().isEmpty(), s);
            assertTrue(r.problems().stream().noneMatch(p -> p.message().contains("TransitGateway")
                    && p.message().contains("unknown")), s + ": " + r.problems());
        }
    }
}
