package io.hopscope.app.window;

import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import org.controlsfx.control.StatusBar;

/**
 * Controller of {@code WindowStatusBar.fxml}, the bottom of the main window: binds the bar's
 * labels to {@link WindowStatus} and {@link StatusBarViewModel} once the panels exist. A label
 * with nothing to say takes no room.
 */
final class WindowStatusBar {

    private final MainWindowViewModel viewModel;
    private final ResourceBundle messages;

    @FXML private StatusBar statusBar;
    @FXML private Label statusLabel;
    @FXML private Label fileLabel;
    @FXML private Label verdictLabel;
    @FXML private Label selectionLabel;
    @FXML private Label zoomLabel;

    WindowStatusBar(MainWindowViewModel viewModel, ResourceBundle messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    void bind(WindowPanels panels) {
        StatusBarViewModel texts = new StatusBarViewModel(viewModel.document(), messages,
                viewModel.documentOpenProperty(), panels.trace().getViewModel().traceProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        fileLabel.textProperty().bind(texts.fileTextProperty());
        verdictLabel.textProperty().bind(texts.verdictTextProperty());
        selectionLabel.textProperty().bind(viewModel.selectionTextProperty());
        zoomLabel.textProperty().bind(viewModel.canvas().zoomTextBinding());
        for (Label l : new Label[] {fileLabel, verdictLabel, selectionLabel}) {
            l.visibleProperty().bind(l.textProperty().isNotEmpty());
            l.managedProperty().bind(l.visibleProperty());
        }
        // An import reads on a worker thread: the bar's own progress shows it runs.
        statusBar.progressProperty().bind(Bindings.when(panels.share().getViewModel().busyProperty()).then(-1.0).otherwise(0.0));
    }

    StatusBar bar() {
        return statusBar;
    }
}
