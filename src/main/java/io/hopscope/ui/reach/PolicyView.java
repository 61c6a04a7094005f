package io.hopscope.ui.reach;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;

/** The policy editor tab ({@code PolicyPanel.fxml}) over {@link PolicyViewModel}; Ctrl+S in it saves the policy. */
public final class PolicyView {
    private final PolicyViewModel viewModel;
    private final BorderPane root;
    private final Tab tab;

    @FXML private Label fileLabel;
    @FXML private Button saveButton;
    @FXML private Button reloadButton;
    @FXML private Label statusLabel;
    @FXML private TextArea editor;

    public PolicyView(PolicyViewModel viewModel, ResourceBundle messages) {
        this.viewModel = viewModel;
        FXMLLoader fxml = new FXMLLoader(PolicyView.class.getResource("/io/hopscope/ui/reach/PolicyPanel.fxml"), messages);
        fxml.setController(this);
        try {
            root = fxml.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load PolicyPanel.fxml", e);
        }
        root.getStylesheets().add(PolicyView.class.getResource("/io/hopscope/ui/reach/reach.css").toExternalForm());
        tab = new Tab(messages.getString("policy.tab"), root);
        tab.setId("policy-tab");
        tab.setClosable(false);
        editor.textProperty().bindBidirectional(viewModel.textProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        fileLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.fileProperty().get() == null
                ? messages.getString("policy.noFile") : viewModel.fileProperty().get().getFileName().toString(), viewModel.fileProperty()));
        saveButton.disableProperty().bind(viewModel.fileProperty().isNull());
        reloadButton.disableProperty().bind(viewModel.fileProperty().isNull());
        KeyCombination save = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
        editor.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (save.match(e)) {
                viewModel.save();
                e.consume();
            }
        });
    }

    /** Brings the editor forward with the caret in it (File > Edit Policy). */
    public void show() {
        if (tab.getTabPane() != null) {
            tab.getTabPane().getSelectionModel().select(tab);
        }
        javafx.application.Platform.runLater(editor::requestFocus);
    }

    @FXML
    private void onSave() {
        viewModel.save();
    }

    @FXML
    private void onReload() {
        viewModel.load(viewModel.fileProperty().get());
    }

    public Tab getTab() {
        return tab;
    }

    public PolicyViewModel getViewModel() {
        return viewModel;
    }
}
