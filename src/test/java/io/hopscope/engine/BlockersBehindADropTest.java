package io.hopscope.engine;

import io.hopscope.engine.walk.Tracer;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.Protocol;
import io.hopscope.testing.engine.TestNet;
import io.hopscope.testing.engine.TwoTier;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.hopscope.testing.engine.TraceAssertions.assertBlocked;
import static io.hopscope.testing.engine.TraceAssertions.ids;
import static io.hopscope.testing.engine.TraceAssertions.trace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A gateway (or a blackhole route to a pending peering) that drops a packet hides the components
 * behind it; the trace still names them as blockers (evaluated as if the drop had allowed), while
 * the path stops at the first.
 */
class BlockersBehindADropTest {

    private static List<String> blockers(Trace t) {
        return t.blockers().stream()
                .map(b -> (b.onReply() ? "reply " : "forward ") + b.hop().componentId() + " " + b.hop().reason()).toList();
    }

    @Test
    void internetToPrivateInstanceAlsoNamesItsSecurityGroupAndTheReplyRoutedToNat() {
        // db-1 has no public IP, sg-db admits 3306 only from sg-web, and its subnet sends 0.0.0.0/0 to a NAT.
        NetworkModel m = TwoTier.base()
                .nat("nat-1", "subnet-web", "10.0.1.100", "198.51.100.50")
                .routeTable("rtb-main", "vpc-1", true, List.of(), "10.0.0.0/16 -> local", "0.0.0.0/0 -> nat-1")
                .build();
        Trace t = trace(m, "203.0.113.10", "db-1", "tcp", 3306);
        assertBlocked(t.forward(), "igw-1", "no-public-ip");
        assertEquals(List.of("igw-1"), ids(t.forward()), "the path ends at the first blocker");
        assertNull(t.reply());
        assertEquals(List.of("forward igw-1 no-public-ip", "forward sg-db no-matching-rule", "reply nat-1 asymmetric-route"),
                blockers(t));
    }

    @Test
    void internetToPrivateInstanceWithOpenSecurityGroupNamesOnlyTheGateway() {
        NetworkModel m = TwoTier.base().instance("web-2", "subnet-web", "10.0.1.20", null, "sg-web").build();
        Trace t = trace(m, "203.0.113.10", "web-2", "tcp", 443);
        // The reply would meet the IGW again with nothing to map 10.0.1.20 to: the same cause, one fix.
        assertEquals(List.of("forward igw-1 no-public-ip"), blockers(t));
    }

    @Test
    void privateSourceAtTheGatewayStillShowsTheTargetsNacl() {
        NetworkModel m = TwoTier.base()
                .acl("acl-web", "vpc-1", false, List.of("subnet-web"), "100 in allow tcp 22 192.0.2.0/24",
                        "100 out allow all 0.0.0.0/0")
                .build();
        Trace t = trace(m, "10.99.0.5", "web-1", "tcp", 443);
        assertBlocked(t.forward(), "igw-1", "rfc1918-source");
        assertEquals("forward acl-web *", blockers(t).get(1));
    }

    @Test
    void egressOnlyGatewayDropStillShowsTheTargetsSecurityGroup() {
        NetworkModel m = TestNet.create()
                .vpc("vpc-6", "10.6.0.0/16", "2600:1f18:1::/56")
                .eigw("eigw-1", "vpc-6")
                .subnet("subnet-6", "vpc-6", "10.6.1.0/24", "2600:1f18:1:1::/64")
                .routeTable("rtb-6", "vpc-6", true, List.of(), "10.6.0.0/16 -> local", "2600:1f18:1::/56 -> local",
                        "::/0 -> eigw-1")
                .defaultAcl("acl-6", "vpc-6")
                .sg("sg-6", "vpc-6", List.of("tcp 22 10.6.0.0/16"), List.of("all ::/0"))
                .instance("i-6", "subnet-6", "10.6.1.10,2600:1f18:1:1::10", null, "sg-6")
                .build();
        Trace t = trace(m, "2001:db8::10", "i-6", "tcp", 443);
        assertBlocked(t.forward(), "eigw-1", "inbound-not-allowed");
        assertEquals(List.of("forward eigw-1 inbound-not-allowed", "forward sg-6 no-matching-rule"), blockers(t));
    }

    @Test
    void natProtocolDropEvaluatesOnWithTheTranslatedSource() {
        // GRE: the NAT drops it; evaluated on as if it had translated, the IGW sees the NAT's address.
        NetworkModel m = TwoTier.base()
                .nat("nat-1", "subnet-web", "10.0.1.100", "198.51.100.50")
                .routeTable("rtb-main", "vpc-1", true, List.of(), "10.0.0.0/16 -> local", "0.0.0.0/0 -> nat-1")
                .sg("sg-db", "vpc-1", List.of(), List.of("all 0.0.0.0/0"))
                .build();
        Trace t = new Tracer(m).trace(TraceQuery.of("db-1", "203.0.113.10", new Protocol(47), null));
        assertBlocked(t.forward(), "nat-1", "protocol-not-supported");
        assertEquals(List.of("forward nat-1 protocol-not-supported"), blockers(t));
    }

    @Test
    void vpcWithoutInternetGatewayStillShowsTheTargetsSecurityGroupAndReplyRoute() {
        NetworkModel m = TestNet.create()
                .vpc("vpc-9", "10.9.0.0/16")
                .subnet("subnet-9", "vpc-9", "10.9.1.0/24")
                .routeTable("rtb-9", "vpc-9", true, List.of(), "10.9.0.0/16 -> local")
                .defaultAcl("acl-9", "vpc-9")
                .sg("sg-9", "vpc-9", List.of("tcp 22 10.9.0.0/16"), List.of("all 0.0.0.0/0"))
                .instance("i-9", "subnet-9", "10.9.1.10", null, "sg-9")
                .build();
        Trace t = trace(m, "203.0.113.10", "i-9", "tcp", 443);
        assertBlocked(t.forward(), "vpc-9", "no-internet-gateway");
        assertEquals(List.of("forward vpc-9 no-internet-gateway", "forward sg-9 no-matching-rule", "reply rtb-9 no-route"),
                blockers(t));
    }

    @Test
    void pendingPeeringAlsoNamesWhatThePeerWouldRefuse() {
        // The routes to a pending-acceptance peering are blackholes; once accepted, sg-b still lacks 5432.
        NetworkModel m = TestNet.create()
                .vpc("vpc-a", "10.0.0.0/16").vpc("vpc-b", "10.1.0.0/16")
                .subnet("subnet-a", "vpc-a", "10.0.1.0/24").subnet("subnet-b", "vpc-b", "10.1.1.0/24")
                .peering("pcx-1", "vpc-a", "vpc-b", "pending-acceptance")
                .routeTable("rtb-a", "vpc-a", true, List.of(), "10.0.0.0/16 -> local", "10.1.0.0/16 -> pcx-1 blackhole")
                .routeTable("rtb-b", "vpc-b", true, List.of(), "10.1.0.0/16 -> local", "10.0.0.0/16 -> pcx-1 blackhole")
                .defaultAcl("acl-a", "vpc-a").defaultAcl("acl-b", "vpc-b")
                .sg("sg-a", "vpc-a", List.of(), List.of("all 0.0.0.0/0"))
                .sg("sg-b", "vpc-b", List.of("tcp 22 10.0.0.0/16"), List.of())
                .instance("a-1", "subnet-a", "10.0.1.10", null, "sg-a")
                .instance("b-1", "subnet-b", "10.1.1.10", null, "sg-b")
                .build();
        Trace t = trace(m, "a-1", "b-1", "tcp", 5432);
        assertEquals(List.of("sg-a", "acl-a", "rtb-a"), ids(t.forward()));
        assertEquals(List.of("forward rtb-a blackhole", "forward sg-b no-matching-rule", "reply rtb-b blackhole"), blockers(t));
    }
}
