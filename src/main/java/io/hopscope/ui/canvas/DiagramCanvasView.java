package io.hopscope.ui.canvas;

import java.util.Optional;
import java.util.ResourceBundle;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Scale;

/**
 * The read-only diagram canvas: one node per drawn resource in a zoomable world inside a
 * scroll pane. Ctrl+wheel zooms around the mouse; dragging empty canvas pans. Dragging uses plain
 * mouse events (system drag-and-drop fails under headless Monocle and is not what panning is).
 */
public final class DiagramCanvasView extends StackPane {

    /** Node property holding the resource id of a shape or peering line. */
    public static final String RESOURCE_ID = "resourceId";
    /** Node property holding the security group id of a badge. */
    public static final String SECURITY_GROUP_ID = "securityGroupId";

    private final DiagramCanvasViewModel viewModel;
    private final ScrollPane scrollPane = new ScrollPane();
    private final Pane world = new Pane();
    private final Label emptyHint;
    private PanStart panStart;

    private record PanStart(double sceneX, double sceneY, double hvalue, double vvalue) {
    }

    public DiagramCanvasView(DiagramCanvasViewModel viewModel, ResourceBundle messages) {
        this.viewModel = viewModel;
        getStyleClass().add("diagram-canvas");
        world.getStyleClass().add("canvas-world");
        Scale zoom = new Scale(1, 1, 0, 0);
        zoom.xProperty().bind(viewModel.scaleProperty());
        zoom.yProperty().bind(viewModel.scaleProperty());
        world.getTransforms().add(zoom);
        scrollPane.setContent(new Group(world));
        scrollPane.getStyleClass().add("canvas-scroll");
        scrollPane.setPannable(false);
        emptyHint = new Label(messages.getString("canvas.empty"));
        emptyHint.getStyleClass().add("canvas-empty-hint");
        emptyHint.setMouseTransparent(true);
        getChildren().addAll(scrollPane, emptyHint);
        viewModel.pictureProperty().addListener((obs, old, now) -> draw(now));
        draw(viewModel.getPicture());
        installZoomAndPan();
    }

    public DiagramCanvasViewModel getViewModel() {
        return viewModel;
    }

    /** Scales so the whole diagram is visible in the current viewport. */
    public void fitToWindow() {
        Bounds viewport = scrollPane.getViewportBounds();
        viewModel.fitTo(viewport.getWidth(), viewport.getHeight());
    }

    /** Fits a freshly opened diagram, but never blows a small one up past 100 %. */
    public void fitToWindowAtMostActualSize() {
        Bounds viewport = scrollPane.getViewportBounds();
        viewModel.fitToAtMostActualSize(viewport.getWidth(), viewport.getHeight());
    }

    /** The node drawn for a resource (shape or peering line), if any. */
    public Optional<Node> nodeFor(String resourceId) {
        return world.getChildren().stream()
                .filter(n -> resourceId.equals(n.getProperties().get(RESOURCE_ID)))
                .findFirst();
    }

    private void draw(DiagramPicture picture) {
        double originX = picture.bounds().x() - DiagramCanvasViewModel.MARGIN;
        double originY = picture.bounds().y() - DiagramCanvasViewModel.MARGIN;
        world.getChildren().clear();
        for (CanvasItem item : picture.items()) {
            if (item.kind() == ItemKind.VPC || item.kind() == ItemKind.SUBNET) {
                world.getChildren().add(ShapeView.of(item, originX, originY));
            }
        }
        for (CanvasLink link : picture.links()) {
            world.getChildren().add(new LinkView(link, originX, originY));
        }
        for (CanvasItem item : picture.items()) {
            if (item.kind() != ItemKind.VPC && item.kind() != ItemKind.SUBNET) {
                world.getChildren().add(ShapeView.of(item, originX, originY));
            }
        }
        double w = viewModel.contentWidth();
        double h = viewModel.contentHeight();
        world.setMinSize(w, h);
        world.setPrefSize(w, h);
        world.setMaxSize(w, h);
        emptyHint.setVisible(picture.isEmpty());
    }

    private void installZoomAndPan() {
        scrollPane.addEventFilter(ScrollEvent.SCROLL, e -> {
            if ((e.isControlDown() || e.isShortcutDown()) && e.getDeltaY() != 0) {
                zoomAround(e.getDeltaY() > 0 ? DiagramCanvasViewModel.ZOOM_STEP : 1 / DiagramCanvasViewModel.ZOOM_STEP,
                        e.getX(), e.getY());
                e.consume();
            }
        });
        scrollPane.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && isEmptyCanvas(e.getPickResult().getIntersectedNode())) {
                panStart = new PanStart(e.getSceneX(), e.getSceneY(), scrollPane.getHvalue(), scrollPane.getVvalue());
                scrollPane.setCursor(Cursor.CLOSED_HAND);
            }
        });
        scrollPane.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (panStart != null) {
                Bounds viewport = scrollPane.getViewportBounds();
                double spareX = world.getWidth() * viewModel.getScale() - viewport.getWidth();
                double spareY = world.getHeight() * viewModel.getScale() - viewport.getHeight();
                if (spareX > 0) {
                    scrollPane.setHvalue(clamp01(panStart.hvalue() - (e.getSceneX() - panStart.sceneX()) / spareX));
                }
                if (spareY > 0) {
                    scrollPane.setVvalue(clamp01(panStart.vvalue() - (e.getSceneY() - panStart.sceneY()) / spareY));
                }
                e.consume();
            }
        });
        scrollPane.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (panStart != null) {
                panStart = null;
                scrollPane.setCursor(Cursor.DEFAULT);
            }
        });
    }

    /** Keeps the canvas point under the mouse where it is while the scale changes. */
    private void zoomAround(double factor, double mouseX, double mouseY) {
        Bounds viewport = scrollPane.getViewportBounds();
        double oldScale = viewModel.getScale();
        double offsetX = scrollPane.getHvalue() * Math.max(0, world.getWidth() * oldScale - viewport.getWidth());
        double offsetY = scrollPane.getVvalue() * Math.max(0, world.getHeight() * oldScale - viewport.getHeight());
        double worldX = (offsetX + mouseX) / oldScale;
        double worldY = (offsetY + mouseY) / oldScale;
        viewModel.setScale(oldScale * factor);
        double newScale = viewModel.getScale();
        scrollPane.layout();
        double spareX = world.getWidth() * newScale - viewport.getWidth();
        double spareY = world.getHeight() * newScale - viewport.getHeight();
        if (spareX > 0) {
            scrollPane.setHvalue(clamp01((worldX * newScale - mouseX) / spareX));
        }
        if (spareY > 0) {
            scrollPane.setVvalue(clamp01((worldY * newScale - mouseY) / spareY));
        }
    }

    /** True for the canvas background; false on a shape, a line or the scroll bars. */
    private static boolean isEmptyCanvas(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getProperties().containsKey(RESOURCE_ID) || n instanceof ScrollBar) {
                return false;
            }
        }
        return true;
    }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
