package io.hopscope.ui.lab;

import io.hopscope.diagram.Diagram;
import io.hopscope.edit.ReplaceDiagramEdit;
import io.hopscope.lab.AssertionCheck;
import io.hopscope.lab.LabFile;
import io.hopscope.lab.LabGrade;
import io.hopscope.lab.LabGrader;
import io.hopscope.lab.LabWriter;
import io.hopscope.lab.LocalizedText;
import io.hopscope.ui.common.DiagramDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One open lab: its goal, the live status of every assertion (graded again after every edit, off
 * the UI thread, the latest edit winning), hints revealed one at a time, the Check button's
 * verdict and, once solved, the explanation; Reset goes back to the start as one undoable edit.
 */
public final class LabPanelViewModel {

    private final LabFile lab;
    private final DiagramDocument document;
    private final ResourceBundle messages;
    private final LabGrader grader;
    private final LabProgress progress;
    private final Executor background;
    private final Executor ui;
    private final LabTexts texts;
    private final Locale locale;
    private final AtomicLong generation = new AtomicLong();
    private final ObservableList<AssertionRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> hints = FXCollections.observableArrayList();
    private final ObservableList<String> violations = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper solved = new ReadOnlyBooleanWrapper(this, "solved");
    private final ReadOnlyBooleanWrapper moreHints = new ReadOnlyBooleanWrapper(this, "moreHints");
    private final ChangeListener<Diagram> onEdit = (obs, old, now) -> regrade();
    private LabGrade latest;
    private boolean checkRequested;
    /** A grading of the diagram as it is now is still running (set and read on the UI thread). */
    private boolean pending;

    public LabPanelViewModel(LabFile lab, DiagramDocument document, ResourceBundle messages, LabGrader grader,
                             LabProgress progress, Executor background, Executor ui) {
        this.lab = lab;
        this.document = document;
        this.messages = messages;
        this.grader = grader;
        this.progress = progress;
        this.background = background;
        this.ui = ui;
        this.texts = new LabTexts(messages);
        this.locale = messages.getLocale();
        moreHints.set(!lab.lab().hints().isEmpty());
        rows.setAll(lab.lab().assertions().stream().map(a -> new AssertionRow(text(a.label()), null, "", null)).toList());
        document.diagramProperty().addListener(onEdit);
        regrade();
    }

    /** Stops following the document (the lab was closed or another diagram opened). */
    public void dispose() {
        document.diagramProperty().removeListener(onEdit);
        generation.incrementAndGet();
    }

    private void regrade() {
        pending = true;
        long mine = generation.incrementAndGet();
        LabFile attempt = lab.withDiagram(document.getDiagram());
        background.execute(() -> {
            if (generation.get() != mine) {
                return;
            }
            LabGrade grade = grader.grade(attempt);
            ui.execute(() -> {
                if (generation.get() == mine) {
                    show(grade);
                }
            });
        });
    }

    private void show(LabGrade grade) {
        pending = false;
        latest = grade;
        rows.setAll(grade.checks().stream().map(this::row).toList());
        violations.setAll(grade.violations().stream().map(texts::violation).toList());
        status.set(texts.format("lab.status", grade.passed(), grade.checks().size()));
        if (checkRequested) {
            checkRequested = false;
            announce(grade);
        } else if (solved.get() && !grade.solved()) {
            // An edit after success undoes it: the verdict shown must not go stale.
            solved.set(false);
            result.set("");
            explanation.set("");
        }
    }

    private AssertionRow row(AssertionCheck c) {
        return new AssertionRow(text(c.assertion().label()), c.holds(), texts.detail(c), c.counterexample());
    }

    /** The Check button: grades the diagram as it is now and says whether the lab is solved. */
    public void check() {
        if (pending || latest == null) {
            checkRequested = true;
        } else {
            announce(latest);
        }
    }

    private void announce(LabGrade grade) {
        if (grade.solved()) {
            solved.set(true);
            result.set(messages.getString("lab.result.solved"));
            explanation.set(text(lab.lab().explanation()));
            progress.markDone(lab.lab().id());
        } else {
            solved.set(false);
            explanation.set("");
            result.set(texts.format("lab.result.notYet", grade.failing().size(), grade.checks().size(),
                    grade.violations().size()));
        }
    }

    /** Shows the next hint; false when every hint is already shown. */
    public boolean revealHint() {
        List<LocalizedText> all = lab.lab().hints();
        if (hints.size() >= all.size()) {
            return false;
        }
        hints.add(text(all.get(hints.size())));
        moreHints.set(hints.size() < all.size());
        return true;
    }

    /** Back to the start, as one step that Undo takes back. */
    public void reset() {
        document.perform(new ReplaceDiagramEdit(messages.getString("lab.edit.reset"), lab.start()));
    }

    /** Writes the attempt (the lab, its start and the diagram as it is now) as a lab file. */
    public void saveAttempt(Path file) throws IOException {
        LabWriter.save(lab.withDiagram(document.getDiagram()), file);
    }

    public String hintButtonText() {
        int left = lab.lab().hints().size() - hints.size();
        return texts.format("lab.hint.show", left);
    }

    public String title() {
        return text(lab.lab().title());
    }

    public String goal() {
        return text(lab.lab().goal());
    }

    public String facts() {
        return texts.format("lab.facts", text(lab.lab().topic()),
                messages.getString("lab.difficulty." + lab.lab().difficulty().wireName()), lab.lab().minutes());
    }

    public LabFile lab() {
        return lab;
    }

    private String text(LocalizedText t) {
        return t.in(locale);
    }

    public ObservableList<AssertionRow> getRows() { return rows; }
    public ObservableList<String> getHints() { return hints; }
    public ObservableList<String> getViolations() { return violations; }
    public ReadOnlyStringProperty resultProperty() { return result.getReadOnlyProperty(); }
    public ReadOnlyStringProperty explanationProperty() { return explanation.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty solvedProperty() { return solved.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty moreHintsProperty() { return moreHints.getReadOnlyProperty(); }
}
