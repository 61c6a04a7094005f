package io.hopscope.app.window;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/**
 * File > New, Save, Save As, Revert, Quit, and the question every command that replaces or closes
 * the diagram asks first when there are unsaved changes: Save, Discard or Cancel. Saving itself
 * (a changed file on disk, a failed write) is {@link SaveCommands}.
 */
final class FileCommands {

    /** Style class of the Save / Discard / Cancel question. */
    static final String UNSAVED_DIALOG = "unsaved-changes-dialog";

    private final MainWindowViewModel viewModel;
    private final ResourceBundle messages;
    private final Parent root;
    private final SaveCommands saving;

    FileCommands(MainWindowViewModel viewModel, ResourceBundle messages, Parent root, Runnable afterReload) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = root;
        this.saving = new SaveCommands(viewModel, messages, root, this::chooseSaveFile, afterReload);
    }

    void setSaveTarget(Function<Path, Path> chooser) {
        saving.setSaveTarget(chooser);
    }

    SaveCommands saving() {
        return saving;
    }

    void newDiagram() {
        whenChangesAreSafe(viewModel::newDiagram);
    }

    /** Saves to the open file, or asks for one. True when the diagram was saved without a question. */
    boolean save() {
        boolean[] saved = {false};
        saving.save(() -> saved[0] = true);
        return saved[0];
    }

    void saveAs() {
        saving.saveAs(() -> { });
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
        alert.setContentText(messages.getString("files.unsaved.content"));
        alert.getDialogPane().getStyleClass().add(UNSAVED_DIALOG);
        Dialogs.show(root, alert, answer -> {
            if (answer == saveButton) {
                saving.save(next);
            } else if (answer == discardButton) {
                viewModel.discardRecovery();
                next.run();
            }
        });
    }

    /**
     * Closes {@code stage} as Quit and the window's close button do: asks first when there are
     * unsaved changes, then runs {@code afterClosed}; Cancel (or a failed save) keeps it open.
     */
    void requestClose(Stage stage, Runnable afterClosed) {
        whenChangesAreSafe(() -> {
            stage.hide();
            afterClosed.run();
        });
    }

    /** The window's close button asks first, as File > Quit does. */
    void installCloseGuard(Stage stage) {
        stage.setOnCloseRequest(e -> {
            if (viewModel.hasUnsavedChanges()) {
                e.consume();
                requestClose(stage, () -> { });
            }
        });
    }

    private Path chooseSaveFile(Path suggested) {
        return Choosers.chooseSave(messages, root.getScene().getWindow(), suggested, viewModel.lastFolder());
    }
}
