package io.hopscope.ui.inspector;

import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Route propagation switches under a selected route table, one check box per virtual private gateway
 * ({@link RoutePropagationViewModel}); node ids {@code propagate-<vgw id>}.
 */
public final class RoutePropagationView {

    private final RoutePropagationViewModel viewModel;
    private final VBox root;
    @FXML private Label title;
    @FXML private Label hint;
    @FXML private GridPane grid;

    public RoutePropagationView(RoutePropagationViewModel viewModel, ResourceBundle messages) {
        this.viewModel = viewModel;
        root = HybridSections.load(this, messages);
        root.setId("route-propagation");
        title.setText(messages.getString("hybrid.title.propagation"));
        hint.textProperty().bind(viewModel.hintProperty());
        hint.visibleProperty().bind(viewModel.hintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        root.visibleProperty().bind(viewModel.tableIdProperty().isNotNull());
        root.managedProperty().bind(root.visibleProperty());
        viewModel.getToggles().addListener((ListChangeListener<PropertyField>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        FieldRows.fill(grid, viewModel.getToggles(), "");
    }

    public Node getRoot() {
        return root;
    }

    public RoutePropagationViewModel getViewModel() {
        return viewModel;
    }
}
