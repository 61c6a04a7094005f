package io.hopscope.io.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hopscope.engine.Trace;
import io.hopscope.model.NetworkModel;
import io.hopscope.testing.engine.TraceAssertions;
import io.hopscope.testing.engine.TwoTier;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TraceWritersTest {

    private static Trace multiGroupDenied() {
        NetworkModel m = TwoTier.base()
                .sg("sg-ssh", "vpc-1", java.util.List.of("tcp 22 10.0.0.0/16"), java.util.List.of())
                .sg("sg-mysql", "vpc-1", java.util.List.of("tcp 3306 10.0.0.0/16"), java.util.List.of())
                .instance("db-3", "subnet-db", "10.0.2.60", null, "sg-ssh", "sg-mysql").build();
        return TraceAssertions.trace(m, "web-1", "db-3", "tcp", 5432);
    }

    @Test
    void jsonNamesTheEniAndListsItsGroupsWhenSeveralDecide() throws Exception {
        JsonNode root = new ObjectMapper().readTree(TraceJsonWriter.write(multiGroupDenied()));
        assertEquals("DENY", root.at("/forward/verdict").asText());
        assertEquals("eni-db-3", root.at("/forward/blockedAt").asText());
        JsonNode last = root.at("/forward/hops/4");
        assertEquals("network-interface", last.get("type").asText());
        assertEquals("sg-ssh", last.at("/groups/0").asText());
        assertEquals("sg-mysql", last.at("/groups/1").asText());
        assertTrue(last.get("rule").isNull());
        assertEquals("ENI_SG_RULES_MISMATCH", last.get("code").asText());
        assertTrue(root.get("return").isNull());
        assertFalse(root.at("/forward/hops/0").has("groups"));
        assertTrue(root.at("/blockers/0/fixes/0").asText().startsWith("Add inbound rule"));
    }

    @Test
    void textMarksTheBlockingHopAndExplainsIt() {
        String text = TraceTextWriter.write(multiGroupDenied());
        assertTrue(text.contains("Request: DENY (blocked at eni-db-3)"), text);
        assertTrue(text.contains("\u2717 DENY      network-interface eni-db-3"), text);
        assertTrue(text.contains("groups sg-ssh,sg-mysql"), text);
        assertTrue(text.contains("Reply:   not sent"), text);
        assertTrue(text.contains("fix: Add inbound rule"), text);
    }
}
