package io.hopscope.ui.problems;

import io.hopscope.check.Problem;
import io.hopscope.ui.common.DiagramDocument;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.ObservableList;

/** The problems tab's state: the document's live problem list, its title with the count, and selecting a culprit. */
public final class ProblemsViewModel {

    private final DiagramDocument document;
    private final ResourceBundle messages;
    private final StringBinding title;

    public ProblemsViewModel(DiagramDocument document, ResourceBundle messages) {
        this.document = document;
        this.messages = messages;
        ObservableList<Problem> problems = document.getProblems();
        title = Bindings.createStringBinding(() -> problems.isEmpty() ? messages.getString("problems.tab")
                : MessageFormat.format(messages.getString("problems.tab.count"), problems.size()), problems);
    }

    public ObservableList<Problem> getProblems() {
        return document.getProblems();
    }

    public StringBinding titleBinding() {
        return title;
    }

    public String severityText(Problem p) {
        return messages.getString(p.isError() ? "problems.severity.error" : "problems.severity.warning");
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
