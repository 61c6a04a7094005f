package io.hopscope.app.window;

import io.hopscope.app.files.DiagramLoader;
import io.hopscope.app.files.Reading;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Opens a file without freezing the window: the file is read, checked and validated on a worker
 * thread ({@link Reading}). A read that is done within a short wait shows at once, in the same
 * frame; a longer one shows "Opening name..." with a Cancel button over the canvas while the
 * window stays responsive. Cancel leaves the window as it was and ignores the reading when it ends.
 */
final class FileOpening {

    /** Style class of the progress box, for tests and themes. */
    static final String PROGRESS_STYLE = "open-progress";
    /** How long the FX thread waits for a quick read before showing progress; well under 200 ms. */
    static final long DEFAULT_QUICK_MILLIS = 150;

    private final MainWindowViewModel viewModel;
    private final ResourceBundle messages;
    private final StackPane host;
    /** Applies a finished reading; asks first if the diagram got unsaved changes while it was read. */
    private final Consumer<Reading> finish;
    private final VBox progress = new VBox(8);
    private final Label progressText = new Label();
    private long quickMillis = Long.getLong("hopscope.quickOpenMillis", DEFAULT_QUICK_MILLIS);
    private Attempt current;
    private final java.util.List<Runnable> whenIdle = new java.util.ArrayList<>();

    /** One opening; cancelled ones are ignored when their reading ends. */
    private static final class Attempt {
        volatile boolean cancelled;
        Thread worker;
    }

    FileOpening(MainWindowViewModel viewModel, ResourceBundle messages, StackPane host, Consumer<Reading> finish) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.host = host;
        this.finish = finish;
        Button cancel = new Button(messages.getString("files.open.cancel"));
        cancel.setId("cancelOpenButton");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> cancel());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(36, 36);
        progressText.setWrapText(true);
        progress.getChildren().addAll(spinner, progressText, cancel);
        progress.setAlignment(Pos.CENTER);
        progress.getStyleClass().add(PROGRESS_STYLE);
        progress.setMaxSize(360, 160);
        progress.setStyle("-fx-background-color: -fx-control-inner-background; -fx-background-radius: 8;"
                + " -fx-border-color: -fx-box-border; -fx-border-radius: 8; -fx-padding: 16;");
        progress.setVisible(false);
        progress.setManaged(false);
    }

    void setQuickMillis(long millis) {
        this.quickMillis = millis;
    }

    boolean isBusy() {
        return current != null;
    }

    /** Runs {@code next} once no file is being read (now, or after the current opening ends or is cancelled). */
    void whenIdle(Runnable next) {
        if (current == null) {
            next.run();
        } else {
            whenIdle.add(next);
        }
    }

    private void idle() {
        current = null;
        java.util.List<Runnable> waiting = java.util.List.copyOf(whenIdle);
        whenIdle.clear();
        waiting.forEach(Runnable::run);
    }

    /** Reads {@code file} off the FX thread; one opening at a time (a second request while busy is ignored). */
    void open(Path file) {
        if (current != null) {
            return;
        }
        Attempt attempt = new Attempt();
        current = attempt;
        DiagramLoader loader = viewModel.loader();
        CompletableFuture<Reading> reading = new CompletableFuture<>();
        attempt.worker = new Thread(() -> reading.complete(Reading.of(loader, file)), "hopscope-open");
        attempt.worker.setDaemon(true);
        attempt.worker.start();
        try {
            Reading quick = reading.get(quickMillis, TimeUnit.MILLISECONDS);
            current = null;
            finish.accept(quick);
            idle();
            return;
        } catch (TimeoutException e) {
            showProgress(file);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            showProgress(file);
        } catch (ExecutionException e) {
            // Reading.of catches what a loader throws; nothing reaches here.
            idle();
            return;
        }
        reading.thenAccept(done -> Platform.runLater(() -> {
            if (attempt.cancelled) {
                return;
            }
            current = null;
            hideProgress();
            finish.accept(done);
            idle();
        }));
    }

    private void showProgress(Path file) {
        progressText.setText(MessageFormat.format(messages.getString("files.open.progress"), file.getFileName()));
        if (!host.getChildren().contains(progress)) {
            host.getChildren().add(progress);
        }
        progress.setManaged(true);
        progress.setVisible(true);
    }

    private void hideProgress() {
        progress.setVisible(false);
        progress.setManaged(false);
    }

    /** Stops waiting for the file: the window stays as it was; the reading is dropped when it ends. */
    void cancel() {
        Attempt attempt = current;
        if (attempt == null) {
            return;
        }
        attempt.cancelled = true;
        // A reader blocked in I/O may not notice; its result is ignored either way.
        attempt.worker.interrupt();
        hideProgress();
        viewModel.say(messages.getString("files.open.cancelled"));
        idle();
    }
}
