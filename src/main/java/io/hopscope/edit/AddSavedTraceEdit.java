package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.SavedTrace;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a trace question with the diagram, first in its list; the same question kept before moves
 * to the front instead of appearing twice, and only the {@value #MAX_KEPT} most recent are kept.
 */
public record AddSavedTraceEdit(SavedTrace trace) implements Edit {

    public static final int MAX_KEPT = 12;

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("edit.trace.keep", trace.describe());
    }

    @Override
    public Diagram apply(Diagram diagram) {
        List<SavedTrace> kept = new ArrayList<>();
        kept.add(trace);
        for (SavedTrace t : diagram.traces()) {
            if (!t.equals(trace) && kept.size() < MAX_KEPT) {
                kept.add(t);
            }
        }
        return diagram.withTraces(kept);
    }
}
