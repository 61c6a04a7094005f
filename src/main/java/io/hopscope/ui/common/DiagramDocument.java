package io.hopscope.ui.common;

import io.hopscope.check.ModelValidator;
import io.hopscope.check.Problem;
import io.hopscope.diagram.Diagram;
import io.hopscope.edit.CheckedEdit;
import io.hopscope.edit.Edit;
import io.hopscope.edit.EditHistory;
import io.hopscope.model.NetworkModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The open diagram as every view sees it: the current value, its file, the selection, undo/redo
 * and the model's problems. All changes go through {@link #perform(Edit)} (or a previewed
 * {@link #perform(CheckedEdit)}) so the canvas, the
 * property tables and the trace explorer's "Apply fix" share one history and one dirty mark.
 * Uses JavaFX properties but no scene classes, so it is tested without a toolkit.
 */
public final class DiagramDocument {

    private final EditHistory history;
    /** The model rules; a test counts its calls to prove an inspector edit is validated once. */
    private final Function<NetworkModel, List<Problem>> validator;
    private final ReadOnlyObjectWrapper<Diagram> diagram;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final javafx.beans.property.ReadOnlyIntegerWrapper replacements = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "replacements");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "");
    private final ObservableSet<String> selection = FXCollections.observableSet();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private NetworkModel validatedModel;
    /** The problems a committed preview already found for the diagram {@link #refresh()} shows next. */
    private CheckedEdit checkedNext;
    private final ObservableList<Problem> importNotes = FXCollections.observableArrayList();
    private final ObservableList<Problem> importNotesView = FXCollections.unmodifiableObservableList(importNotes);

    public DiagramDocument(Diagram initial) {
        this(initial, ModelValidator::validate);
    }

    /** A document whose model problems come from {@code validator} (tests count its calls). */
    public DiagramDocument(Diagram initial, Function<NetworkModel, List<Problem>> validator) {
        this.validator = validator;
        history = new EditHistory(initial);
        diagram = new ReadOnlyObjectWrapper<>(this, "diagram", initial);
        refresh();
    }

    public static DiagramDocument empty() {
        return new DiagramDocument(Diagram.EMPTY);
    }

    /** Applies an edit as one undoable step; a failing edit changes nothing and rethrows. */
    public void perform(Edit edit) {
        history.perform(edit);
        refresh();
    }

    /**
     * Tries {@code edit} on the current diagram without performing it: the diagram it would make,
     * its problems and the reason to refuse it. {@link #perform(CheckedEdit)} reuses the result.
     */
    public CheckedEdit check(Edit edit) {
        return CheckedEdit.tryOn(history.current(), problems, edit, validator);
    }

    /**
     * Performs an edit checked by {@link #check}: the diagram and problems found then are taken as
     * they are, so the edit is neither applied nor validated again. An edit checked on an earlier
     * diagram (something changed in between) is checked again first; a refused one changes nothing
     * and throws.
     */
    public void perform(CheckedEdit checked) {
        CheckedEdit current = checked.before() == history.current() ? checked : check(checked.edit());
        if (current.isRefused()) {
            throw new io.hopscope.edit.EditRefusal(current.refusalText());
        }
        history.perform(current);
        checkedNext = current;
        refresh();
    }

    public void undo() {
        if (history.canUndo()) {
            history.undo();
            refresh();
        }
    }

    public void redo() {
        if (history.canRedo()) {
            history.redo();
            refresh();
        }
    }

    /** Replaces the whole document (open, new, revert): no undo across it, clean. */
    public void replace(Diagram newDiagram, Path newFile) {
        replace(newDiagram, newFile, null);
    }

    /**
     * As {@link #replace(Diagram, Path)}, with the model's problems already found (on a worker
     * thread, for a big file); null finds them here.
     */
    public void replace(Diagram newDiagram, Path newFile, List<Problem> modelProblems) {
        if (modelProblems != null) {
            validatedModel = newDiagram.model();
            problems.setAll(modelProblems);
        }
        history.reset(newDiagram);
        // Before the new diagram shows: what belongs to the old one (a trace question) is dropped first.
        replacements.set(replacements.get() + 1);
        file.set(newFile);
        selection.clear();
        // Notes of an earlier import describe files that no longer stand behind the diagram.
        importNotes.clear();
        refresh();
    }

    /** Records a successful save of the current diagram to {@code savedTo}. */
    public void markSaved(Path savedTo) {
        history.markSaved();
        file.set(savedTo);
        refresh();
    }

    private void refresh() {
        Diagram current = history.current();
        diagram.set(current);
        dirty.set(history.isDirty());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoText.set(history.undoDescription().orElse(""));
        redoText.set(history.redoDescription().orElse(""));
        // Selected ids that no longer exist (deleted, undone creation) drop out of the selection.
        selection.removeIf(id -> current.model().find(id).isEmpty() && current.layout().shape(id) == null);
        // Problems depend on the model only: a move or resize (a layout-only edit) keeps the same
        // model value, so a big diagram is not re-validated on every arrow key.
        if (current.model() != validatedModel) {
            validatedModel = current.model();
            List<Problem> found = checkedNext != null && checkedNext.after().model() == validatedModel
                    ? checkedNext.problems() : validator.apply(validatedModel);
            problems.setAll(found);
        }
        checkedNext = null;
    }

    public Diagram getDiagram() {
        return diagram.get();
    }

    public ReadOnlyObjectProperty<Diagram> diagramProperty() {
        return diagram.getReadOnlyProperty();
    }

    /** Counts {@link #replace} calls: another diagram, unlike an edit, undo or save of this one. */
    public javafx.beans.property.ReadOnlyIntegerProperty replacementsProperty() {
        return replacements.getReadOnlyProperty();
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file.get());
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Move 3 shapes" — the Edit menu shows "Undo Move 3 shapes". */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** The undo text as a key and arguments, for the menu in the UI's language; changes with {@link #undoTextProperty()}. */
    public Optional<io.hopscope.text.Text> undoWords() {
        return history.undoText();
    }

    public Optional<io.hopscope.text.Text> redoWords() {
        return history.redoText();
    }

    /** Selected resource (or note) ids. */
    public ObservableSet<String> getSelection() {
        return selection;
    }

    /** The model's problems (errors and warnings), recomputed after every change. */
    public ObservableList<Problem> getProblems() {
        return problems;
    }

    /**
     * What the last AWS import or re-import skipped or could not resolve, located as
     * "file: JSON path". Set by the importer, cleared by open/new/close; not part of undo, because
     * it describes the files read rather than the diagram.
     */
    public ObservableList<Problem> getImportNotes() {
        return importNotesView;
    }

    public void setImportNotes(List<Problem> notes) {
        importNotes.setAll(notes);
    }
}
