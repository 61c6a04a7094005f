package io.hopscope.engine.eval;

import io.hopscope.engine.Decision;
import io.hopscope.engine.Packet;
import io.hopscope.engine.index.ModelIndex;
import io.hopscope.model.EgressOnlyInternetGateway;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.Protocol;
import io.hopscope.testing.engine.TestNet;
import io.hopscope.testing.engine.TwoTier;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Internet gateway, NAT gateway, egress-only gateway, gateway endpoint and peering, each on its own. */
class GatewayEvaluatorsTest {

    private static Packet packet(Protocol p, String src, String dst) {
        boolean ports = p.hasPorts();
        return new Packet(p, IpAddress.parse(src), ports ? 40000 : null, IpAddress.parse(dst), ports ? 443 : null,
                p.isIcmp() ? 8 : null, p.isIcmp() ? 0 : null);
    }

    @Test
    void internetGatewayTranslatesOneToOneAndRefusesPrivateDestinations() {
        NetworkModel m = TwoTier.base().build();
        InternetGatewayEvaluator igw = new InternetGatewayEvaluator(new ModelIndex(m));
        var g = m.internetGateway("igw-1");
        GatewayResult out = igw.egress(g, "vpc-1", packet(Protocol.TCP, "10.0.1.10", "203.0.113.5"));
        assertEquals(Decision.TRANSLATE, out.hop().decision());
        assertEquals("198.51.100.10", out.packet().src().toString());
        assertEquals("rfc1918-destination", igw.egress(g, "vpc-1", packet(Protocol.TCP, "10.0.1.10", "172.16.0.5")).hop().reason());
        assertEquals("rfc1918-destination", igw.egress(g, "vpc-1", packet(Protocol.TCP, "10.0.1.10", "100.64.0.5")).hop().reason());
        assertEquals("no-public-ip", igw.egress(g, "vpc-1", packet(Protocol.TCP, "10.0.2.45", "203.0.113.5")).hop().reason());
        GatewayResult in = igw.ingress(g, "vpc-1", packet(Protocol.TCP, "203.0.113.5", "198.51.100.10"));
        assertEquals("10.0.1.10", in.packet().dst().toString());
        assertEquals("IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS",
                igw.ingress(g, "vpc-1", packet(Protocol.TCP, "203.0.113.5", "10.0.2.45")).hop().code());
        assertEquals("not-attached", igw.egress(g, "vpc-9", packet(Protocol.TCP, "10.0.1.10", "203.0.113.5")).hop().reason());
    }

    @Test
    void natTranslatesTcpUdpIcmpOnlyAndRefusesUnsolicitedInbound() {
        NetworkModel m = TwoTier.base().nat("nat-1", "subnet-web", "10.0.1.100", "198.51.100.50").build();
        ModelIndex index = new ModelIndex(m);
        NatGatewayEvaluator nat = new NatGatewayEvaluator(index);
        var n = m.natGateway("nat-1");
        var eni = index.eniOfNat("nat-1");
        GatewayResult out = nat.outbound(n, eni, "vpc-1", packet(Protocol.UDP, "10.0.2.45", "203.0.113.5"));
        assertEquals("10.0.1.100", out.packet().src().toString());
        assertEquals(Decision.TRANSLATE, nat.outbound(n, eni, "vpc-1", packet(Protocol.ICMP, "10.0.2.45", "203.0.113.5")).hop().decision());
        assertEquals("protocol-not-supported",
                nat.outbound(n, eni, "vpc-1", packet(new Protocol(47), "10.0.2.45", "203.0.113.5")).hop().reason());
        assertEquals("NGW_REQUIRES_SOURCE_IN_VPC",
                nat.outbound(n, eni, "vpc-1", packet(Protocol.TCP, "10.9.2.45", "203.0.113.5")).hop().code());
        assertEquals("unsolicited-inbound", nat.inbound(n, packet(Protocol.TCP, "203.0.113.5", "10.0.1.100"), null, null).hop().reason());
        GatewayResult back = nat.inbound(n, packet(Protocol.TCP, "203.0.113.5", "10.0.1.100"), IpAddress.parse("10.0.2.45"), 40000);
        assertEquals("10.0.2.45", back.packet().dst().toString());
    }

    @Test
    void egressOnlyGatewayLetsRepliesInButNoNewConnections() {
        EgressOnlyGatewayEvaluator eval = new EgressOnlyGatewayEvaluator();
        EgressOnlyInternetGateway g = new EgressOnlyInternetGateway("eigw-1", "", "vpc-6");
        Packet in = packet(Protocol.TCP, "2001:db8::1", "2600:1f18::10");
        assertEquals("inbound-not-allowed", eval.ingress(g, in, false).hop().reason());
        assertEquals(Decision.FORWARD, eval.ingress(g, in, true).hop().decision());
        assertEquals(Decision.FORWARD, eval.egress(g, "vpc-6", in.reply()).hop().decision());
    }

    @Test
    void gatewayEndpointCarriesTcpAndEchoOnly() {
        NetworkModel m = TwoTier.base().prefixList("pl-s3", "com.amazonaws.us-east-1.s3", "52.216.0.0/15")
                .gatewayEndpoint("vpce-s3", "vpc-1", "s3", "rtb-main").build();
        GatewayEndpointEvaluator eval = new GatewayEndpointEvaluator(new ModelIndex(m));
        var e = m.vpcEndpoint("vpce-s3");
        assertEquals(Decision.FORWARD, eval.egress(e, "vpc-1", packet(Protocol.TCP, "10.0.2.45", "52.216.1.1")).hop().decision());
        assertEquals(Decision.FORWARD, eval.egress(e, "vpc-1", packet(Protocol.ICMP, "10.0.2.45", "52.216.1.1")).hop().decision());
        assertEquals("VPCE_GATEWAY_PROTOCOL_RESTRICTION",
                eval.egress(e, "vpc-1", packet(Protocol.UDP, "10.0.2.45", "52.216.1.1")).hop().code());
        assertEquals("source-not-in-vpc", eval.egress(e, "vpc-1", packet(Protocol.TCP, "10.1.2.45", "52.216.1.1")).hop().reason());
    }

    @Test
    void peeringDeliversOnlyIntoThePeerCidrWhenActive() {
        NetworkModel m = TestNet.create().vpc("vpc-a", "10.0.0.0/16").vpc("vpc-b", "10.1.0.0/16", "10.5.0.0/16")
                .peering("pcx-1", "vpc-a", "vpc-b", "active").peering("pcx-2", "vpc-a", "vpc-b", "pending-acceptance").build();
        PeeringEvaluator eval = new PeeringEvaluator(new ModelIndex(m));
        PeeringEvaluator.Result ok = eval.cross(m.peeringConnection("pcx-1"), "vpc-a", packet(Protocol.TCP, "10.0.1.1", "10.5.0.9"));
        assertEquals("vpc-b", ok.peerVpcId());
        PeeringEvaluator.Result far = eval.cross(m.peeringConnection("pcx-1"), "vpc-a", packet(Protocol.TCP, "10.0.1.1", "10.2.0.9"));
        assertNull(far.peerVpcId());
        assertEquals("destination-not-in-peer-cidr", far.hop().reason());
        assertEquals("blackhole", eval.cross(m.peeringConnection("pcx-2"), "vpc-a",
                packet(Protocol.TCP, "10.0.1.1", "10.1.0.9")).hop().reason());
        assertEquals(List.of(), ok.hop().groups());
    }
}
