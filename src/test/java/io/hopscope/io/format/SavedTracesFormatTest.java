package io.hopscope.io.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.check.Problem;
import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.SavedTrace;
import io.hopscope.model.net.Protocol;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The optional "traces" list of format v1: round trip, defaults left out, strict reading. */
class SavedTracesFormatTest {

    private static Diagram sample() {
        return DiagramReader.read(Path.of("diagrams/ec2-to-rds.json")).diagram();
    }

    private static final List<SavedTrace> TRACES = List.of(
            new SavedTrace("web-1", "orders-db", Protocol.TCP, 3306, null),
            new SavedTrace("internet-host", "web-1", null, 443, 50000),
            new SavedTrace("web-1", "10.0.2.45", Protocol.ICMP, null, null));

    @Test
    void savedTracesSurviveASaveAndALoadInTheirOrder() {
        Diagram withTraces = sample().withTraces(TRACES);
        String json = DiagramWriter.toJson(withTraces);
        DiagramLoad back = DiagramReader.read(json, "traces.json");
        assertTrue(back.problems().stream().noneMatch(Problem::isError), back.problems().toString());
        assertEquals(TRACES, back.diagram().traces());
        assertEquals(withTraces, back.diagram());
        assertEquals(json, DiagramWriter.toJson(back.diagram()), "a second save changes no byte");
        assertTrue(json.contains("\"traces\": [\n    {\n      \"from\": \"web-1\",\n      \"to\": \"orders-db\",\n"
                + "      \"protocol\": \"tcp\",\n      \"port\": 3306\n    },"), json);
    }

    @Test
    void aDiagramWithoutTracesIsWrittenAsBefore() {
        String json = DiagramWriter.toJson(sample());
        assertFalse(json.contains("\"traces\""));
        assertEquals(List.of(), DiagramReader.read(json, "plain.json").diagram().traces());
    }

    @Test
    void unknownOrBadTraceFieldsAreErrorsWithTheirPaths() {
        String base = DiagramWriter.toJson(sample());
        String bad = base.substring(0, base.lastIndexOf('}')) + ", \"traces\": ["
                + "{\"from\": \"web-1\", \"to\": \"orders-db\", \"colour\": \"red\"},"
                + "{\"from\": \"web-1\", \"port\": 70000},"
                + "{\"from\": \"web-1\", \"to\": \"x\", \"protocol\": \"tcpp\"}]}";
        DiagramLoad load = DiagramReader.read(bad, "bad.json");
        assertNull(load.diagram());
        List<String> where = load.errors().stream().map(Problem::location).toList();
        assertTrue(where.contains("$.traces[0].colour"), where.toString());
        assertTrue(where.contains("$.traces[1].to"), where.toString());
        assertTrue(where.contains("$.traces[1].port"), where.toString());
        assertTrue(where.contains("$.traces[2].protocol"), where.toString());
    }
}
