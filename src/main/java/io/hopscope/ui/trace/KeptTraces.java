package io.hopscope.ui.trace;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.SavedTrace;
import io.hopscope.edit.AddSavedTraceEdit;
import io.hopscope.edit.RemoveSavedTraceEdit;
import io.hopscope.engine.TraceQuery;
import io.hopscope.ui.common.DiagramDocument;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The trace questions kept in the diagram (saved with the file): keeping and forgetting one is an
 * undoable edit, and the list follows the diagram through undo and redo.
 */
final class KeptTraces {

    private final DiagramDocument document;
    private final ObservableList<SavedTrace> list = FXCollections.observableArrayList();

    KeptTraces(DiagramDocument document) {
        this.document = document;
        list.setAll(document.getDiagram().traces());
    }

    void follow(Diagram now) {
        if (!list.equals(now.traces())) {
            list.setAll(now.traces());
        }
    }

    /** Keeps {@code query} (the shown trace's; nothing when none is shown). */
    void keep(TraceQuery query) {
        if (query != null) {
            document.perform(new AddSavedTraceEdit(TraceQuestion.toSaved(query)));
        }
    }

    void forget(SavedTrace kept) {
        document.perform(new RemoveSavedTraceEdit(kept));
    }

    ObservableList<SavedTrace> list() {
        return list;
    }
}
