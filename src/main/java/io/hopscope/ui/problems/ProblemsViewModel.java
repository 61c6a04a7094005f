package io.hopscope.ui.problems;

import io.hopscope.check.Problem;
import io.hopscope.ui.common.DiagramDocument;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The problems tab's state: the document's live model problems, the notes of the last AWS import,
 * then the rows of every {@link ProblemFeed} other features add; the title with the count; and what
 * opening a row does (select the culprit, then reveal its rule or run the feed's action).
 */
public final class ProblemsViewModel {

    private final DiagramDocument document;
    private final ResourceBundle messages;
    private final ObservableList<Problem> all = FXCollections.observableArrayList();
    private final ObservableList<Problem> allView = FXCollections.unmodifiableObservableList(all);
    private final List<ProblemFeed> feeds = new ArrayList<>();
    private final ListChangeListener<Problem> rebuild = c -> rebuild();
    private final StringBinding title;

    public ProblemsViewModel(DiagramDocument document, ResourceBundle messages) {
        this.document = document;
        this.messages = messages;
        document.getProblems().addListener(rebuild);
        document.getImportNotes().addListener(rebuild);
        rebuild();
        title = Bindings.createStringBinding(() -> all.isEmpty() ? messages.getString("problems.tab")
                : MessageFormat.format(messages.getString("problems.tab.count"), all.size()), all);
    }

    /** Shows {@code feed}'s rows after the model's, live, until the window closes. */
    public void addFeed(ProblemFeed feed) {
        feeds.add(feed);
        feed.problems().addListener(rebuild);
        rebuild();
    }

    private void rebuild() {
        List<Problem> combined = new ArrayList<>(document.getProblems());
        combined.addAll(document.getImportNotes());
        feeds.forEach(f -> combined.addAll(f.problems()));
        all.setAll(combined);
    }

    /** Model problems first, then import notes, then feeds' rows; live. */
    public ObservableList<Problem> getProblems() {
        return allView;
    }

    public StringBinding titleBinding() {
        return title;
    }

    /** The row's message in the UI's language (a model rule's finding has a key; other notes are English). */
    public String messageText(Problem p) {
        return p.message(messages.getLocale());
    }

    public String severityText(Problem p) {
        return messages.getString(p.isError() ? "problems.severity.error" : "problems.severity.warning");
    }

    /** Whether {@code p} came from the last import rather than from checking the model (by identity). */
    public boolean isImportNote(Problem p) {
        return document.getImportNotes().stream().anyMatch(n -> n == p);
    }

    /** The feed {@code p} came from (by identity), if another feature added it. */
    public Optional<ProblemFeed> feedOf(Problem p) {
        return feeds.stream().filter(f -> f.problems().stream().anyMatch(n -> n == p)).findFirst();
    }

    /** "Model", "Import" or the feed's own text: where the row comes from. */
    public String sourceText(Problem p) {
        return feedOf(p).map(ProblemFeed::sourceText).orElseGet(() ->
                messages.getString(isImportNote(p) ? "problems.source.import" : "problems.source.model"));
    }

    /** The label of the row's own action (a feed's), if it has one. */
    public Optional<String> actionText(Problem p) {
        return feedOf(p).map(ProblemFeed::actionText);
    }

    /**
     * Opens a row as double-click does: selects the culprit, then runs the feed's action, or asks
     * {@code reveal} to open the rule. An import note's JSON path points into the AWS files, not at a
     * rule of the model: it only selects.
     */
    public void open(Problem p, Consumer<Problem> reveal) {
        Optional<ProblemFeed> feed = feedOf(p);
        boolean selected = selectCulprit(p);
        if (feed.isPresent()) {
            feed.get().action().accept(p);
        } else if (selected && !isImportNote(p)) {
            reveal.accept(p);
        }
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
