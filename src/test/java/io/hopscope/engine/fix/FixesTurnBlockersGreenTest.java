package io.hopscope.engine.fix;

import io.hopscope.edit.Edit;
import io.hopscope.engine.Blocker;
import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.Protocol;
import io.hopscope.testing.engine.TestNet;
import io.hopscope.testing.engine.TraceAssertions;
import io.hopscope.testing.engine.TwoTier;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Applying a suggested fix and tracing again must turn that blocker green, for every kind of fix. */
class FixesTurnBlockersGreenTest {

    private record Case(NetworkModel model, TraceQuery query) {
    }

    private static List<Case> brokenFlows() {
        TraceQuery webToDb = TraceQuery.of("web-1", "db-1", Protocol.TCP, 3306);
        return List.of(
                new Case(TwoTier.base().acl("acl-db", "vpc-1", false, List.of("subnet-db")).build(), webToDb),
                new Case(TwoTier.base().acl("acl-db", "vpc-1", false, List.of("subnet-db"),
                        "100 in deny tcp 3306 10.0.1.0/24", "200 in allow all 0.0.0.0/0", "90 out deny all 10.0.1.0/24",
                        "100 out allow all 0.0.0.0/0").build(), webToDb),
                new Case(TwoTier.base().sg("sg-db", "vpc-1", List.of(), List.of()).build(), webToDb),
                new Case(TwoTier.base().sg("sg-web", "vpc-1", List.of(), List.of()).build(), webToDb),
                new Case(TwoTier.base().routeTable("rtb-public", "vpc-1", false, List.of("subnet-web")).build(), webToDb),
                new Case(TwoTier.base().instance("web-2", "subnet-web", "10.0.1.20", null, "sg-web").build(),
                        TraceQuery.of("web-2", "203.0.113.10", Protocol.TCP, 443)),
                new Case(TwoTier.base().build(), TraceQuery.of("203.0.113.10", "db-1", Protocol.TCP, 3306)),
                new Case(TwoTier.base().routeTable("rtb-public", "vpc-1", false, List.of("subnet-web"),
                        "10.0.0.0/16 -> local", "0.0.0.0/0 -> igw-1 blackhole").build(),
                        TraceQuery.of("web-1", "203.0.113.10", Protocol.TCP, 443)),
                // A public IP in a subnet whose default route is a NAT: the reply goes astray at the NAT.
                new Case(TwoTier.base().nat("nat-1", "subnet-web", "10.0.1.100", "198.51.100.50")
                        .routeTable("rtb-main", "vpc-1", true, List.of(), "10.0.0.0/16 -> local", "0.0.0.0/0 -> nat-1")
                        .instance("db-9", "subnet-db", "10.0.2.9", "198.51.100.9", "sg-web").build(),
                        TraceQuery.of("203.0.113.10", "db-9", Protocol.TCP, 443)),
                new Case(TwoTier.base().acl("acl-db", "vpc-1", false, List.of("subnet-db"), "100 in allow icmp 8 0.0.0.0/0")
                        .sg("sg-db", "vpc-1", List.of("icmp 8 10.0.0.0/16"), List.of()).build(),
                        TraceQuery.of("web-1", "db-1", Protocol.ICMP, null)));
    }

    @Test
    void everySuggestedFixClearsItsBlocker() {
        int applied = 0;
        for (Case c : brokenFlows()) {
            Trace broken = new Tracer(c.model()).trace(c.query());
            assertFalse(broken.blockers().isEmpty(), "the flow is broken: " + c.query());
            for (Blocker b : broken.blockers()) {
                assertFalse(b.fixes().isEmpty(), "a fix for " + b.hop().componentId() + " " + b.hop().reason());
                for (Edit fix : b.fixes()) {
                    assertFalse(fix.description().isBlank());
                    Trace again = new Tracer(TraceAssertions.apply(c.model(), fix)).trace(c.query());
                    boolean stillThere = again.blockers().stream().anyMatch(x -> x.onReply() == b.onReply()
                            && x.hop().componentId().equals(b.hop().componentId())
                            && java.util.Objects.equals(x.hop().direction(), b.hop().direction()));
                    assertFalse(stillThere, fix.description() + " should clear " + b.hop().componentId());
                    applied++;
                }
            }
        }
        assertTrue(applied >= 10, "fixes applied: " + applied);
    }

    @Test
    void applyingAllFixesMakesTheFlowReachable() {
        for (Case c : brokenFlows()) {
            NetworkModel m = c.model();
            for (int round = 0; round < 6; round++) {
                Trace t = new Tracer(m).trace(c.query());
                if (t.reachable()) {
                    break;
                }
                m = TraceAssertions.apply(m, t.blockers().get(0).fixes().get(0));
            }
            assertTrue(new Tracer(m).trace(c.query()).reachable(), "fixed: " + c.query());
        }
    }

    @Test
    void aclFixIsNumberedBelowTheDecidingDeny() {
        TestNet net = TwoTier.base().acl("acl-db", "vpc-1", false, List.of("subnet-db"),
                "100 in deny tcp 3306 10.0.1.0/24", "99 in allow udp 53 0.0.0.0/0", "200 in allow all 0.0.0.0/0");
        Trace t = new Tracer(net.build()).trace(TraceQuery.of("web-1", "db-1", Protocol.TCP, 3306));
        String d = t.blockers().get(0).fixes().get(0).description();
        assertTrue(d.startsWith("Add inbound rule 98 allow tcp 3306 from 10.0.1.0/24"), d);
    }
}
