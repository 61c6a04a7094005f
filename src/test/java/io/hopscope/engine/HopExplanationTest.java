package io.hopscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HopExplanationTest {

    @Test
    void explanationIsBuiltOnFirstReadAndOnlyOnce() {
        AtomicInteger built = new AtomicInteger();
        Hop h = Hop.at(ComponentKind.NETWORK_ACL, "acl-1", "a").direction(Direction.EGRESS).decided(Decision.ALLOW, null)
                .rule("100", RuleRef.aclEntry("acl-1", Direction.EGRESS, 0, 100))
                .explained(() -> "text " + built.incrementAndGet());
        assertEquals(0, built.get());
        assertEquals("text 1", h.explanation());
        assertEquals("text 1", h.explanation());
        assertEquals(1, built.get());
    }

    @Test
    void aHopWithAPendingExplanationEqualsTheSameHopWithItsText() {
        Hop lazy = Hop.at(ComponentKind.SECURITY_GROUP, "sg-1", null).direction(Direction.INGRESS)
                .decided(Decision.DENY, null).blocked("C", "no-matching-rule").explained(() -> "No rule allows it.");
        Hop eager = Hop.at(ComponentKind.SECURITY_GROUP, "sg-1", "").direction(Direction.INGRESS)
                .decided(Decision.DENY, null).blocked("C", "no-matching-rule").groups(List.of())
                .explained("No rule allows it.");
        assertEquals(eager, lazy);
        assertEquals(eager.hashCode(), lazy.hashCode());
        assertTrue(lazy.toString().contains("No rule allows it."));
    }
}
