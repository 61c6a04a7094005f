package io.hopscope.engine;

import io.hopscope.engine.walk.Tracer;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.Protocol;
import io.hopscope.testing.engine.TestNet;
import io.hopscope.testing.engine.TwoTier;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.hopscope.testing.engine.TraceAssertions.apply;
import static io.hopscope.testing.engine.TraceAssertions.assertBlocked;
import static io.hopscope.testing.engine.TraceAssertions.ids;
import static io.hopscope.testing.engine.TraceAssertions.trace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The misconceptions of the rulebook's section 5, each as a small model. */
class ClassicTrapsTest {

    @Test
    void crossSubnetFlowMeetsSgNaclRouteNaclSgBothWays() {
        Trace t = trace(TwoTier.base().build(), "web-1", "db-1", "tcp", 3306);
        assertTrue(t.reachable());
        assertEquals(List.of("sg-web", "acl-default", "rtb-public", "acl-default", "sg-db"), ids(t.forward()));
        assertEquals(List.of("sg-db", "acl-default", "rtb-main", "acl-default", "sg-web"), ids(t.reply()));
        assertEquals(Decision.TRACKED, t.reply().hops().get(0).decision());
        assertEquals("10.0.2.45", t.query().destinationIp().toString());
        assertEquals(40000, t.query().sourcePort());
        assertTrue(t.query().sourcePortOrigin().contains("linux"), t.query().sourcePortOrigin());
    }

    private static TestNet dbNacl(TestNet net, String... entries) {
        return net.acl("acl-db", "vpc-1", false, List.of("subnet-db"), entries);
    }

    @Test
    void replyNeedsEphemeralPortsThroughStatelessNacl() {
        NetworkModel m = dbNacl(TwoTier.base(), "100 in allow tcp 3306 10.0.1.0/24",
                "100 out allow tcp 3306 10.0.1.0/24").build();
        Trace t = trace(m, "web-1", "db-1", "tcp", 3306);
        assertTrue(t.forward().delivered());
        assertFalse(t.reachable());
        assertBlocked(t.reply(), "acl-db", "*");
        Hop h = t.reply().blockingHop();
        assertEquals("SUBNET_ACL_RESTRICTION", h.code());
        assertEquals(Direction.EGRESS, h.direction());
        assertEquals(40000, h.packet().dstPort());
        assertTrue(h.explanation().contains("ephemeral port"), h.explanation());
        Blocker b = t.blockers().get(0);
        assertTrue(b.onReply());
        Trace fixed = trace(apply(m, b.fixes().get(0)), "web-1", "db-1", "tcp", 3306);
        assertTrue(fixed.reachable(), fixed.toString());
    }

    @Test
    void naclThatAdmitsPartOfTheEphemeralRangeDependsOnClientPort() {
        NetworkModel m = dbNacl(TwoTier.base(), "100 in allow tcp 3306 10.0.1.0/24",
                "100 out allow tcp 32768-50000 10.0.1.0/24").build();
        Trace t = trace(m, "web-1", "db-1", "tcp", 3306);
        assertTrue(t.reachable());
        Hop out = t.reply().hops().get(1);
        assertEquals("100", out.rule());
        assertTrue(out.explanation().contains("Depends on client port"), out.explanation());
        assertTrue(out.explanation().contains("32768-50000"), out.explanation());
    }

    @Test
    void sgNeverBlocksReply() {
        Trace t = trace(TwoTier.base().build(), "web-1", "db-1", "tcp", 3306);
        Hop dbSg = t.reply().hops().get(0);
        assertEquals("sg-db", dbSg.componentId());
        assertEquals(Decision.TRACKED, dbSg.decision());
        assertTrue(t.reachable());
        // sg-db has no outbound rule: a connection db-1 starts is denied.
        Trace initiated = trace(TwoTier.base().build(), "db-1", "web-1", "tcp", 443);
        assertBlocked(initiated.forward(), "sg-db", "no-matching-rule");
        assertNull(initiated.reply());
    }

    @Test
    void naclRuleOrderByNumberNotListOrder() {
        NetworkModel m = dbNacl(TwoTier.base(), "200 in allow tcp 3306 10.0.0.0/16", "100 in deny tcp 3306 10.0.1.0/24",
                "100 out allow all 0.0.0.0/0").build();
        Trace t = trace(m, "web-1", "db-1", "tcp", 3306);
        assertBlocked(t.forward(), "acl-db", "100");
        assertTrue(t.forward().blockingHop().explanation().contains("first match wins"));
        AclEntryFixCheck.assertFixNumberedBelow(t.blockers().get(0), 100);
        Trace fixed = trace(apply(m, t.blockers().get(0).fixes().get(0)), "web-1", "db-1", "tcp", 3306);
        assertTrue(fixed.reachable());
    }

    @Test
    void customNaclStartsAsDenyAll() {
        NetworkModel m = dbNacl(TwoTier.base()).build();
        Trace t = trace(m, "web-1", "db-1", "tcp", 3306);
        assertBlocked(t.forward(), "acl-db", "*");
        assertEquals(Direction.INGRESS, t.forward().blockingHop().direction());
        // Evaluating on as if the inbound * had allowed finds the outbound * on the reply too.
        assertEquals(2, t.blockers().size());
        assertTrue(t.blockers().get(1).onReply());
    }

    @Test
    void sameSubnetSkipsNacl() {
        NetworkModel m = dbNacl(TwoTier.base()).instance("db-2", "subnet-db", "10.0.2.50", null, "sg-web").build();
        Trace t = trace(m, "db-2", "db-1", "tcp", 3306);
        assertTrue(t.reachable());
        assertEquals(List.of("sg-web", "sg-db"), ids(t.forward()));
        assertEquals(List.of("sg-db", "sg-web"), ids(t.reply()));
    }

    @Test
    void blackholeShadowsDefault() {
        NetworkModel m = TwoTier.base()
                .routeTable("rtb-public", "vpc-1", false, List.of("subnet-web"), "10.0.0.0/16 -> local",
                        "0.0.0.0/0 -> igw-1", "203.0.113.0/24 -> nat-gone blackhole").build();
        Trace t = trace(m, "web-1", "203.0.113.10", "tcp", 443);
        assertBlocked(t.forward(), "rtb-public", "blackhole");
        assertEquals("BAD_STATE_ROUTE", t.forward().blockingHop().code());
        assertEquals("203.0.113.0/24 -> nat-gone", t.forward().blockingHop().rule());
        Trace fixed = trace(apply(m, t.blockers().get(0).fixes().get(0)), "web-1", "203.0.113.10", "tcp", 443);
        assertTrue(fixed.reachable());
    }

    @Test
    void igwNeedsPublicIp() {
        NetworkModel m = TwoTier.base().instance("web-2", "subnet-web", "10.0.1.20", null, "sg-web").build();
        Trace t = trace(m, "web-2", "203.0.113.10", "tcp", 443);
        assertBlocked(t.forward(), "igw-1", "no-public-ip");
        assertEquals("IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS", t.forward().blockingHop().code());
        Trace fixed = trace(apply(m, t.blockers().get(0).fixes().get(0)), "web-2", "203.0.113.10", "tcp", 443);
        assertTrue(fixed.reachable());
    }

    @Test
    void internetReachesOnlyPublicIpsThroughIgw() {
        NetworkModel m = TwoTier.base().build();
        Trace in = trace(m, "203.0.113.10", "web-1", "tcp", 443);
        assertTrue(in.reachable());
        assertEquals("198.51.100.10", in.query().destinationIp().toString());
        assertEquals(List.of("igw-1", "acl-default", "sg-web"), ids(in.forward()));
        assertEquals(List.of("sg-web", "acl-default", "rtb-public", "igw-1"), ids(in.reply()));
        assertEquals(Decision.TRANSLATE, in.forward().hops().get(0).decision());
        assertEquals("10.0.1.10", in.forward().hops().get(0).packet().dst().toString());
        assertEquals("198.51.100.10", in.reply().hops().get(3).packet().src().toString());
        Trace db = trace(m, "203.0.113.10", "db-1", "tcp", 3306);
        assertBlocked(db.forward(), "igw-1", "no-public-ip");
        assertEquals("IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS", db.forward().blockingHop().code());
    }

    @Test
    void publicIpWithoutIgwRouteStrandsTheReply() {
        NetworkModel m = TwoTier.base().instance("db-9", "subnet-db", "10.0.2.9", "198.51.100.9", "sg-web").build();
        Trace t = trace(m, "203.0.113.10", "db-9", "tcp", 443);
        assertTrue(t.forward().delivered());
        assertBlocked(t.reply(), "rtb-main", "no-route");
        Trace fixed = trace(apply(m, t.blockers().get(0).fixes().get(0)), "203.0.113.10", "db-9", "tcp", 443);
        assertTrue(fixed.reachable());
    }

    @Test
    void sgReferenceMatchesPrivateIpsOnly() {
        NetworkModel m = TwoTier.base()
                .sg("sg-app", "vpc-1", List.of("tcp 8080 sg-web"), List.of())
                .instance("app-1", "subnet-web", "10.0.1.30", "198.51.100.30", "sg-app").build();
        assertTrue(trace(m, "web-1", "app-1", "tcp", 8080).reachable());
        // Addressed to the public IP the packet hairpins through the IGW and arrives from 198.51.100.10.
        Tracer tracer = new Tracer(m);
        Trace viaPublic = tracer.trace(TraceQuery.of("web-1", "app-1", Protocol.TCP, 8080)
                .withAddresses(null, io.hopscope.model.net.IpAddress.parse("198.51.100.30")));
        assertBlocked(viaPublic.forward(), "sg-app", "no-matching-rule");
        assertTrue(viaPublic.forward().blockingHop().explanation().contains("private IPs"));
    }

    @Test
    void securityGroupsOnOneEniAreUnitedAndNamedByTheEni() {
        NetworkModel m = TwoTier.base()
                .sg("sg-ssh", "vpc-1", List.of("tcp 22 10.0.0.0/16"), List.of())
                .sg("sg-mysql", "vpc-1", List.of("tcp 3306 10.0.0.0/16"), List.of())
                .instance("db-3", "subnet-db", "10.0.2.60", null, "sg-ssh", "sg-mysql").build();
        assertTrue(trace(m, "web-1", "db-3", "tcp", 3306).reachable());
        assertTrue(trace(m, "web-1", "db-3", "tcp", 22).reachable());
        Trace pg = trace(m, "web-1", "db-3", "tcp", 5432);
        assertBlocked(pg.forward(), "eni-db-3", "no-matching-rule");
        assertEquals(List.of("sg-ssh", "sg-mysql"), pg.forward().blockingHop().groups());
        Trace fixed = trace(apply(m, pg.blockers().get(0).fixes().get(0)), "web-1", "db-3", "tcp", 5432);
        assertTrue(fixed.reachable());
    }

    @Test
    void dnsOverUdpIsNotAdmittedByTcpNaclRule() {
        NetworkModel m = dbNacl(TwoTier.base(), "100 in allow udp 53 10.0.1.0/24", "100 out allow tcp 1024-65535 10.0.1.0/24")
                .sg("sg-dns", "vpc-1", List.of("udp 53 10.0.0.0/16"), List.of())
                .instance("dns-1", "subnet-db", "10.0.2.53", null, "sg-dns").build();
        Trace t = trace(m, "web-1", "dns-1", "udp", 53);
        assertTrue(t.forward().delivered());
        assertBlocked(t.reply(), "acl-db", "*");
    }

    @Test
    void icmpEchoReplyIsType0ThroughNacls() {
        NetworkModel m = dbNacl(TwoTier.base(), "100 in allow icmp 8 10.0.1.0/24", "100 out allow icmp 0 10.0.1.0/24")
                .sg("sg-ping", "vpc-1", List.of("icmp 8 10.0.0.0/16"), List.of())
                .instance("db-4", "subnet-db", "10.0.2.70", null, "sg-ping").build();
        Trace t = trace(m, "web-1", "db-4", "icmp", null);
        assertTrue(t.reachable());
        assertEquals(8, t.forward().hops().get(0).packet().icmpType());
        assertEquals(0, t.reply().hops().get(0).packet().icmpType());
        Trace back = trace(m, "db-4", "web-1", "icmp", null);
        assertBlocked(back.forward(), "sg-ping", "no-matching-rule");
    }

    @Test
    void protocolNumberIsMatchedOnlyByAllOrThatNumber() {
        NetworkModel m = TwoTier.base()
                .sg("sg-gre", "vpc-1", List.of("all 10.0.0.0/16"), List.of())
                .sg("sg-tcp", "vpc-1", List.of("tcp 0-65535 10.0.0.0/16"), List.of())
                .instance("gre-1", "subnet-db", "10.0.2.80", null, "sg-gre")
                .instance("tcp-1", "subnet-db", "10.0.2.81", null, "sg-tcp").build();
        Trace gre = trace(m, "web-1", "gre-1", "47", null);
        assertTrue(gre.reachable());
        assertNull(gre.forward().hops().get(0).packet().dstPort());
        assertBlocked(trace(m, "web-1", "tcp-1", "47", null).forward(), "sg-tcp", "no-matching-rule");
        assertBlocked(trace(m, "web-1", "tcp-1", "udp", 514).forward(), "sg-tcp", "no-matching-rule");
    }

    @Test
    void protocolAllTracesTrafficOnlyAllRulesAdmit() {
        NetworkModel m = TwoTier.base()
                .sg("sg-any", "vpc-1", List.of("all 10.0.0.0/16"), List.of())
                .sg("sg-tcp", "vpc-1", List.of("tcp 0-65535 10.0.0.0/16", "udp 0-65535 10.0.0.0/16"), List.of())
                .instance("any-1", "subnet-db", "10.0.2.90", null, "sg-any")
                .instance("tcp-2", "subnet-db", "10.0.2.91", null, "sg-tcp").build();
        assertTrue(trace(m, "web-1", "any-1", "all", null).reachable());
        assertBlocked(trace(m, "web-1", "tcp-2", "all", null).forward(), "sg-tcp", "no-matching-rule");
    }

    @Test
    void amazonDnsAndMetadataAreNeverFiltered() {
        NetworkModel m = dbNacl(TwoTier.base()).build();
        Trace dns = trace(m, "db-1", "10.0.0.2", "udp", 53);
        assertTrue(dns.reachable());
        assertEquals(List.of("vpc-dns-and-metadata"), ids(dns.forward()));
        assertEquals(List.of("vpc-dns-and-metadata"), ids(dns.reply()));
        assertTrue(trace(m, "db-1", "169.254.169.254", "tcp", 80).reachable());
    }

    @Test
    void unknownReferenceIsNamedInTheError() {
        NetworkModel m = TwoTier.base().build();
        TraceQueryException e = org.junit.jupiter.api.Assertions.assertThrows(TraceQueryException.class,
                () -> trace(m, "web-1", "nope-db", "tcp", 3306));
        assertTrue(e.getMessage().contains("nope-db"));
        assertEquals(QueryField.TO, e.field());
        TraceQueryException port = org.junit.jupiter.api.Assertions.assertThrows(TraceQueryException.class,
                () -> trace(m, "web-1", "db-1", "tcp", null));
        assertEquals(QueryField.PORT, port.field());
    }

    @Test
    void sourceNamedByItsPublicIpLeavesFromItsPrivateIp() {
        Trace t = trace(TwoTier.base().build(), "198.51.100.10", "203.0.113.10", "tcp", 443);
        assertEquals("10.0.1.10", t.query().sourceIp().toString());
        assertTrue(t.reachable());
        assertEquals("198.51.100.10", t.forward().hops().get(3).packet().src().toString());
    }

    @Test
    void nameTagAndAddressResolveToTheSameInterface() {
        NetworkModel m = TwoTier.base().build();
        Trace byIp = trace(m, "10.0.1.10", "10.0.2.45", "tcp", 3306);
        Trace byId = trace(m, "web-1", "eni-db-1", "tcp", 3306);
        assertEquals(ids(byId.forward()), ids(byIp.forward()));
        assertTrue(byIp.reachable());
    }
}
