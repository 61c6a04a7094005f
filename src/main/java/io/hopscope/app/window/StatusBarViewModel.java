package io.hopscope.app.window;

import io.hopscope.engine.Trace;
import io.hopscope.ui.common.DiagramDocument;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The right-hand texts of the status bar: the open file with its saved or edited state, and the
 * verdict of the trace on show in a word ("Trace: reachable"). The message and the selection count
 * come from {@link WindowStatus}.
 */
final class StatusBarViewModel {

    private final DiagramDocument document;
    private final ResourceBundle messages;
    private final ObservableValue<Boolean> documentOpen;
    private final ReadOnlyStringWrapper fileText = new ReadOnlyStringWrapper(this, "fileText", "");
    private final ReadOnlyStringWrapper verdictText = new ReadOnlyStringWrapper(this, "verdictText", "");

    StatusBarViewModel(DiagramDocument document, ResourceBundle messages, ObservableValue<Boolean> documentOpen,
                       ObservableValue<Trace> shownTrace) {
        this.document = document;
        this.messages = messages;
        this.documentOpen = documentOpen;
        document.dirtyProperty().addListener((obs, old, now) -> updateFile());
        document.fileProperty().addListener((obs, old, now) -> updateFile());
        documentOpen.addListener((obs, old, now) -> updateFile());
        shownTrace.addListener((obs, old, now) -> verdictText.set(now == null ? ""
                : messages.getString("status.trace." + now.verdict().name())));
        updateFile();
    }

    /** "orders.json", "orders.json (edited)", "Untitled (edited)"; empty while the window shows nothing. */
    private void updateFile() {
        Path file = document.file().orElse(null);
        if (file == null && !document.isDirty() && !Boolean.TRUE.equals(documentOpen.getValue())) {
            fileText.set("");
            return;
        }
        String name = file == null ? messages.getString("untitled") : file.getFileName().toString();
        fileText.set(MessageFormat.format(messages.getString(document.isDirty() ? "status.file.edited" : "status.file.saved"), name));
    }

    ReadOnlyStringProperty fileTextProperty() {
        return fileText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty verdictTextProperty() {
        return verdictText.getReadOnlyProperty();
    }
}
