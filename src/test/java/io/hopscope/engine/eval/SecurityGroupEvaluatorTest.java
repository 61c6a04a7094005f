package io.hopscope.engine.eval;

import io.hopscope.engine.Decision;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;
import io.hopscope.engine.index.ModelIndex;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.Protocol;
import io.hopscope.testing.engine.TwoTier;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecurityGroupEvaluatorTest {

    private static Packet tcp(String src, String dst, int port) {
        return new Packet(Protocol.TCP, IpAddress.parse(src), 40000, IpAddress.parse(dst), port, null, null);
    }

    @Test
    void groupReferenceMatchesMembersPrivateIpsOnly() {
        NetworkModel m = TwoTier.base().build();
        SecurityGroupEvaluator eval = new SecurityGroupEvaluator(new ModelIndex(m));
        var db = m.networkInterface("eni-db-1");
        assertEquals(Decision.ALLOW, eval.evaluate(db, tcp("10.0.1.10", "10.0.2.45", 3306), true).decision());
        assertEquals(Decision.DENY, eval.evaluate(db, tcp("198.51.100.10", "10.0.2.45", 3306), true).decision());
        assertEquals(Decision.DENY, eval.evaluate(db, tcp("10.0.1.11", "10.0.2.45", 3306), true).decision());
    }

    @Test
    void prefixListPeerMatchesItsCidrs() {
        NetworkModel m = TwoTier.base().prefixList("pl-s3", "com.amazonaws.us-east-1.s3", "52.216.0.0/15")
                .sg("sg-db", "vpc-1", List.of(), List.of("tcp 443 pl-s3")).build();
        SecurityGroupEvaluator eval = new SecurityGroupEvaluator(new ModelIndex(m));
        var db = m.networkInterface("eni-db-1");
        Hop ok = eval.evaluate(db, tcp("10.0.2.45", "52.217.0.1", 443), false);
        assertEquals(Decision.ALLOW, ok.decision());
        assertEquals("tcp 443 to pl-s3", ok.rule());
        assertNull(eval.match(db, tcp("10.0.2.45", "52.218.0.1", 443), false));
    }

    @Test
    void deniedHopHasNoRuleAndTheRaCode() {
        NetworkModel m = TwoTier.base().build();
        Hop h = new SecurityGroupEvaluator(new ModelIndex(m))
                .evaluate(m.networkInterface("eni-web-1"), tcp("203.0.113.1", "10.0.1.10", 8080), true);
        assertEquals(Decision.DENY, h.decision());
        assertNull(h.rule());
        assertEquals("ENI_SG_RULES_MISMATCH", h.code());
        assertEquals("no-matching-rule", h.reason());
        assertTrue(h.explanation().contains("8080"));
    }

    @Test
    void trackedReplyNeverDenies() {
        NetworkModel m = TwoTier.base().build();
        Hop h = new SecurityGroupEvaluator(new ModelIndex(m))
                .tracked(m.networkInterface("eni-db-1"), tcp("10.0.2.45", "10.0.1.10", 40000), false);
        assertEquals(Decision.TRACKED, h.decision());
        assertEquals("sg-db", h.componentId());
    }
}
