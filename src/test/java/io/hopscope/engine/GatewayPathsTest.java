package io.hopscope.engine;

import io.hopscope.engine.walk.Tracer;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.Protocol;
import io.hopscope.testing.engine.TestNet;
import io.hopscope.testing.engine.TwoTier;
import org.junit.jupiter.api.Test;

import io.hopscope.model.VpnConnection;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.net.Cidr;
import java.util.List;

import static io.hopscope.testing.engine.TraceAssertions.assertBlocked;
import static io.hopscope.testing.engine.TraceAssertions.ids;
import static io.hopscope.testing.engine.TraceAssertions.trace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** NAT gateway, gateway endpoint, peering and IPv6 paths (rulebook section 3, E to I). */
class GatewayPathsTest {

    /** TwoTier plus nat-1 in the web subnet and the db subnet routing 0.0.0.0/0 to it. */
    private static TestNet withNat() {
        return TwoTier.base()
                .nat("nat-1", "subnet-web", "10.0.1.100", "198.51.100.50")
                .routeTable("rtb-main", "vpc-1", true, List.of(), "10.0.0.0/16 -> local", "0.0.0.0/0 -> nat-1")
                .sg("sg-db", "vpc-1", List.of("tcp 3306 sg-web"), List.of("all 0.0.0.0/0"));
    }

    @Test
    void natCrossesItsSubnetNaclTwiceEachWay() {
        Trace t = trace(withNat().build(), "db-1", "203.0.113.10", "tcp", 443);
        assertTrue(t.reachable());
        assertEquals(List.of("sg-db", "acl-default", "rtb-main", "acl-default", "nat-1", "acl-default", "rtb-public", "igw-1"),
                ids(t.forward()));
        assertEquals(List.of("igw-1", "acl-default", "nat-1", "acl-default", "rtb-public", "acl-default", "sg-db"),
                ids(t.reply()));
        Hop igw = t.forward().hops().get(7);
        assertEquals("198.51.100.50", igw.packet().src().toString());
        Hop unNat = t.reply().hops().get(2);
        assertEquals("10.0.2.45", unNat.packet().dst().toString());
        assertEquals(40000, unNat.packet().dstPort());
    }

    @Test
    void natNoUnsolicitedInbound() {
        Trace t = trace(withNat().build(), "203.0.113.10", "nat-1", "tcp", 443);
        assertBlocked(t.forward(), "nat-1", "unsolicited-inbound");
        assertEquals(List.of("igw-1", "acl-default", "nat-1"), ids(t.forward()));
        Trace db = trace(withNat().build(), "203.0.113.10", "db-1", "tcp", 3306);
        assertBlocked(db.forward(), "igw-1", "no-public-ip");
    }

    @Test
    void natSubnetNaclMustAdmitNatPortsOnTheReply() {
        NetworkModel m = withNat().acl("acl-web", "vpc-1", false, List.of("subnet-web"),
                "100 in allow all 10.0.0.0/16", "110 in allow tcp 443 0.0.0.0/0", "100 out allow all 0.0.0.0/0").build();
        Trace t = trace(m, "db-1", "203.0.113.10", "tcp", 443);
        assertTrue(t.forward().delivered());
        assertBlocked(t.reply(), "acl-web", "*");
        assertEquals(Direction.INGRESS, t.reply().blockingHop().direction());
    }

    @Test
    void natSubnetMustRouteToAnInternetGateway() {
        NetworkModel toItself = withNat().routeTable("rtb-public", "vpc-1", false, List.of("subnet-web"),
                "10.0.0.0/16 -> local", "0.0.0.0/0 -> nat-1").build();
        assertBlocked(trace(toItself, "db-1", "203.0.113.10", "tcp", 443).forward(), "nat-1", "routing-loop");
        NetworkModel nowhere = withNat().routeTable("rtb-public", "vpc-1", false, List.of("subnet-web"),
                "10.0.0.0/16 -> local").build();
        Trace t = trace(nowhere, "db-1", "203.0.113.10", "tcp", 443);
        assertBlocked(t.forward(), "rtb-public", "no-route");
        assertEquals(List.of("sg-db", "acl-default", "rtb-main", "acl-default", "nat-1", "acl-default", "rtb-public"),
                ids(t.forward()));
    }

    @Test
    void natDropsProtocolsOtherThanTcpUdpIcmp() {
        Trace t = trace(withNat().build(), "db-1", "203.0.113.10", "47", null);
        assertBlocked(t.forward(), "nat-1", "protocol-not-supported");
    }

    private static TestNet withS3() {
        return TwoTier.base()
                .prefixList("pl-s3", "com.amazonaws.us-east-1.s3", "52.216.0.0/15", "3.5.0.0/19")
                .gatewayEndpoint("vpce-s3", "vpc-1", "s3", "rtb-main")
                .routeTable("rtb-main", "vpc-1", true, List.of(), "10.0.0.0/16 -> local", "pl-s3 -> vpce-s3")
                .sg("sg-db", "vpc-1", List.of("tcp 3306 sg-web"), List.of("tcp 443 pl-s3"));
    }

    @Test
    void gatewayEndpointCarriesTcpToItsPrefixList() {
        Trace t = new Tracer(withS3().build()).trace(TraceQuery.of("db-1", "s3", Protocol.TCP, 443)
                .withAddresses(null, IpAddress.parse("52.216.8.10")));
        assertTrue(t.reachable());
        assertEquals(List.of("sg-db", "acl-default", "rtb-main", "vpce-s3"), ids(t.forward()));
        assertEquals(List.of("vpce-s3", "acl-default", "sg-db"), ids(t.reply()));
        assertEquals("pl-s3 -> vpce-s3", t.forward().hops().get(2).rule());
    }

    @Test
    void gatewayEndpointTcpOnly() {
        NetworkModel m = withS3().sg("sg-db", "vpc-1", List.of(), List.of("all pl-s3")).build();
        Trace t = trace(m, "db-1", "s3", "udp", 443);
        assertBlocked(t.forward(), "vpce-s3", "protocol-not-supported");
        assertEquals("VPCE_GATEWAY_PROTOCOL_RESTRICTION", t.forward().blockingHop().code());
        assertTrue(t.blockers().get(0).fixes().isEmpty());
        Trace ping = trace(m, "db-1", "s3", "icmp", null);
        assertTrue(ping.reachable());
    }

    @Test
    void prefixListRouteBeatsDefaultRouteByLongestPrefix() {
        NetworkModel m = withS3().nat("nat-1", "subnet-web", "10.0.1.100", "198.51.100.50")
                .routeTable("rtb-main", "vpc-1", true, List.of(), "10.0.0.0/16 -> local", "0.0.0.0/0 -> nat-1",
                        "pl-s3 -> vpce-s3").build();
        Trace t = trace(m, "db-1", "s3", "tcp", 443);
        assertEquals("vpce-s3", t.forward().hops().get(3).componentId());
        assertTrue(t.reachable());
    }

    private static TestNet threeVpcs() {
        TestNet n = TestNet.create();
        String[][] vpcs = {{"a", "10.0"}, {"b", "10.1"}, {"c", "10.2"}};
        for (String[] v : vpcs) {
            String id = "vpc-" + v[0];
            n.vpc(id, v[1] + ".0.0/16")
                    .subnet("subnet-" + v[0], id, v[1] + ".1.0/24")
                    .defaultAcl("acl-" + v[0], id)
                    .sg("sg-" + v[0], id, List.of("tcp 443 10.0.0.0/8"), List.of("all 0.0.0.0/0"))
                    .instance("i-" + v[0], "subnet-" + v[0], v[1] + ".1.10", null, "sg-" + v[0]);
        }
        return n.peering("pcx-ab", "vpc-a", "vpc-b", "active")
                .peering("pcx-bc", "vpc-b", "vpc-c", "active")
                .routeTable("rtb-a", "vpc-a", true, List.of(), "10.0.0.0/16 -> local", "10.1.0.0/16 -> pcx-ab",
                        "10.2.0.0/16 -> pcx-ab")
                .routeTable("rtb-b", "vpc-b", true, List.of(), "10.1.0.0/16 -> local", "10.0.0.0/16 -> pcx-ab",
                        "10.2.0.0/16 -> pcx-bc")
                .routeTable("rtb-c", "vpc-c", true, List.of(), "10.2.0.0/16 -> local", "10.1.0.0/16 -> pcx-bc");
    }

    @Test
    void peeringNotTransitive() {
        NetworkModel m = threeVpcs().build();
        Trace ab = trace(m, "i-a", "i-b", "tcp", 443);
        assertTrue(ab.reachable());
        assertEquals(List.of("sg-a", "acl-a", "rtb-a", "pcx-ab", "acl-b", "sg-b"), ids(ab.forward()));
        assertEquals(List.of("sg-b", "acl-b", "rtb-b", "pcx-ab", "acl-a", "sg-a"), ids(ab.reply()));
        Trace ac = trace(m, "i-a", "i-c", "tcp", 443);
        assertBlocked(ac.forward(), "pcx-ab", "destination-not-in-peer-cidr");
        assertEquals("PCX_REQUIRES_ADDRESS_IN_VPC_CIDR", ac.forward().blockingHop().code());
        assertTrue(trace(m, "i-b", "i-c", "tcp", 443).reachable());
    }

    @Test
    void peeringNeedsTheReturnRoute() {
        NetworkModel m = threeVpcs().routeTable("rtb-c", "vpc-c", true, List.of(), "10.2.0.0/16 -> local").build();
        Trace t = trace(m, "i-b", "i-c", "tcp", 443);
        assertTrue(t.forward().delivered());
        assertBlocked(t.reply(), "rtb-c", "no-route");
        Trace fixed = trace(io.hopscope.testing.engine.TraceAssertions.apply(m, t.blockers().get(0).fixes().get(0)),
                "i-b", "i-c", "tcp", 443);
        assertTrue(fixed.reachable());
    }

    @Test
    void pendingPeeringIsABlackhole() {
        NetworkModel m = threeVpcs().peering("pcx-ab", "vpc-a", "vpc-b", "pending-acceptance").build();
        Trace t = trace(m, "i-a", "i-b", "tcp", 443);
        assertBlocked(t.forward(), "rtb-a", "blackhole");
    }

    @Test
    void crossVpcSgReferenceNeedsActivePeering() {
        NetworkModel m = threeVpcs().sg("sg-b", "vpc-b", List.of("tcp 5432 sg-a"), List.of()).build();
        assertTrue(trace(m, "i-a", "i-b", "tcp", 5432).reachable());
        // Peer SG references only hold across an active peering [PCX]; c is not peered with a.
        NetworkModel mc = threeVpcs().sg("sg-c", "vpc-c", List.of("tcp 5432 sg-a"), List.of()).build();
        Trace t = trace(mc, "i-b", "i-c", "tcp", 5432);
        assertBlocked(t.forward(), "sg-c", "no-matching-rule");
    }

    private static TestNet dualStack() {
        return TestNet.create()
                .vpc("vpc-6", "10.6.0.0/16", "2600:1f18:1::/56")
                .eigw("eigw-1", "vpc-6")
                .subnet("subnet-6", "vpc-6", "10.6.1.0/24", "2600:1f18:1:1::/64")
                .routeTable("rtb-6", "vpc-6", true, List.of(), "10.6.0.0/16 -> local", "2600:1f18:1::/56 -> local",
                        "::/0 -> eigw-1")
                .defaultAcl("acl-6", "vpc-6")
                .sg("sg-6", "vpc-6", List.of("tcp 443 ::/0"), List.of("all 0.0.0.0/0", "all ::/0"))
                .instance("i-6", "subnet-6", "10.6.1.10,2600:1f18:1:1::10", null, "sg-6");
    }

    @Test
    void ipv6ViaEgressOnlyGateway() {
        NetworkModel m = dualStack().build();
        Trace out = trace(m, "i-6", "2001:db8::10", "tcp", 443);
        assertTrue(out.reachable());
        assertEquals(List.of("sg-6", "acl-6", "rtb-6", "eigw-1"), ids(out.forward()));
        assertEquals(List.of("eigw-1", "acl-6", "sg-6"), ids(out.reply()));
        Trace in = trace(m, "2001:db8::10", "i-6", "tcp", 443);
        assertBlocked(in.forward(), "eigw-1", "inbound-not-allowed");
        assertNull(in.reply());
    }

    @Test
    void ipv4DefaultRouteDoesNotCoverIpv6() {
        NetworkModel m = dualStack().routeTable("rtb-6", "vpc-6", true, List.of(), "10.6.0.0/16 -> local",
                "2600:1f18:1::/56 -> local", "0.0.0.0/0 -> eigw-1").build();
        Trace t = trace(m, "i-6", "2001:db8::10", "tcp", 443);
        assertBlocked(t.forward(), "rtb-6", "no-route");
        assertTrue(t.forward().blockingHop().explanation().contains("::/0"));
    }

    @Test
    void ipv4SecurityGroupRangeNeverMatchesIpv6() {
        NetworkModel m = dualStack().sg("sg-6", "vpc-6", List.of("tcp 443 0.0.0.0/0"), List.of("all 0.0.0.0/0")).build();
        Trace t = new Tracer(m).trace(TraceQuery.of("i-6", "2001:db8::10", Protocol.TCP, 443));
        assertBlocked(t.forward(), "sg-6", "no-matching-rule");
    }

    @Test
    void interfaceEndpointIsGuardedByItsOwnSecurityGroup() {
        NetworkModel m = TwoTier.base()
                .sg("sg-vpce", "vpc-1", List.of("tcp 443 10.0.1.0/24"), List.of())
                .interfaceEndpoint("vpce-sqs", "vpc-1", "subnet-db", "10.0.2.100", "sg-vpce").build();
        Trace t = trace(m, "web-1", "vpce-sqs", "tcp", 443);
        assertTrue(t.reachable());
        assertEquals(List.of("sg-web", "acl-default", "rtb-public", "acl-default", "sg-vpce"), ids(t.forward()));
        assertBlocked(trace(m, "web-1", "vpce-sqs", "tcp", 80).forward(), "sg-vpce", "no-matching-rule");
    }

    @Test
    void onPremisesNetworkBehindAStaticVpnUsesItBothWays() {
        NetworkModel m = TwoTier.base().vgw("vgw-1", "vpc-1")
                .routeTable("rtb-main", "vpc-1", true, List.of(), "10.0.0.0/16 -> local", "192.168.0.0/16 -> vgw-1")
                .sg("sg-db", "vpc-1", List.of("tcp 3306 192.168.0.0/16"), List.of("all 0.0.0.0/0")).build()
                .with(new VpnConnection("vpn-1", "office", "vgw-1", null, null, true,
                        List.of(Cidr.parse("192.168.0.0/16")), null));
        Trace in = trace(m, "192.168.5.5", "db-1", "tcp", 3306);
        assertTrue(in.reachable());
        assertEquals(List.of("vpn-1", "vgw-1", "acl-default", "sg-db"), ids(in.forward()));
        assertEquals(List.of("sg-db", "acl-default", "rtb-main", "vgw-1", "vpn-1"), ids(in.reply()));
        // [VPNPRIO] the VGW forwards only to its VPN's prefixes: a table route wider than them does not help.
        Trace outside = trace(m.with(m.routeTable("rtb-main").withRoutes(List.of(Route.local(Cidr.parse("10.0.0.0/16")),
                Route.to(Cidr.parse("0.0.0.0/0"), RouteTargetKind.VPN_GATEWAY, "vgw-1")))), "db-1", "172.20.0.1", "tcp", 443);
        assertBlocked(outside.forward(), "vgw-1", "no-vpn-route");
        Trace fromWeb = trace(m, "web-1", "192.168.5.5", "tcp", 22);
        assertBlocked(fromWeb.forward(), "igw-1", "rfc1918-destination");
    }

    @Test
    void secondaryCidrsAndSecondaryAddressesAreLocal() {
        NetworkModel m = TwoTier.base().vpc("vpc-1", "10.0.0.0/16", "100.64.0.0/16")
                .subnet("subnet-extra", "vpc-1", "100.64.1.0/24")
                .routeTable("rtb-main", "vpc-1", true, List.of(), "10.0.0.0/16 -> local", "100.64.0.0/16 -> local")
                .routeTable("rtb-public", "vpc-1", false, List.of("subnet-web"), "10.0.0.0/16 -> local",
                        "100.64.0.0/16 -> local", "0.0.0.0/0 -> igw-1")
                .sg("sg-db", "vpc-1", List.of("tcp 3306 sg-web", "tcp 3306 100.64.0.0/16"), List.of())
                .instance("db-2", "subnet-extra", "100.64.1.5,100.64.1.6", null, "sg-db").build();
        Trace viaSecondary = new Tracer(m).trace(TraceQuery.of("web-1", "db-2", Protocol.TCP, 3306)
                .withAddresses(null, IpAddress.parse("100.64.1.6")));
        assertTrue(viaSecondary.reachable());
        assertEquals("100.64.0.0/16 -> local", viaSecondary.forward().hops().get(2).rule());
        Trace byAddress = trace(m, "10.0.1.10", "100.64.1.6", "tcp", 3306);
        assertTrue(byAddress.reachable());
        assertEquals("eni-db-2", byAddress.query().to());
    }

    @Test
    void publicIpv6TargetIsReachableThroughTheInternetGateway() {
        NetworkModel m = dualStack().igw("igw-6", "vpc-6")
                .routeTable("rtb-6", "vpc-6", true, List.of(), "10.6.0.0/16 -> local", "2600:1f18:1::/56 -> local",
                        "::/0 -> igw-6").build();
        Trace in = trace(m, "2001:db8::10", "i-6", "tcp", 443);
        assertTrue(in.reachable());
        assertEquals(List.of("igw-6", "acl-6", "sg-6"), ids(in.forward()));
        assertEquals(Decision.FORWARD, in.forward().hops().get(0).decision());
        assertEquals("2600:1f18:1:1::10", in.query().destinationIp().toString());
    }

    @Test
    void overlappingPeersAreToldApartByTheirPeering() {
        TestNet n = TestNet.create().vpc("vpc-hub", "10.10.0.0/16").subnet("subnet-hub", "vpc-hub", "10.10.1.0/24")
                .defaultAcl("acl-hub", "vpc-hub")
                .sg("sg-hub", "vpc-hub", List.of(), List.of("all 0.0.0.0/0"))
                .instance("i-hub", "subnet-hub", "10.10.1.10", null, "sg-hub");
        for (String side : List.of("b", "c")) {
            n.vpc("vpc-" + side, "192.168.0.0/16").subnet("subnet-" + side, "vpc-" + side, "192.168.1.0/24")
                    .defaultAcl("acl-" + side, "vpc-" + side)
                    .sg("sg-" + side, "vpc-" + side, List.of("tcp 443 10.10.0.0/16"), List.of())
                    .instance("i-" + side, "subnet-" + side, "192.168.1.10", null, "sg-" + side)
                    .peering("pcx-" + side, "vpc-hub", "vpc-" + side, "active")
                    .routeTable("rtb-" + side, "vpc-" + side, true, List.of(), "192.168.0.0/16 -> local",
                            "10.10.0.0/16 -> pcx-" + side);
        }
        NetworkModel m = n.routeTable("rtb-hub", "vpc-hub", true, List.of(), "10.10.0.0/16 -> local",
                "192.168.0.0/16 -> pcx-c").build();
        Trace toC = trace(m, "i-hub", "i-c", "tcp", 443);
        assertTrue(toC.reachable());
        assertEquals(List.of("sg-hub", "acl-hub", "rtb-hub", "pcx-c", "acl-c", "sg-c"), ids(toC.forward()));
        assertEquals(List.of("sg-c", "acl-c", "rtb-c", "pcx-c", "acl-hub", "sg-hub"), ids(toC.reply()));
        // The hub routes the shared block to C, so a packet meant for B's 192.168.1.10 lands on C's.
        Trace toB = trace(m, "i-hub", "i-b", "tcp", 443);
        assertEquals("pcx-c", toB.forward().hops().get(3).componentId());
        assertBlocked(toB.forward(), "eni-i-c", "other-destination");
        TraceQueryException e = org.junit.jupiter.api.Assertions.assertThrows(TraceQueryException.class,
                () -> trace(m, "i-hub", "192.168.1.10", "tcp", 443));
        assertTrue(e.getMessage().contains("eni-i-b") && e.getMessage().contains("eni-i-c"), e.getMessage());
    }
}
