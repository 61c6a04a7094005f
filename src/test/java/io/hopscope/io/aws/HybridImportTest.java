package io.hopscope.io.aws;

import io.hopscope.check.ModelValidator;
import io.hopscope.check.Problem;
import io.hopscope.check.Severity;
import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Layout;
import io.hopscope.diagram.autolayout.AutoLayout;
import io.hopscope.diagram.render.DrawingBuilder;
import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.Verdict;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.io.svg.SvgWriter;
import io.hopscope.model.CustomerGateway;
import io.hopscope.model.DirectConnectGateway;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.RouteTable;
import io.hopscope.model.VirtualInterface;
import io.hopscope.model.VpnConnection;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** VPN and Direct Connect data: the contract-v2 scenarios, Batfish's v2 snapshots, and contradictory input. */
class HybridImportTest {
    private static final Path V2 = Path.of("..", "shared", "conformance-v2");
    private static final Path SAMPLES_V2 = Path.of("..", "shared", "aws-samples-v2");

    @Test
    void staticVpnWithItsCustomerGatewayAndRoutePropagationImport() {
        AwsImport r = AwsImporter.importDirectory(V2.resolve("62-vpn-static-with-propagation/aws"));
        assertTrue(r.errors().isEmpty(), r.errors().toString());
        NetworkModel m = r.model();
        VpnConnection vpn = m.vpnConnections().get(0);
        assertEquals("vpn-6200000000000000a", vpn.id());
        assertEquals("vgw-62000000000000008", vpn.vpnGatewayId());
        assertTrue(vpn.staticRoutesOnly());
        assertEquals(List.of(Cidr.parse("172.16.0.0/16")), vpn.staticRoutes());
        CustomerGateway cgw = m.customerGateways().get(0);
        assertEquals(65000L, cgw.bgpAsn());
        assertEquals("203.0.113.200", cgw.ipAddress().toString());
        RouteTable rt = m.routeTable("rtb-6200000000000000b");
        assertEquals(List.of("vgw-62000000000000008"), rt.propagatingVgwIds());
        assertTrue(rt.routes().stream().anyMatch(x -> x.propagated() && x.targetId().equals("vgw-62000000000000008")));
    }

    @Test
    void directConnectInTheCliCamelCaseImports() {
        AwsImport r = AwsImporter.importDirectory(V2.resolve("68-dx-gateway-vgw/aws"));
        assertTrue(r.errors().isEmpty(), r.errors().toString());
        DirectConnectGateway dx = r.model().directConnectGateways().get(0);
        assertEquals("00000000-0000-0044-0000-000000000009", dx.id());
        assertEquals("dxgw-corp", dx.name());
        DirectConnectGateway.Association a = dx.associations().get(0);
        assertEquals("vgw-68000000000000008", a.gatewayId());
        assertEquals(DirectConnectGateway.Association.VGW, a.gatewayType());
        assertEquals(List.of(Cidr.parse("10.40.0.0/16")), a.allowedPrefixes());
        VirtualInterface vif = r.model().virtualInterfaces().get(0);
        assertEquals("private", vif.type());
        assertEquals(300, vif.vlan());
    }

    @Test
    void batfishPascalCasePrivateVirtualInterfacesImport() {
        AwsImport r = AwsImporter.importDirectory(SAMPLES_V2.resolve("batfish-test-direct-connect-private-vif"));
        List<VirtualInterface> vifs = r.model().virtualInterfaces();
        assertEquals(2, vifs.size());
        assertTrue(vifs.stream().allMatch(v -> "vgw-priv01".equals(v.vpnGatewayId())), vifs.toString());
    }

    @Test
    void multiAccountLayoutReadsEveryRegionFolderAndKeepsTheGlobalDxGatewayOnce() {
        AwsImport r = AwsImporter.importDirectory(SAMPLES_V2.resolve("batfish-test-direct-connect-gateway-multi-region"));
        assertEquals(1, r.model().directConnectGateways().size(), r.model().hybrid().toString());
        DirectConnectGateway dx = r.model().directConnectGateways().get(0);
        assertEquals(2, dx.associations().size(), "one association per Region's transit gateway");
        assertTrue(dx.associations().stream().allMatch(a -> a.gatewayType().equals(DirectConnectGateway.Association.TGW)));
    }

    static Stream<Path> samplesV2() throws IOException {
        try (Stream<Path> s = Files.list(SAMPLES_V2)) {
            List<Path> dirs = s.filter(Files::isDirectory).sorted().toList();
            assertEquals(10, dirs.size(), dirs.toString());
            return dirs.stream();
        }
    }

    /** Every v2 snapshot imports, validates, lays out and renders; transit gateways stay ids until issue 15. */
    @ParameterizedTest
    @MethodSource("samplesV2")
    void everyV2SnapshotImportsValidatesLaysOutAndRenders(Path dir) {
        AwsImport r = AwsImporter.importDirectory(dir);
        NetworkModel m = r.model();
        for (Problem p : r.problems()) {
            assertNotNull(p.location(), p.toString());
        }
        List<Problem> invalid = ModelValidator.validate(m).stream().filter(p -> p.severity() == Severity.ERROR).toList();
        assertTrue(invalid.isEmpty(), dir + ": " + invalid);
        Layout layout = AutoLayout.layout(m);
        String svg = SvgWriter.toSvg(DrawingBuilder.build(new Diagram(dir.getFileName().toString(), "", m, layout)), 1);
        assertTrue(svg.startsWith("<svg") || svg.startsWith("<?xml"), dir.toString());
        for (var v : m.vpcs()) {
            assertNotNull(layout.shape(v.id()), v.id() + " laid out");
        }
    }

    @Test
    void privateInstanceDefaultRouteToTheVgwNoLongerReachesTheInternet() {
        NetworkModel m = AwsImporter.importDirectory(Path.of("..", "shared", "aws-samples",
                "batfish-test-public-private-subnet")).model();
        String vgw = m.vpnGateways().get(0).id();
        var privateInstance = m.workloads().stream()
                .filter(w -> !w.networkInterfaceIds().isEmpty()
                        && m.routeTableOf(m.networkInterface(w.networkInterfaceIds().get(0)).subnetId()).routes().stream()
                        .anyMatch(x -> x.targetId().equals(vgw)))
                .findFirst().orElseThrow();
        Trace t = new Tracer(m).trace(TraceQuery.of(privateInstance.id(), "8.8.8.8", Protocol.TCP, 443));
        assertEquals(Verdict.UNREACHABLE, t.verdict());
        assertEquals(vgw, t.forward().blockedAt());
        assertEquals("no-vpn-route", t.forward().blockingHop().reason());
    }

    @Test
    void contradictoryVpnDataIsReportedWithFileAndPathAndTheRestImports(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("vpcs.json"), """
                {"Vpcs": [{"VpcId": "vpc-1", "CidrBlock": "10.0.0.0/16"}]}""");
        Files.writeString(dir.resolve("subnets.json"), """
                {"Subnets": [{"SubnetId": "subnet-1", "VpcId": "vpc-1", "CidrBlock": "10.0.1.0/24",
                  "AvailabilityZone": "us-east-1a"}]}""");
        Files.writeString(dir.resolve("sgs.json"), """
                {"SecurityGroups": [{"GroupId": "sg-1", "VpcId": "vpc-1", "IpPermissions": [],
                  "IpPermissionsEgress": [{"IpProtocol": "-1", "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}]}]}""");
        Files.writeString(dir.resolve("enis.json"), """
                {"NetworkInterfaces": [{"NetworkInterfaceId": "eni-1", "SubnetId": "subnet-1", "VpcId": "vpc-1",
                  "PrivateIpAddress": "10.0.1.10", "Groups": [{"GroupId": "sg-1"}]}]}""");
        Files.writeString(dir.resolve("vgws.json"), """
                {"VpnGateways": [{"VpnGatewayId": "vgw-1", "State": "available",
                  "VpcAttachments": [{"VpcId": "vpc-1", "State": "attached"}]}]}""");
        Files.writeString(dir.resolve("vpns.json"), """
                {"VpnConnections": [
                  {"VpnConnectionId": "vpn-ghost", "VpnGatewayId": "vgw-missing", "State": "available",
                   "Options": {"StaticRoutesOnly": true}, "Routes": [{"DestinationCidrBlock": "192.168.0.0/16", "State": "available"}]},
                  {"VpnConnectionId": "vpn-a", "VpnGatewayId": "vgw-1", "State": "available",
                   "Options": {"StaticRoutesOnly": true}, "Routes": [{"DestinationCidrBlock": "172.16.0.0/16", "State": "available"}]},
                  {"VpnConnectionId": "vpn-b", "VpnGatewayId": "vgw-1", "State": "available",
                   "Options": {"StaticRoutesOnly": true}, "Routes": [{"DestinationCidrBlock": "172.16.8.0/24", "State": "available"}]}]}""");
        Files.writeString(dir.resolve("tables.json"), """
                {"RouteTables": [{"RouteTableId": "rtb-1", "VpcId": "vpc-1",
                  "Associations": [{"Main": true}], "PropagatingVgws": [{"GatewayId": "vgw-nope"}],
                  "Routes": [{"DestinationCidrBlock": "10.0.0.0/16", "GatewayId": "local", "State": "active"},
                             {"DestinationCidrBlock": "192.168.0.0/16", "GatewayId": "vgw-nope", "State": "active",
                              "Origin": "EnableVgwRoutePropagation"},
                             {"DestinationCidrBlock": "172.16.0.0/12", "GatewayId": "vgw-1", "State": "active"}]}]}""");
        AwsImport r = AwsImporter.importDirectory(dir);
        assertHas(r, Severity.ERROR, "vpns.json: $.VpnConnections[0].VpnGatewayId", "vgw-missing");
        assertHas(r, Severity.ERROR, "tables.json: $.RouteTables[0].PropagatingVgws[0].GatewayId", "vgw-nope");
        assertHas(r, Severity.ERROR, "tables.json: $.RouteTables[0].Routes[1].GatewayId", "vgw-nope");
        assertHas(r, Severity.WARNING, "vpns.json: $.VpnConnections[2].Routes[0].DestinationCidrBlock", "overlaps");
        NetworkModel m = r.model();
        assertEquals(List.of("vpn-a", "vpn-b"), m.vpnConnections().stream().map(VpnConnection::id).toList());
        assertFalse(m.routeTable("rtb-1").routes().isEmpty());
        // The trace never crashes on it: the longer on-premises prefix picks vpn-b.
        Trace t = new Tracer(m).trace(TraceQuery.of("eni-1", "172.16.8.9", Protocol.TCP, 22));
        assertTrue(t.forward().hops().stream().anyMatch(h -> h.componentId().equals("vpn-b")), t.forward().hops().toString());
        Trace ghost = new Tracer(m).trace(TraceQuery.of("eni-1", "192.168.1.1", Protocol.TCP, 22));
        assertEquals(Verdict.UNREACHABLE, ghost.verdict());
    }

    private static void assertHas(AwsImport r, Severity severity, String location, String text) {
        assertTrue(r.problems().stream().anyMatch(p -> p.severity() == severity && p.location().equals(location)
                && p.message().contains(text)), () -> "no " + severity + " at " + location + " in " + r.problems());
    }
}
