package io.hopscope.engine;

import io.hopscope.model.NetworkModel;
import io.hopscope.testing.engine.TwoTier;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.hopscope.testing.engine.TraceAssertions.assertBlocked;
import static io.hopscope.testing.engine.TraceAssertions.trace;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reply into a NAT gateway's subnet targets the NAT's port (1024-65535), not the client's [NAT]. */
class NatReplyPortsTest {

    private static NetworkModel natWithWebNacl(String... entries) {
        return TwoTier.base()
                .nat("nat-1", "subnet-web", "10.0.1.100", "198.51.100.50")
                .routeTable("rtb-main", "vpc-1", true, List.of(), "10.0.0.0/16 -> local", "0.0.0.0/0 -> nat-1")
                .sg("sg-db", "vpc-1", List.of(), List.of("all 0.0.0.0/0"))
                .acl("acl-web", "vpc-1", false, List.of("subnet-web"), entries)
                .build();
    }

    @Test
    void replyBlockedInNatSubnetIsExplainedByTheNatsPort() {
        NetworkModel m = natWithWebNacl("100 in allow all 10.0.0.0/16", "100 out allow all 0.0.0.0/0");
        Trace t = trace(m, "db-1", "203.0.113.10", "tcp", 443);
        assertBlocked(t.reply(), "acl-web", "*");
        String text = t.reply().blockingHop().explanation();
        assertTrue(text.contains("NAT gateway's ephemeral port"), text);
        assertFalse(text.contains("client's"), text);
    }

    @Test
    void natSubnetAdmittingPartOfTheNatRangeSaysItDependsOnTheNatPort() {
        NetworkModel m = natWithWebNacl("100 in allow all 10.0.0.0/16", "110 in allow tcp 32768-65535 0.0.0.0/0",
                "100 out allow all 0.0.0.0/0");
        Trace t = trace(m, "db-1", "203.0.113.10", "tcp", 443);
        String text = t.reply().hops().get(1).explanation();
        assertTrue(text.contains("Depends on client port: of the NAT gateway's possible ephemeral ports 1024-65535 only 32768-65535"),
                text);
    }
}
