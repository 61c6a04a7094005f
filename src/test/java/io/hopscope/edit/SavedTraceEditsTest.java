package io.hopscope.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.SavedTrace;
import io.hopscope.model.net.Protocol;
import java.util.List;
import org.junit.jupiter.api.Test;

class SavedTraceEditsTest {

    private static SavedTrace mysql(int port) {
        return new SavedTrace("web-1", "orders-db", Protocol.TCP, port, null);
    }

    @Test
    void keptTracesAreMostRecentFirstWithoutDuplicatesAndCapped() {
        Diagram d = Diagram.EMPTY;
        for (int p = 1; p <= AddSavedTraceEdit.MAX_KEPT + 3; p++) {
            d = new AddSavedTraceEdit(mysql(p)).apply(d);
        }
        assertEquals(AddSavedTraceEdit.MAX_KEPT, d.traces().size());
        assertEquals(mysql(AddSavedTraceEdit.MAX_KEPT + 3), d.traces().get(0));

        d = new AddSavedTraceEdit(mysql(10)).apply(d);
        assertEquals(mysql(10), d.traces().get(0), "keeping it again moves it to the front");
        assertEquals(AddSavedTraceEdit.MAX_KEPT, d.traces().size());
        assertEquals(1, d.traces().stream().filter(mysql(10)::equals).count());
    }

    @Test
    void forgettingRemovesOnlyThatTraceAndAnUnknownOneFails() {
        Diagram d = Diagram.EMPTY.withTraces(List.of(mysql(1), mysql(2)));
        assertEquals(List.of(mysql(2)), new RemoveSavedTraceEdit(mysql(1)).apply(d).traces());
        assertThrows(IllegalStateException.class, () -> new RemoveSavedTraceEdit(mysql(3)).apply(d));
        assertEquals("Keep trace web-1 -> orders-db tcp/3306", new AddSavedTraceEdit(mysql(3306)).description());
    }
}
