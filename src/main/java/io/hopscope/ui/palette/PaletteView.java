package io.hopscope.ui.palette;

import io.hopscope.diagram.render.IconPaths;
import io.hopscope.edit.create.NewResourceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;

/**
 * The palette: press an item, drag it over the canvas, release to create. Plain mouse events (the
 * press grabs the mouse, so drag and release come back here); the drop itself is the canvas's
 * business, reached through {@link DropHandler}.
 */
public final class PaletteView {

    /** Creates a dragged item at a scene point; false when the point is not on the canvas. */
    @FunctionalInterface
    public interface DropHandler {
        boolean drop(NewResourceKind kind, double sceneX, double sceneY);
    }

    /** Node property holding the {@link NewResourceKind} of a palette item. */
    public static final String KIND = "paletteKind";
    private static final double ICON = 18;

    private final PaletteViewModel viewModel;
    private final Parent root;
    private final Label ghost = new Label();
    private DropHandler dropHandler = (kind, x, y) -> false;

    @FXML private VBox groupsBox;

    public PaletteView(PaletteViewModel viewModel, ResourceBundle messages) {
        this.viewModel = viewModel;
        FXMLLoader fxml = new FXMLLoader(PaletteView.class.getResource("/io/hopscope/ui/palette/Palette.fxml"), messages);
        fxml.setController(this);
        try {
            root = fxml.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load Palette.fxml", e);
        }
        for (PaletteViewModel.Group group : viewModel.groups()) {
            Label title = new Label(group.title());
            title.getStyleClass().add("palette-group-title");
            groupsBox.getChildren().add(title);
            for (PaletteViewModel.Item item : group.items()) {
                groupsBox.getChildren().add(itemNode(item));
            }
        }
        ghost.getStyleClass().add("palette-ghost");
        ghost.setManaged(false);
        ghost.setMouseTransparent(true);
        ghost.setVisible(false);
    }

    public Parent getRoot() {
        return root;
    }

    public PaletteViewModel getViewModel() {
        return viewModel;
    }

    public void setDropHandler(DropHandler handler) {
        this.dropHandler = handler;
    }

    private Node itemNode(PaletteViewModel.Item item) {
        Label label = new Label(item.label(), icon(item.icon()));
        label.getStyleClass().add("palette-item");
        label.setId("palette-" + item.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        label.getProperties().put(KIND, item.kind());
        label.setMaxWidth(Double.MAX_VALUE);
        label.setGraphicTextGap(8);
        label.setTooltip(new Tooltip(item.tooltip()));
        label.setOnMousePressed(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                viewModel.startDrag(item);
                ghost.setText(item.label());
                e.consume();
            }
        });
        label.setOnMouseDragged(e -> {
            if (viewModel.draggingProperty().get() != null) {
                showGhost(e);
                e.consume();
            }
        });
        label.setOnMouseReleased(e -> {
            PaletteViewModel.Item dragged = viewModel.endDrag();
            hideGhost();
            if (dragged != null) {
                dropHandler.drop(dragged.kind(), e.getSceneX(), e.getSceneY());
                e.consume();
            }
        });
        return label;
    }

    /** The ghost follows the mouse above the canvas; the palette's slot is raised while it does. */
    private void showGhost(MouseEvent e) {
        if (!(root.getScene().getRoot() instanceof javafx.scene.layout.Pane sceneRoot)) {
            return;
        }
        if (ghost.getParent() == null) {
            sceneRoot.getChildren().add(ghost);
            ghost.setViewOrder(-10);
        }
        ghost.autosize();
        javafx.geometry.Point2D p = sceneRoot.sceneToLocal(e.getSceneX(), e.getSceneY());
        ghost.relocate(p.getX() + 8, p.getY() + 8);
        ghost.setVisible(true);
    }

    private void hideGhost() {
        ghost.setVisible(false);
        if (ghost.getParent() instanceof javafx.scene.layout.Pane parent) {
            parent.getChildren().remove(ghost);
        }
    }

    private static Node icon(String name) {
        SVGPath path = new SVGPath();
        path.setContent(IconPaths.pathData(name));
        path.setFillRule(FillRule.EVEN_ODD);
        path.getStyleClass().add("icon");
        double f = ICON / IconPaths.VIEW_BOX;
        path.getTransforms().add(new Scale(f, f, 0, 0));
        return new Group(path);
    }
}
