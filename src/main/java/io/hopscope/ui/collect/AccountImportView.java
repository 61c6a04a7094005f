package io.hopscope.ui.collect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Import from AWS account dialog ({@code AccountImport.fxml}) over {@link AccountImportViewModel}:
 * the Region list is multi-select (Shift/Ctrl, or type to jump), Start reads, Cancel stops a run
 * and otherwise closes; Esc is Cancel. The dialog closes itself once the folder is handed over for
 * import, unless a listing was denied (the status line names the IAM actions and stays readable).
 */
public final class AccountImportView {
    public static final String STYLE = "account-import-dialog";

    private final AccountImportViewModel viewModel;
    private final Stage stage = new Stage();

    @FXML private TextField profileField;
    @FXML private ListView<String> regionList;
    @FXML private TextField endpointField;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private ListView<String> logList;
    @FXML private Button startButton;
    @FXML private Button cancelButton;

    public AccountImportView(Window owner, ResourceBundle messages, Consumer<Path> onCollected) {
        Executor worker = r -> {
            Thread t = new Thread(r, "hopscope-collect");
            t.setDaemon(true);
            t.start();
        };
        this.viewModel = new AccountImportViewModel(messages, worker, Platform::runLater, dir -> {
            onCollected.accept(dir);
            closeIfComplete();
        });
        FXMLLoader fxml = new FXMLLoader(AccountImportView.class.getResource("/io/hopscope/ui/collect/AccountImport.fxml"),
                messages);
        fxml.setController(this);
        Parent root;
        try {
            root = fxml.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load AccountImport.fxml", e);
        }
        profileField.textProperty().bindBidirectional(viewModel.profileProperty());
        endpointField.textProperty().bindBidirectional(viewModel.endpointProperty());
        regionList.setItems(viewModel.getRegions());
        regionList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        for (String r : java.util.List.copyOf(viewModel.getSelectedRegions())) {
            regionList.getSelectionModel().select(r);
            regionList.scrollTo(r);
        }
        regionList.getSelectionModel().getSelectedItems().addListener((ListChangeListener<String>) c ->
                viewModel.getSelectedRegions().setAll(regionList.getSelectionModel().getSelectedItems()));
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressBar.visibleProperty().bind(viewModel.runningProperty().or(viewModel.finishedProperty()));
        statusLabel.textProperty().bind(viewModel.statusProperty());
        logList.setItems(viewModel.getLog());
        viewModel.getLog().addListener((ListChangeListener<String>) c -> logList.scrollTo(viewModel.getLog().size() - 1));
        startButton.disableProperty().bind(viewModel.canStart().not());
        regionList.disableProperty().bind(viewModel.runningProperty());
        profileField.disableProperty().bind(viewModel.runningProperty());
        endpointField.disableProperty().bind(viewModel.runningProperty());
        Scene scene = new Scene(root);
        // Esc is Cancel wherever the focus is (the Region list would otherwise keep the key).
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                e.consume();
                onCancel();
            }
        });
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.initOwner(owner);
        }
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.getString("collect.title"));
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> viewModel.cancel());
    }

    private void closeIfComplete() {
        if (viewModel.completeProperty().get()) {
            stage.close();
        }
    }

    public AccountImportViewModel getViewModel() {
        return viewModel;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        regionList.requestFocus();
    }

    @FXML
    private void onStart() {
        viewModel.start();
    }

    @FXML
    private void onCancel() {
        if (viewModel.runningProperty().get()) {
            viewModel.cancel();
        } else {
            stage.close();
        }
    }
}
