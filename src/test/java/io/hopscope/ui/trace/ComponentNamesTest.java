package io.hopscope.ui.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Decision;
import io.hopscope.engine.Direction;
import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.model.net.Protocol;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The trace table names components, directions and decisions in the UI's language, never by wire name. */
class ComponentNamesTest {

    private static final ResourceBundle EN = ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    private static final ResourceBundle KO = ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.KOREAN);

    private static boolean hangul(String s) {
        return s.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    }

    @Test
    void everyComponentKindHasAReadableNameInBothLanguages() {
        for (ComponentKind kind : ComponentKind.values()) {
            assertTrue(EN.containsKey("component." + kind.wireName()), kind.wireName());
            assertTrue(KO.containsKey("component." + kind.wireName()), kind.wireName());
            assertNotEquals(kind.wireName(), ComponentNames.of(kind, EN), "readable, not the wire name");
        }
        assertEquals("보안 그룹", ComponentNames.of(ComponentKind.SECURITY_GROUP, KO));
        assertEquals("네트워크 ACL", ComponentNames.of(ComponentKind.NETWORK_ACL, KO));
        assertEquals("라우팅 테이블", ComponentNames.of(ComponentKind.ROUTE_TABLE, KO));
        assertEquals("전송 게이트웨이 연결", ComponentNames.of(ComponentKind.TRANSIT_GATEWAY_ATTACHMENT, KO));
        for (Direction d : Direction.values()) {
            assertTrue(hangul(ComponentNames.of(d, KO)), d.name());
        }
        for (Decision d : Decision.values()) {
            assertTrue(hangul(ComponentNames.of(d, KO)), d.name());
        }
    }

    @Test
    void aKoreanTraceTableHasNoWireNames() {
        Diagram d = DiagramReader.read(Path.of("diagrams/ec2-to-rds-broken-return.json")).diagram();
        Trace t = new Tracer(d.model()).trace(new TraceQuery("web-1", "orders-db", Protocol.TCP, 3306,
                null, null, null, null, null, null));
        for (HopRow row : HopRow.rowsOf(t)) {
            String component = row.component(KO);
            assertFalse(component.startsWith(row.hop().kind().wireName() + " "), component);
            assertTrue(hangul(component) || component.startsWith("VPC "), component);
            assertTrue(hangul(row.decision(KO)), row.decision(KO));
        }
    }
}
