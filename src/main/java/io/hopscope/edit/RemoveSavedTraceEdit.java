package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.SavedTrace;
import java.util.ArrayList;
import java.util.List;

/** Forgets a trace question kept with the diagram. */
public record RemoveSavedTraceEdit(SavedTrace trace) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("edit.trace.forget", trace.describe());
    }

    @Override
    public Diagram apply(Diagram diagram) {
        List<SavedTrace> kept = new ArrayList<>(diagram.traces());
        if (!kept.remove(trace)) {
            throw new IllegalStateException("the diagram does not keep trace " + trace.describe());
        }
        return diagram.withTraces(kept);
    }
}
