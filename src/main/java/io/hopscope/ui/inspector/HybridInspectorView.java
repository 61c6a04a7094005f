package io.hopscope.ui.inspector;

import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The inspector's section for a virtual private gateway, customer gateway, VPN connection or Direct
 * Connect gateway ({@link HybridInspectorViewModel}); hidden for anything else. Field ids are
 * {@code hybrid-<key>}.
 */
public final class HybridInspectorView {

    private final HybridInspectorViewModel viewModel;
    private final VBox root;
    @FXML private Label title;
    @FXML private Label hint;
    @FXML private GridPane grid;

    public HybridInspectorView(HybridInspectorViewModel viewModel, ResourceBundle messages) {
        this.viewModel = viewModel;
        root = HybridSections.load(this, messages);
        root.setId("hybrid-inspector");
        title.textProperty().bind(viewModel.titleProperty());
        hint.setVisible(false);
        hint.setManaged(false);
        root.visibleProperty().bind(viewModel.titleProperty().isNotEmpty());
        root.managedProperty().bind(root.visibleProperty());
        viewModel.getFields().addListener((ListChangeListener<PropertyField>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        FieldRows.fill(grid, viewModel.getFields(), "hybrid-");
    }

    public Node getRoot() {
        return root;
    }

    public HybridInspectorViewModel getViewModel() {
        return viewModel;
    }
}
