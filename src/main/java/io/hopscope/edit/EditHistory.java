package io.hopscope.edit;

import io.hopscope.diagram.Diagram;
import io.hopscope.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Unlimited undo/redo over immutable diagrams. Each step keeps the diagram before and after its
 * edit, so undo is exact whatever the edit did. The document is dirty when the step on top of the
 * undo stack is not the one that was saved (Scene Builder's rule), never by counting edits: edit,
 * save, undo, edit is dirty, and undoing back to the saved step is clean again.
 */
public final class EditHistory {

    private record Step(Edit edit, Diagram before, Diagram after) {
    }

    private final List<Step> done = new ArrayList<>();
    private final List<Step> undone = new ArrayList<>();
    private Diagram current;
    private Step savedTop;
    private boolean savedAtStart = true;

    public EditHistory(Diagram initial) {
        this.current = initial;
    }

    public Diagram current() {
        return current;
    }

    /** Applies the edit, records it, and forgets the redo stack; returns the new diagram. */
    public Diagram perform(Edit edit) {
        Diagram before = current;
        Diagram after = edit.apply(before);
        done.add(new Step(edit, before, after));
        undone.clear();
        current = after;
        return current;
    }

    /**
     * Records an edit already applied to the current diagram (a preview the user then committed),
     * without applying it again.
     */
    public Diagram perform(CheckedEdit checked) {
        if (checked.isRefused()) {
            throw new IllegalStateException(checked.refusal().get());
        }
        if (checked.before() != current) {
            throw new IllegalStateException("the edit was checked on another diagram than the current one");
        }
        done.add(new Step(checked.edit(), checked.before(), checked.after()));
        undone.clear();
        current = checked.after();
        return current;
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    public Optional<String> undoDescription() {
        return done.isEmpty() ? Optional.empty() : Optional.of(describe(done.get(done.size() - 1)));
    }

    public Optional<String> redoDescription() {
        return undone.isEmpty() ? Optional.empty() : Optional.of(describe(undone.get(undone.size() - 1)));
    }

    /** The undo step's description as a text, ids replaced by names, for a reader in another language. */
    public Optional<Text> undoText() {
        return done.isEmpty() ? Optional.empty() : Optional.of(text(done.get(done.size() - 1)));
    }

    public Optional<Text> redoText() {
        return undone.isEmpty() ? Optional.empty() : Optional.of(text(undone.get(undone.size() - 1)));
    }

    private static Text text(Step s) {
        return EditNames.named(s.edit().text(), s.before(), s.after());
    }

    /** What the Edit menu says: the edit's description with resource ids replaced by their names. */
    private static String describe(Step s) {
        return EditNames.named(s.edit().description(), s.before(), s.after());
    }

    public Diagram undo() {
        if (done.isEmpty()) {
            throw new IllegalStateException("nothing to undo");
        }
        Step s = done.remove(done.size() - 1);
        undone.add(s);
        current = s.before();
        return current;
    }

    public Diagram redo() {
        if (undone.isEmpty()) {
            throw new IllegalStateException("nothing to redo");
        }
        Step s = undone.remove(undone.size() - 1);
        done.add(s);
        current = s.after();
        return current;
    }

    /** Records that the current diagram was written to its file. */
    public void markSaved() {
        savedTop = done.isEmpty() ? null : done.get(done.size() - 1);
        savedAtStart = done.isEmpty();
    }

    public boolean isDirty() {
        if (done.isEmpty()) {
            return !savedAtStart;
        }
        return savedAtStart || done.get(done.size() - 1) != savedTop;
    }

    /** Starts over on a newly opened diagram: no undo, clean. */
    public void reset(Diagram diagram) {
        done.clear();
        undone.clear();
        current = diagram;
        savedTop = null;
        savedAtStart = true;
    }
}
