package io.hopscope.ui.inspector;

import io.hopscope.engine.RuleRef;
import io.hopscope.edit.CheckedEdit;
import io.hopscope.edit.Edit;
import io.hopscope.edit.EditRefusal;
import io.hopscope.model.NetworkModel;
import io.hopscope.ui.common.DiagramDocument;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What every rule table shares: rows rebuilt from the model after each change, and one message line
 * for the last refused change. A change is an {@link Edit} tried first against the model rules
 * ({@link DiagramDocument#check}); a refused one leaves the model as it was and says why, an
 * accepted one is performed from that same trial, not applied again.
 */
public abstract class RuleTableViewModel<R> {

    protected final DiagramDocument document;
    protected final ResourceBundle messages;
    private final ObservableList<R> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final InvalidationListener onChange = obs -> refresh();

    protected RuleTableViewModel(DiagramDocument document, ResourceBundle messages) {
        this.document = document;
        this.messages = messages;
        document.diagramProperty().addListener(onChange);
    }

    protected abstract List<R> load(NetworkModel model);

    /** The row a trace's {@link RuleRef} points at when it is one of this table's rows, or -1. */
    public abstract int rowOf(RuleRef ref);

    /** Reloads the rows from the model (after an edit, undo or redo). */
    public final void refresh() {
        rows.setAll(load(document.getDiagram().model()));
    }

    /** Stops following the document, when the panel shows another resource. */
    public void dispose() {
        document.diagramProperty().removeListener(onChange);
    }

    public ObservableList<R> getRows() {
        return rows;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }

    /** Builds and performs an edit; on a parse error or a refusal the model is unchanged and the error says why. */
    protected final boolean perform(Supplier<Edit> edit) {
        Edit e;
        try {
            e = edit.get();
        } catch (IllegalArgumentException | IllegalStateException ex) {
            error.set(EditRefusal.message(ex, messages.getLocale()));
            refresh();
            return false;
        }
        CheckedEdit checked = document.check(e);
        if (checked.isRefused()) {
            error.set(checked.refusal(messages.getLocale()).get());
            refresh();
            return false;
        }
        error.set("");
        document.perform(checked);
        return true;
    }

    protected final String text(String key) {
        return messages.getString(key);
    }
}
