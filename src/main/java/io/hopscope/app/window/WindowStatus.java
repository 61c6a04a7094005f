package io.hopscope.app.window;

import io.hopscope.check.Problem;
import io.hopscope.model.NetworkModel;
import io.hopscope.ui.common.DiagramDocument;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;

/**
 * The texts the window shows about its document: the title, the Undo/Redo item names, and the
 * status bar's last message (opened, saved, refused) and selection count. The line never contradicts the window: an open summary still on show follows the
 * Problems tab's count, and the "open a diagram" prompt goes once a diagram is there, however it came.
 */
final class WindowStatus {

    private final DiagramDocument document;
    private final ResourceBundle messages;
    private final ObservableValue<Path> file;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ReadOnlyStringWrapper selectionText = new ReadOnlyStringWrapper(this, "selectionText", "");
    private final ObservableValue<Boolean> documentOpen;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", MainWindowViewModel.APP_NAME);
    /** The open summary as last shown, refreshed while it is still on show; null when another message replaced it. */
    private String shownSummary;
    private final java.util.List<java.util.function.Consumer<String>> notices = new java.util.ArrayList<>();

    WindowStatus(DiagramDocument document, ResourceBundle messages, ObservableValue<Path> file,
                 ObservableValue<Boolean> documentOpen) {
        this.document = document;
        this.messages = messages;
        this.file = file;
        this.documentOpen = documentOpen;
        document.dirtyProperty().addListener((obs, old, now) -> updateTitle());
        document.fileProperty().addListener((obs, old, now) -> updateTitle());
        status.set(messages.getString("status.ready"));
        document.getSelection().addListener((SetChangeListener<String>) c -> updateSelectionText());
        document.getProblems().addListener((ListChangeListener<Problem>) c -> refresh());
        document.getImportNotes().addListener((ListChangeListener<Problem>) c -> refresh());
        document.diagramProperty().addListener((obs, old, now) -> refresh());
    }

    void say(String text) {
        status.set(text);
    }

    /** Says {@code text} and posts it as a notice: a result worth a glance where the eyes are (saved, recovered). */
    void notice(String text) {
        say(text);
        notices.forEach(n -> n.accept(text));
    }

    void onNotice(java.util.function.Consumer<String> listener) {
        notices.add(listener);
    }

    /** "orders.json: 2 VPCs, 4 subnets, 3 workloads", with the problem count when there are any. */
    void showOpened(Path path) {
        shownSummary = summary(path, document.getDiagram().model(), problemCount());
        status.set(shownSummary);
    }

    private void refresh() {
        String now = status.get();
        Path open = file.getValue();
        if (shownSummary != null && shownSummary.equals(now) && open != null) {
            shownSummary = summary(open, document.getDiagram().model(), problemCount());
            status.set(shownSummary);
        } else if (messages.getString("status.ready").equals(now)
                && !document.getDiagram().model().allResources().isEmpty()) {
            status.set("");
        }
    }

    /** What the Problems tab counts: the model's problems and the last import's notes. */
    private int problemCount() {
        return document.getProblems().size() + document.getImportNotes().size();
    }

    private String summary(Path path, NetworkModel model, int problems) {
        String text = MessageFormat.format(messages.getString("status.opened"), path.getFileName(),
                model.vpcs().size(), model.subnets().size(), model.workloads().size());
        return problems == 0 ? text : text + " " + MessageFormat.format(messages.getString("status.problems"), problems);
    }

    private void updateSelectionText() {
        int n = document.getSelection().size();
        selectionText.set(n == 0 ? "" : MessageFormat.format(messages.getString("status.selection"), n));
    }

    /** "Hopscope — orders.json •": the file (or Untitled) and a dot while there are unsaved changes. */
    void updateTitle() {
        Path current = document.file().orElse(null);
        String app = MainWindowViewModel.APP_NAME;
        if (current == null && !document.isDirty() && !Boolean.TRUE.equals(documentOpen.getValue())) {
            title.set(app);
            return;
        }
        String name = current == null ? messages.getString("untitled") : current.getFileName().toString();
        title.set(app + " — " + name + (document.isDirty() ? " •" : ""));
    }

    /** "Undo Move 3 shapes", or plain "Undo" when there is nothing to undo. */
    String undoMenuText() {
        String what = document.undoWords().map(t -> t.format(messages.getLocale())).orElse("");
        return what.isEmpty() ? messages.getString("menu.edit.undo")
                : MessageFormat.format(messages.getString("menu.edit.undoNamed"), what);
    }

    String redoMenuText() {
        String what = document.redoWords().map(t -> t.format(messages.getLocale())).orElse("");
        return what.isEmpty() ? messages.getString("menu.edit.redo")
                : MessageFormat.format(messages.getString("menu.edit.redoNamed"), what);
    }

    ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyStringProperty selectionTextProperty() {
        return selectionText.getReadOnlyProperty();
    }
}
