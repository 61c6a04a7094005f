package io.hopscope.app.window;

import io.hopscope.app.files.Autosave;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * At start-up: one question per recovery file left by a session that ended without saving or
 * discarding its changes. The answers say exactly what happens: open the recovered diagram (here
 * if this window is blank, else in a new window, so the file named on the command line stays as
 * it is), keep it for the next start, or delete it. Nothing is deleted without the user's word.
 */
final class RecoveryPrompt {

    private final MainWindowViewModel viewModel;
    private final ResourceBundle messages;
    private final Parent root;
    private final Consumer<Autosave.Recovery> openInNewWindow;
    private final Runnable afterRecovery;

    RecoveryPrompt(MainWindowViewModel viewModel, ResourceBundle messages, Parent root,
            Consumer<Autosave.Recovery> openInNewWindow, Runnable afterRecovery) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = root;
        this.openInNewWindow = openInNewWindow;
        this.afterRecovery = afterRecovery;
    }

    void offer(List<Autosave.Recovery> recoveries) {
        if (recoveries.isEmpty()) {
            return;
        }
        Autosave.Recovery recovery = recoveries.get(0);
        boolean here = viewModel.isBlank();
        if (!here && openInNewWindow == null) {
            // Nowhere to open it without replacing this diagram: it waits for the next start.
            offer(recoveries.subList(1, recoveries.size()));
            return;
        }
        ButtonType open = new ButtonType(messages.getString(here ? "files.recover.open" : "files.recover.openNewWindow"),
                ButtonBar.ButtonData.YES);
        ButtonType keep = new ButtonType(messages.getString("files.recover.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType delete = new ButtonType(messages.getString("files.recover.delete"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", open, keep, delete);
        alert.setTitle(messages.getString("recover.title"));
        String name = recovery.source() == null ? messages.getString("untitled") : recovery.source().toString();
        alert.setHeaderText(MessageFormat.format(messages.getString("files.recover.header"), name));
        String shown = viewModel.document().file().map(p -> p.getFileName().toString())
                .orElse(messages.getString("untitled"));
        alert.setContentText(here ? messages.getString("files.recover.content")
                : MessageFormat.format(messages.getString("files.recover.contentNewWindow"), shown));
        alert.getDialogPane().getStyleClass().add(MainWindowView.RECOVERY_DIALOG);
        Dialogs.wrapAt(alert, 640);
        Dialogs.show(root, alert, answer -> {
            if (answer == open && here) {
                viewModel.recover(recovery);
                afterRecovery.run();
            } else if (answer == open) {
                openInNewWindow.accept(recovery);
            } else if (answer == delete) {
                viewModel.autosave().ifPresent(a -> a.discard(recovery));
            }
            offer(recoveries.subList(1, recoveries.size()));
        });
    }
}
