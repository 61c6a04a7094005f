package io.hopscope.ui.inspector;

import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The inspector's tab for a virtual private gateway, customer gateway, VPN connection or Direct
 * Connect gateway ({@link HybridInspectorViewModel}), registered in {@link InspectorEditors}. Field
 * ids are {@code hybrid-<key>}.
 */
public final class HybridInspectorView implements SubEditorView {

    private final HybridInspectorViewModel viewModel;
    private final VBox root;
    @FXML private Label hint;
    @FXML private GridPane grid;

    public HybridInspectorView(HybridInspectorViewModel viewModel, ResourceBundle messages) {
        this.viewModel = viewModel;
        root = HybridSectionLoader.load(this, messages);
        root.setId("hybrid-inspector");
        hint.setVisible(false);
        hint.setManaged(false);
        viewModel.getFields().addListener((ListChangeListener<PropertyField>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        FieldRows.fill(grid, viewModel.getFields(), "hybrid-");
    }

    /** The tab for {@code r}, as {@link InspectorEditors} registers it. */
    static HybridInspectorView of(InspectorEditors.Context c, io.hopscope.model.Resource r) {
        return new HybridInspectorView(new HybridInspectorViewModel(c.document(), c.messages(), r.id()), c.messages());
    }

    @Override
    public void dispose() {
        viewModel.dispose();
    }

    @Override
    public Node getRoot() {
        return root;
    }

    public HybridInspectorViewModel getViewModel() {
        return viewModel;
    }
}
