package io.hopscope.ui.trace;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ResourceBundle;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Export of the shown trace, in the CLI's text or JSON, to the clipboard or a file. */
final class TraceExport {

    private final TraceViewModel viewModel;
    private final ResourceBundle messages;

    TraceExport(TraceViewModel viewModel, ResourceBundle messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    void copyText() {
        copy(viewModel.exportText());
    }

    void copyJson() {
        copy(viewModel.exportJson());
    }

    void saveText(Window owner) {
        save(owner, viewModel.exportText(), "trace.txt", "trace.export.filter.text", "*.txt");
    }

    void saveJson(Window owner) {
        save(owner, viewModel.exportJson(), "trace.json", "trace.export.filter.json", "*.json");
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void save(Window owner, String text, String name, String filterKey, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.getString(filterKey), pattern));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            try {
                Files.writeString(file.toPath(), text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                viewModel.reportError(e.getMessage());
            }
        }
    }
}
