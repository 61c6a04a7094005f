package io.hopscope.ui.problems;

import io.hopscope.check.Problem;
import io.hopscope.ui.common.DiagramDocument;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The problems tab's state: the document's live model problems followed by the notes of the last
 * AWS import, its title with the count, and selecting a culprit.
 */
public final class ProblemsViewModel {

    private final DiagramDocument document;
    private final ResourceBundle messages;
    private final ObservableList<Problem> all = FXCollections.observableArrayList();
    private final ObservableList<Problem> allView = FXCollections.unmodifiableObservableList(all);
    private final StringBinding title;

    public ProblemsViewModel(DiagramDocument document, ResourceBundle messages) {
        this.document = document;
        this.messages = messages;
        ListChangeListener<Problem> rebuild = c -> rebuild();
        document.getProblems().addListener(rebuild);
        document.getImportNotes().addListener(rebuild);
        rebuild();
        title = Bindings.createStringBinding(() -> all.isEmpty() ? messages.getString("problems.tab")
                : MessageFormat.format(messages.getString("problems.tab.count"), all.size()), all);
    }

    private void rebuild() {
        List<Problem> combined = new ArrayList<>(document.getProblems());
        combined.addAll(document.getImportNotes());
        all.setAll(combined);
    }

    /** Model problems first, then import notes; live. */
    public ObservableList<Problem> getProblems() {
        return allView;
    }

    public StringBinding titleBinding() {
        return title;
    }

    public String severityText(Problem p) {
        return messages.getString(p.isError() ? "problems.severity.error" : "problems.severity.warning");
    }

    /** Whether {@code p} came from the last import rather than from checking the model (by identity). */
    public boolean isImportNote(Problem p) {
        return document.getImportNotes().stream().anyMatch(n -> n == p);
    }

    /** "Model" or "Import": where the row comes from. */
    public String sourceText(Problem p) {
        return messages.getString(isImportNote(p) ? "problems.source.import" : "problems.source.model");
    }

    /** Makes the problem's culprit the selection; false when the problem names no resource. */
    public boolean selectCulprit(Problem p) {
        if (p.resourceId() == null || document.getDiagram().model().find(p.resourceId()).isEmpty()) {
            return false;
        }
        document.getSelection().clear();
        document.getSelection().add(p.resourceId());
        return true;
    }
}
