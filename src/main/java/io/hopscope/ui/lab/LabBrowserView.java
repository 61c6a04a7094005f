package io.hopscope.ui.lab;

import io.hopscope.lab.LabFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help > Labs: every shipped lab with its done mark, topic, difficulty and time; Open starts the
 * selected one (double-click too), Open Saved Attempt reopens a lab file saved from the panel.
 */
public final class LabBrowserView {

    public static final String STAGE_STYLE = "lab-browser-window";

    private final LabBrowserViewModel viewModel;
    private final Parent root;
    private final Stage stage = new Stage();
    private Consumer<LabFile> opener = f -> { };
    private Runnable attemptOpener = () -> { };

    @FXML private TableView<LabRow> table;
    @FXML private TableColumn<LabRow, String> doneColumn;
    @FXML private TableColumn<LabRow, String> titleColumn;
    @FXML private TableColumn<LabRow, String> topicColumn;
    @FXML private TableColumn<LabRow, String> difficultyColumn;
    @FXML private TableColumn<LabRow, String> minutesColumn;
    @FXML private Label summaryLabel;

    public LabBrowserView(LabBrowserViewModel viewModel, ResourceBundle messages, Window owner) {
        this.viewModel = viewModel;
        FXMLLoader fxml = new FXMLLoader(LabBrowserView.class.getResource("/io/hopscope/ui/lab/LabBrowser.fxml"),
                messages);
        fxml.setController(this);
        try {
            root = fxml.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load LabBrowser.fxml", e);
        }
        column(doneColumn, LabRow::doneMark);
        column(titleColumn, LabRow::title);
        column(topicColumn, LabRow::topic);
        column(difficultyColumn, LabRow::difficulty);
        column(minutesColumn, LabRow::minutes);
        table.setItems(viewModel.getRows());
        table.getSelectionModel().selectFirst();
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                onOpen();
            }
        });
        summaryLabel.setText(viewModel.summary());
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            scene.getRoot().setStyle(owner.getScene().getRoot().getStyle());
            stage.initOwner(owner);
        }
        root.getStyleClass().add(STAGE_STYLE);
        stage.setTitle(messages.getString("lab.browser.windowTitle"));
        stage.setScene(scene);
    }

    private static void column(TableColumn<LabRow, String> c, Function<LabRow, String> value) {
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    @FXML
    private void onOpen() {
        LabRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            stage.close();
            opener.accept(row.lab());
        }
    }

    @FXML
    private void onOpenAttempt() {
        stage.close();
        attemptOpener.run();
    }

    @FXML
    private void onClose() {
        stage.close();
    }

    public void show() {
        viewModel.refresh();
        summaryLabel.setText(viewModel.summary());
        stage.show();
        table.requestFocus();
    }

    public void setOpener(Consumer<LabFile> opener) {
        this.opener = opener;
    }

    public void setAttemptOpener(Runnable attemptOpener) {
        this.attemptOpener = attemptOpener;
    }

    public Stage getStage() {
        return stage;
    }
}
