package io.hopscope.ui.main;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** At start-up: one Recover / Discard question per recovery file left by a session that crashed. */
final class RecoveryPrompt {

    private final MainWindowViewModel viewModel;
    private final ResourceBundle messages;
    private final Parent root;
    private final Runnable afterRecovery;

    RecoveryPrompt(MainWindowViewModel viewModel, ResourceBundle messages, Parent root, Runnable afterRecovery) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = root;
        this.afterRecovery = afterRecovery;
    }

    void offer(List<Autosave.Recovery> recoveries) {
        if (recoveries.isEmpty()) {
            return;
        }
        Autosave.Recovery recovery = recoveries.get(0);
        ButtonType recover = new ButtonType(messages.getString("recover.recover"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.getString("recover.discard"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.getString("recover.content"), recover, discard);
        alert.setTitle(messages.getString("recover.title"));
        String name = recovery.source() == null ? messages.getString("untitled") : recovery.source().toString();
        alert.setHeaderText(MessageFormat.format(messages.getString("recover.header"), name));
        alert.getDialogPane().getStyleClass().add(MainWindowView.RECOVERY_DIALOG);
        Dialogs.show(root, alert, answer -> {
            if (answer == recover) {
                viewModel.recover(recovery);
                afterRecovery.run();
            } else {
                viewModel.autosave().ifPresent(a -> a.discard(recovery));
                offer(recoveries.subList(1, recoveries.size()));
            }
        });
    }
}
