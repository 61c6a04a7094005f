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
        Hop h = new Hop("acl-1", "network-acl", "a", "egress", Decision.ALLOW, "100", null, null, null, List.of(),
                () -> "text " + built.incrementAndGet());
        assertEquals(0, built.get());
        assertEquals("text 1", h.explanation());
        assertEquals("text 1", h.explanation());
        assertEquals(1, built.get());
    }

    @Test
    void aHopWithAPendingExplanationEqualsTheSameHopWithItsText() {
        Hop lazy = new Hop("sg-1", "security-group", null, "ingress", Decision.DENY, null, null, "C", "no-matching-rule",
                null, () -> "No rule allows it.");
        Hop eager = new Hop("sg-1", "security-group", "", "ingress", Decision.DENY, null, null, "C", "no-matching-rule",
                List.of(), "No rule allows it.");
        assertEquals(eager, lazy);
        assertEquals(eager.hashCode(), lazy.hashCode());
        assertTrue(lazy.toString().contains("No rule allows it."));
    }
}
