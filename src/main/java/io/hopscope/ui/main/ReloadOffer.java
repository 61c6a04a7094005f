package io.hopscope.ui.main;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * When the window gets the focus back (or, while it has it, at the next two-second check) and its
 * file changed on disk meanwhile (an editor, a script, a git checkout), a diagram without unsaved changes is offered a reload. A diagram with
 * unsaved changes is left alone: Save asks before overwriting (see {@link SaveCommands}).
 * Keeping this window's version stops the question until the file changes again.
 */
final class ReloadOffer {

    static final String RELOAD_DIALOG = "reload-offer-dialog";

    private final MainWindowViewModel viewModel;
    private final ResourceBundle messages;
    private final Parent root;
    private final Runnable afterReload;
    private boolean asking;

    ReloadOffer(MainWindowViewModel viewModel, ResourceBundle messages, Parent root, Runnable afterReload) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = root;
        this.afterReload = afterReload;
    }

    /** Checks when the window gets the focus back, and every two seconds while it has it. */
    void watch(Window window) {
        window.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                check();
            }
        });
        // Two stat calls per check; the file is hashed only when its time moved.
        Timeline poll = new Timeline(new KeyFrame(Duration.seconds(2), e -> {
            if (window.isFocused()) {
                check();
            }
        }));
        poll.setCycleCount(Animation.INDEFINITE);
        window.showingProperty().addListener((obs, was, showing) -> {
            if (showing) {
                poll.play();
            } else {
                poll.stop();
            }
        });
        if (window.isShowing()) {
            poll.play();
        }
    }

    /** Offers a reload when the file changed on disk and nothing here is unsaved. */
    void check() {
        if (asking || viewModel.hasUnsavedChanges() || !viewModel.openedFile().shouldOfferReload()) {
            return;
        }
        Path file = viewModel.document().file().orElseThrow();
        ButtonType reload = new ButtonType(messages.getString("files.disk.reload"), ButtonBar.ButtonData.YES);
        ButtonType keep = new ButtonType(messages.getString("files.reload.keep"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.getString("files.reload.content"), reload, keep);
        alert.setTitle(messages.getString("files.disk.title"));
        alert.setHeaderText(MessageFormat.format(messages.getString("files.disk.header"), file));
        alert.getDialogPane().getStyleClass().add(RELOAD_DIALOG);
        asking = true;
        Dialogs.show(root, alert, answer -> {
            asking = false;
            if (answer == reload && !viewModel.hasUnsavedChanges()) {
                viewModel.revert();
                afterReload.run();
            } else {
                viewModel.openedFile().dismissReloadOffer();
            }
        });
    }
}
