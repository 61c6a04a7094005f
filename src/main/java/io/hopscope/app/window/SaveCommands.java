package io.hopscope.app.window;

import io.hopscope.app.files.DiagramFileNames;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * Save and Save As as a user can trust them: a diagram opened from a picture is never written
 * over it (Save becomes Save As with a .json name), a file changed on disk since it was read is
 * never silently overwritten (Overwrite / Save As / Reload), and a failed write is a dialog naming
 * the file and the reason with Save As at hand, while the changes stay in the window and in the
 * autosave. Each command takes what to do once the diagram is safely saved (go on quitting,
 * opening...), which never runs after Cancel or a failure.
 */
final class SaveCommands {

    static final String SAVE_FAILED_DIALOG = "save-failed-dialog";
    static final String DISK_CHANGED_DIALOG = "disk-changed-dialog";

    private final MainWindowViewModel viewModel;
    private final ResourceBundle messages;
    private final Parent root;
    private final Runnable afterReload;
    /** Picks a file to save to, starting from a suggestion; a test replaces the native chooser. */
    private Function<Path, Path> saveTarget;

    SaveCommands(MainWindowViewModel viewModel, ResourceBundle messages, Parent root, Function<Path, Path> saveTarget,
            Runnable afterReload) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = root;
        this.saveTarget = saveTarget;
        this.afterReload = afterReload;
    }

    void setSaveTarget(Function<Path, Path> chooser) {
        this.saveTarget = chooser;
    }

    /** File > Save: to the open file unless it needs a (new) name or changed on disk. */
    void save(Runnable onSaved) {
        if (viewModel.openedFile().saveNeedsName()) {
            saveAs(onSaved);
        } else if (viewModel.openedFile().changedOnDisk() && !viewModel.openedFile().goneFromDisk()) {
            // A file deleted meanwhile has nothing to lose on disk: Save simply writes it again.
            askAboutDiskChange(onSaved);
        } else {
            write(viewModel.document().file().orElseThrow(), onSaved);
        }
    }

    /** File > Save As; a picture's name (.png, .svg) is turned into a .json one, since Save writes JSON. */
    void saveAs(Runnable onSaved) {
        Path chosen = saveTarget.apply(viewModel.openedFile().suggestedSaveTarget());
        if (chosen != null) {
            write(DiagramFileNames.asJson(chosen), onSaved);
        }
    }

    private void write(Path target, Runnable onSaved) {
        Optional<String> failure = viewModel.saveAs(target);
        if (failure.isEmpty()) {
            onSaved.run();
        } else {
            showFailure(target, failure.get(), onSaved);
        }
    }

    private void showFailure(Path target, String reason, Runnable onSaved) {
        ButtonType saveAs = new ButtonType(messages.getString("files.saveFailed.saveAs"), ButtonBar.ButtonData.YES);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", saveAs, ButtonType.CANCEL);
        alert.setTitle(messages.getString("files.saveFailed.title"));
        alert.setHeaderText(MessageFormat.format(messages.getString("files.saveFailed.header"), target));
        alert.setContentText(MessageFormat.format(messages.getString("files.saveFailed.content"), reason));
        alert.getDialogPane().getStyleClass().add(SAVE_FAILED_DIALOG);
        Dialogs.wrapAt(alert, 640);
        Dialogs.show(root, alert, answer -> {
            if (answer == saveAs) {
                saveAs(onSaved);
            }
        });
    }

    private void askAboutDiskChange(Runnable onSaved) {
        Path file = viewModel.document().file().orElseThrow();
        ButtonType overwrite = new ButtonType(messages.getString("files.disk.overwrite"), ButtonBar.ButtonData.OTHER);
        ButtonType saveAs = new ButtonType(messages.getString("files.saveFailed.saveAs"), ButtonBar.ButtonData.YES);
        ButtonType reload = new ButtonType(messages.getString("files.disk.reload"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", overwrite, saveAs, reload, ButtonType.CANCEL);
        alert.setTitle(messages.getString("files.disk.title"));
        alert.setHeaderText(MessageFormat.format(messages.getString("files.disk.header"), file));
        alert.setContentText(messages.getString("files.disk.content"));
        alert.getDialogPane().getStyleClass().add(DISK_CHANGED_DIALOG);
        Dialogs.wrapAt(alert, 640);
        Dialogs.show(root, alert, answer -> {
            if (answer == overwrite) {
                write(file, onSaved);
            } else if (answer == saveAs) {
                saveAs(onSaved);
            } else if (answer == reload) {
                // Reload replaces this window's changes with the file: they are discarded by choice.
                viewModel.discardRecovery();
                viewModel.revert();
                afterReload.run();
            }
        });
    }
}
