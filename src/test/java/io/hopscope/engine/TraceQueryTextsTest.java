package io.hopscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.model.net.Protocol;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A question the model cannot answer is refused in the reader's words: the app names the form's
 * fields and writes the sentence in its language, the command line names its flags in English.
 */
class TraceQueryTextsTest {

    private static final Map<QueryField, String> KOREAN_FIELDS = Map.of(QueryField.TO, "목적지", QueryField.PORT, "포트",
            QueryField.FROM, "출발지");

    private static TraceQueryException refused(String from, String to, Protocol protocol, Integer port) {
        Diagram d = DiagramReader.read(Path.of("diagrams/ec2-to-rds.json")).diagram();
        return assertThrows(TraceQueryException.class, () -> new Tracer(d.model())
                .trace(new TraceQuery(from, to, protocol, port, null, null, null, null, null, null)));
    }

    private static boolean hangul(String s) {
        return s.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    }

    @Test
    void anUnknownEndpointReadsInKoreanWithTheFormsFieldNames() {
        TraceQueryException e = refused("web-1", "nosuch", Protocol.TCP, 3306);
        assertEquals(QueryField.TO, e.field());
        assertEquals("--to 'nosuch' names no resource id, DB identifier, Name tag, service or IP address in the model",
                e.render(f -> "--" + f.name().toLowerCase(Locale.ROOT)));
        assertEquals("to 'nosuch' names no resource id, DB identifier, Name tag, service or IP address in the model",
                e.getMessage());
        String korean = e.render(KOREAN_FIELDS::get, Locale.KOREAN);
        assertTrue(korean.startsWith("목적지 'nosuch'"), korean);
        assertTrue(hangul(korean.substring(3)), korean);
        assertFalse(korean.contains("--"), korean);
        assertEquals(e.render(f -> "To"), e.render(f -> "To", Locale.ENGLISH));
    }

    @Test
    void aMissingPortReadsInKorean() {
        TraceQueryException e = refused("web-1", "orders-db", Protocol.TCP, null);
        assertEquals(QueryField.PORT, e.field());
        assertEquals("port is required for tcp", e.getMessage());
        assertEquals("tcp에는 포트이(가) 필요합니다", e.render(KOREAN_FIELDS::get, Locale.KOREAN));
    }
}
