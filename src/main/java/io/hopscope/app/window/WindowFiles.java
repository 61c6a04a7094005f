package io.hopscope.app.window;

import io.hopscope.app.files.Autosave;
import io.hopscope.app.files.OpenFailure;
import io.hopscope.app.files.Reading;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The window's file side, in one place so no path can skip the rules: opening (off the FX
 * thread, asking first about unsaved changes), quitting and closing (asking likewise), recovery
 * at start-up, reload offers when the file changed on disk, and the hint on an empty canvas.
 */
final class WindowFiles {

    private final MainWindowViewModel viewModel;
    private final ResourceBundle messages;
    private final Parent root;
    private final MainWindowView window;
    private final Runnable fit;
    private final FileCommands commands;
    private final FileOpening opening;
    private final OpenFailureDialogs failures;
    private final ReloadOffer reloadOffer;
    /** What File > Quit does; the app makes it close every window, each asking about its changes. */
    private Runnable quitHandler = () -> requestClose(() -> { });
    /** Opens a recovered diagram in a window of its own; set by the app. */
    private Consumer<Autosave.Recovery> recoveryOpener;

    WindowFiles(MainWindowView window, ResourceBundle messages, StackPane canvasHost, Runnable fit) {
        this.window = window;
        this.viewModel = window.getViewModel();
        this.messages = messages;
        this.root = window.getRoot();
        this.fit = fit;
        this.commands = new FileCommands(viewModel, messages, root, fit);
        this.opening = new FileOpening(viewModel, messages, canvasHost, this::finishOpening);
        this.failures = new OpenFailureDialogs(messages, root);
        this.reloadOffer = new ReloadOffer(viewModel, messages, root, fit);
    }

    FileCommands commands() {
        return commands;
    }

    FileOpening opening() {
        return opening;
    }

    /** Close guard and reload offers on the window's stage. */
    void watch(Stage stage) {
        commands.installCloseGuard(stage);
        reloadOffer.watch(stage);
    }

    /** Opens {@code file} after asking about unsaved changes; read off the FX thread. */
    void open(Path file) {
        commands.whenChangesAreSafe(() -> opening.open(file));
    }

    private void finishOpening(Reading reading) {
        // Changes made while a slow file was read are not replaced without asking.
        commands.whenChangesAreSafe(() -> {
            Optional<OpenFailure> failure = viewModel.apply(reading);
            if (failure.isEmpty()) {
                fit.run();
            } else if (reading.awsData()) {
                failures.showAwsData(reading.file(), window.awsFolderImport()
                        .<Consumer<Path>>map(importer -> dir -> commands.whenChangesAreSafe(() -> importer.accept(dir)))
                        .orElse(null));
            } else if (reading.terraformData()) {
                failures.showTerraformData(reading.file(),
                        file -> commands.whenChangesAreSafe(() -> window.panels().share().importTerraform(file)));
            } else {
                failures.showFailure(failure.get());
            }
        });
    }

    void quit() {
        quitHandler.run();
    }

    void setQuitHandler(Runnable handler) {
        this.quitHandler = handler;
    }

    void requestClose(Runnable afterClosed) {
        if (root.getScene() != null && root.getScene().getWindow() instanceof Stage stage) {
            commands.requestClose(stage, afterClosed);
        }
    }

    void setRecoveryOpener(Consumer<Autosave.Recovery> opener) {
        this.recoveryOpener = opener;
    }

    /** After the file named on the command line is open, so the prompt knows this window is not blank. */
    void offerRecovery(List<Autosave.Recovery> recoveries) {
        opening.whenIdle(() -> new RecoveryPrompt(viewModel, messages, root, recoveryOpener, fit).offer(recoveries));
    }

    /** "No diagram open" only when none is: a new, empty diagram says where to start instead. */
    void bindEmptyHint(Node canvas) {
        if (canvas.lookup(".canvas-empty-hint") instanceof Label hint) {
            hint.textProperty().bind(Bindings.when(viewModel.documentOpenProperty())
                    .then(messages.getString("files.canvas.emptyDiagram")).otherwise(messages.getString("canvas.empty")));
        }
    }
}
