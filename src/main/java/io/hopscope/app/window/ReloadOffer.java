package io.hopscope.app.window;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

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
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hopscope-disk-watch");
        t.setDaemon(true);
        return t;
    });
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
        // Two stat calls per check; the file is hashed only when its time moved. A plain timer, not
        // a Timeline: a running animation keeps the toolkit pulsing 60 times a second even when idle.
        java.util.concurrent.ScheduledFuture<?> poll = TIMER.scheduleWithFixedDelay(() -> Platform.runLater(() -> {
            if (window.isShowing() && window.isFocused()) {
                check();
            }
        }), 2, 2, TimeUnit.SECONDS);
        window.showingProperty().addListener((obs, was, showing) -> {
            if (!showing) {
                poll.cancel(false);
            }
        });
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
