package io.hopscope.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * File > New, Save, Save As, Revert, and the question every one of them (and closing the window)
 * asks first when there are unsaved changes: Save, Discard or Cancel.
 */
final class FileCommands {

    /** Style class of the Save / Discard / Cancel question. */
    static final String UNSAVED_DIALOG = "unsaved-changes-dialog";

    private final MainWindowViewModel viewModel;
    private final ResourceBundle messages;
    private final Parent root;
    /** Picks a file to save to; a test replaces the native chooser, which Monocle cannot show. */
    private Function<Path, Path> saveTarget;

    FileCommands(MainWindowViewModel viewModel, ResourceBundle messages, Parent root) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = root;
        this.saveTarget = this::chooseSaveFile;
    }

    void setSaveTarget(Function<Path, Path> chooser) {
        this.saveTarget = chooser;
    }

    void newDiagram() {
        whenChangesAreSafe(viewModel::newDiagram);
    }

    /** Saves to the open file, or asks for one. True when the diagram was saved. */
    boolean save() {
        if (viewModel.getFile() == null && viewModel.document().file().isEmpty()) {
            return saveAs();
        }
        return viewModel.save().isEmpty();
    }

    boolean saveAs() {
        Path chosen = saveTarget.apply(viewModel.document().file().orElse(null));
        return chosen != null && viewModel.saveAs(chosen).isEmpty();
    }

    void revert() {
        if (viewModel.document().file().isEmpty()) {
            return;
        }
        whenChangesAreSafe(viewModel::revert);
    }

    /**
     * Runs {@code next} now when nothing is unsaved; otherwise asks Save / Discard / Cancel and runs
     * it after a successful save or a discard, never after Cancel or a failed save.
     */
    void whenChangesAreSafe(Runnable next) {
        if (!viewModel.hasUnsavedChanges()) {
            next.run();
            return;
        }
        ButtonType saveButton = new ButtonType(messages.getString("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discardButton = new ButtonType(messages.getString("unsaved.discard"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", saveButton, discardButton, ButtonType.CANCEL);
        alert.setTitle(messages.getString("unsaved.title"));
        String name = viewModel.document().file().map(p -> p.getFileName().toString())
                .orElse(messages.getString("untitled"));
        alert.setHeaderText(MessageFormat.format(messages.getString("unsaved.header"), name));
        alert.getDialogPane().getStyleClass().add(UNSAVED_DIALOG);
        Dialogs.show(root, alert, answer -> {
            if (answer == saveButton && save()) {
                next.run();
            } else if (answer == discardButton) {
                viewModel.discardRecovery();
                next.run();
            }
        });
    }

    /** Closing the window asks first; a clean close leaves no recovery file behind. */
    void installCloseGuard(Stage stage) {
        stage.setOnCloseRequest(e -> {
            if (viewModel.hasUnsavedChanges()) {
                e.consume();
                whenChangesAreSafe(() -> {
                    viewModel.discardRecovery();
                    stage.hide();
                });
            } else {
                viewModel.discardRecovery();
            }
        });
    }

    private Path chooseSaveFile(Path current) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString("menu.file.saveAs"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.getString("open.filter.diagrams"), "*.json"));
        Path folder = current != null ? current.getParent() : viewModel.lastFolder();
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        if (current != null) {
            chooser.setInitialFileName(current.getFileName().toString());
        }
        File chosen = chooser.showSaveDialog(root.getScene().getWindow());
        return chosen == null ? null : chosen.toPath();
    }
}
