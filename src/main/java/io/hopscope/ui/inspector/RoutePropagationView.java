package io.hopscope.ui.inspector;

import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The route table's "Route propagation" tab: one check box per virtual private gateway
 * ({@link RoutePropagationViewModel}); node ids {@code propagate-<vgw id>}.
 */
public final class RoutePropagationView implements SubEditorView {

    private final RoutePropagationViewModel viewModel;
    private final VBox root;
    @FXML private Label hint;
    @FXML private GridPane grid;

    public RoutePropagationView(RoutePropagationViewModel viewModel, ResourceBundle messages) {
        this.viewModel = viewModel;
        root = HybridSectionLoader.load(this, messages);
        root.setId("route-propagation");
        hint.textProperty().bind(viewModel.hintProperty());
        hint.visibleProperty().bind(viewModel.hintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        viewModel.getToggles().addListener((ListChangeListener<PropertyField>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        FieldRows.fill(grid, viewModel.getToggles(), "");
    }

    @Override
    public void dispose() {
        viewModel.dispose();
    }

    @Override
    public Node getRoot() {
        return root;
    }

    public RoutePropagationViewModel getViewModel() {
        return viewModel;
    }
}
