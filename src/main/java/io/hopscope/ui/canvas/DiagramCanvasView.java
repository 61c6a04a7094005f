package io.hopscope.ui.canvas;

import io.hopscope.diagram.render.CanvasItem;
import io.hopscope.diagram.render.DiagramPicture;
import io.hopscope.diagram.render.Rect;
import io.hopscope.diagram.render.TraceLeg;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Scale;

/**
 * The read-only diagram canvas: one node per drawn resource in a zoomable world inside a
 * scroll pane; zooming and panning are {@link ZoomAndPan}.
 */
public final class DiagramCanvasView extends StackPane {

    /** Node property holding the resource id of a shape or peering line. */
    public static final String RESOURCE_ID = "resourceId";
    /** Node property holding the security group id of a badge. */
    public static final String SECURITY_GROUP_ID = "securityGroupId";
    /** Node property holding the route table or ACL id of a badge on a subnet. */
    public static final String BADGE_RESOURCE_ID = "badgeResourceId";

    private final DiagramCanvasViewModel viewModel;
    private final ScrollPane scrollPane = new ScrollPane();
    private final Pane world = new Pane();
    /** Holds the zoomed world; at least as big as the viewport, so a small diagram sits centred. */
    private final StackPane content;
    private final Label emptyHint;
    private final LevelOfDetail levelOfDetail;
    private double originX;
    private double originY;
    private final ShapeLayers layers = new ShapeLayers();
    private final List<Runnable> afterDraw = new ArrayList<>();
    private CanvasEditGestures editing;
    private final OffscreenCulling culling = new OffscreenCulling(this);
    private final TraceMarks traceOverlay = new TraceMarks();
    private final CanvasContextMenu contextMenu;
    private final Label hint = new Label();
    private final CanvasViewport viewport = new CanvasViewport(this);

    public DiagramCanvasView(DiagramCanvasViewModel viewModel, ResourceBundle messages) {
        this.viewModel = viewModel;
        getStyleClass().add("diagram-canvas");
        world.getStyleClass().add("canvas-world");
        Scale zoom = new Scale(1, 1, 0, 0);
        zoom.xProperty().bind(viewModel.scaleProperty());
        zoom.yProperty().bind(viewModel.scaleProperty());
        world.getTransforms().add(zoom);
        content = new StackPane(new Group(world));
        content.getStyleClass().add("canvas-content");
        content.minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> scrollPane.getViewportBounds().getWidth(), scrollPane.viewportBoundsProperty()));
        content.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> scrollPane.getViewportBounds().getHeight(), scrollPane.viewportBoundsProperty()));
        scrollPane.setContent(content);
        scrollPane.getStyleClass().add("canvas-scroll");
        scrollPane.setPannable(false);
        emptyHint = new Label(messages.getString("canvas.empty"));
        emptyHint.getStyleClass().add("canvas-empty-hint");
        emptyHint.setMouseTransparent(true);
        hint.getStyleClass().add("canvas-hint");
        hint.setMouseTransparent(true);
        hint.setVisible(false);
        StackPane.setAlignment(hint, Pos.BOTTOM_CENTER);
        getChildren().addAll(scrollPane, emptyHint, hint);
        contextMenu = new CanvasContextMenu(this);
        levelOfDetail = new LevelOfDetail(messages.getString("canvas.lod.workloads"));
        viewModel.scaleProperty().addListener((obs, old, now) -> levelOfDetail.apply(now.doubleValue()));
        viewModel.pictureProperty().addListener((obs, old, now) -> draw(now));
        draw(viewModel.getPicture());
        new ZoomAndPan(this).install();
        culling.watch(scrollPane, viewModel);
    }

    public DiagramCanvasViewModel getViewModel() {
        return viewModel;
    }

    /** The canvas's single context menu, to which panels contribute their items. */
    public CanvasContextMenu contextMenu() {
        return contextMenu;
    }

    /**
     * Shows a lasting hint along the bottom of the canvas (a mode the user is in, such as picking
     * a trace destination), or hides it when {@code text} is null or empty.
     */
    public void showHint(String text) {
        hint.setText(text == null ? "" : text);
        hint.setVisible(text != null && !text.isEmpty());
    }

    /** The hint on show, or empty. */
    public String hintText() {
        return hint.isVisible() ? hint.getText() : "";
    }

    /** Scales so the whole diagram is visible in the current viewport. */
    public void fitToWindow() {
        viewport.fit(false);
    }

    /** Fits a freshly opened diagram, but never blows a small one up past 100 %. */
    public void fitToWindowAtMostActualSize() {
        viewport.fit(true);
    }

    /** The node drawn for a resource (shape or peering line), if any. */
    public Optional<Node> nodeFor(String resourceId) {
        Optional<Node> shape = layers.shape(resourceId).map(Node.class::cast);
        return shape.isPresent() ? shape : layers.link(resourceId);
    }

    private void draw(DiagramPicture picture) {
        originX = picture.bounds().x() - DiagramCanvasViewModel.MARGIN;
        originY = picture.bounds().y() - DiagramCanvasViewModel.MARGIN;
        world.getChildren().setAll(layers.layers());
        layers.keepWhatStillFits(picture, originX, originY);
        layers.showLinks(picture.links(), originX, originY);
        culling.reset(picture);
        levelOfDetail.measure(picture);
        if (!culling.active()) {
            for (CanvasItem item : picture.items()) {
                layers.show(item, originX, originY);
            }
        }
        double w = viewModel.contentWidth();
        double h = viewModel.contentHeight();
        world.setMinSize(w, h);
        world.setMaxSize(w, h);
        world.setPrefSize(w, h);
        emptyHint.setVisible(picture.isEmpty());
        if (culling.active()) {
            culling.update();
        }
        afterDraw.forEach(Runnable::run);
        levelOfDetail.attach(world, layers.cardNodes(), picture, originX, originY, viewModel.getScale());
        drawTraceOverlay();
    }

    /** True when level of detail hides workload cards at the current zoom (culling skips them). */
    boolean dropsWorkloadCards() {
        return levelOfDetail.dropsCards(viewModel.getScale());
    }

    /** The canvas rectangle (layout units) the viewport shows now. */
    Rect visibleCanvasRect() {
        return viewport.visibleCanvasRect();
    }

    /** Adds a culled-in shape in its drawing layer. */
    void addShapeNode(CanvasItem item) {
        ShapeView shape = layers.show(item, originX, originY);
        if (editing != null) {
            editing.mark(shape);
        }
    }

    void removeShapeNode(String resourceId) {
        layers.hide(resourceId);
    }

    boolean isShapeShown(String resourceId) {
        return layers.isShown(resourceId);
    }

    /** After culling added or dropped shapes: new shapes were marked as they came (see addShapeNode). */
    void afterCulling() {
        levelOfDetail.refresh();
        if (!traceOverlay.legs().isEmpty() || traceOverlay.currentId() != null) {
            // A newly created shape may be the current hop, which glows.
            drawTraceOverlay();
        }
    }

    /**
     * Turns the viewer into the editor: selection, moving, resizing, rubber band (Shift+drag on
     * empty canvas; a plain drag there still pans), keys and palette drops, all through {@code editor}.
     */
    public void enableEditing(CanvasEditorViewModel editor) {
        if (editing == null) {
            editing = new CanvasEditGestures(this, editor);
        }
    }

    /** The editing gestures, once editing is enabled. */
    public Optional<CanvasEditGestures> editing() {
        return Optional.ofNullable(editing);
    }

    /** A palette item released at a scene point: creates there when the point is on the canvas. */
    public boolean dropFromPalette(io.hopscope.edit.create.NewResourceKind kind, double sceneX, double sceneY) {
        return editing != null && editing.dropAt(kind, sceneX, sceneY);
    }

    /** Whether a scene point lies on the canvas's viewport. */
    public boolean isOnCanvas(double sceneX, double sceneY) {
        return scrollPane.localToScene(scrollPane.getLayoutBounds()).contains(sceneX, sceneY);
    }

    /**
     * Scrolls so the item is in the middle of the view. Works from the picture's box, not the node,
     * so a shape that off-screen culling has not created yet can still be brought into view.
     */
    public void reveal(String resourceId) {
        viewModel.getPicture().item(resourceId).ifPresent(item -> viewport.centreOn(item.bounds()));
    }

    /** Scrolls only when the item is not already wholly in view (the trace follows its hops this way). */
    public void revealIfHidden(String resourceId) {
        viewModel.getPicture().item(resourceId).ifPresent(item -> {
            if (!visibleCanvasRect().contains(item.bounds())) {
                viewport.centreOn(item.bounds());
            }
        });
    }

    Pane world() {
        return world;
    }

    ScrollPane scrollPane() {
        return scrollPane;
    }

    /** The zoomed world's holder inside the scroll pane: what the scroll values move over. */
    StackPane content() {
        return content;
    }

    double originX() {
        return originX;
    }

    double originY() {
        return originY;
    }

    Node drawnNode(String resourceId) {
        return layers.shape(resourceId).orElse(null);
    }

    Collection<? extends Node> drawnNodes() {
        return layers.shapes();
    }

    void runAfterDraw(Runnable r) {
        afterDraw.add(r);
    }

    /**
     * Shows a traced path: {@code legs} drawn as lines from shape to shape, and a glow on the
     * shape of the current hop (red when that hop drops the packet). Kept across redraws.
     */
    public void showTraceOverlay(List<TraceLeg> legs, String currentShapeId, boolean currentBlocked) {
        traceOverlay.show(legs, currentShapeId, currentBlocked);
        drawTraceOverlay();
    }

    private void drawTraceOverlay() {
        traceOverlay.drawOn(world, viewModel.getPicture()::item, new Point2D(originX, originY), this::nodeFor);
    }

    public void clearTraceOverlay() {
        traceOverlay.clear();
        drawTraceOverlay();
    }

    /** True when zoomed out on a big diagram: workload cards hidden, per-subnet counts shown. */
    public boolean showsWorkloadCounts() {
        return levelOfDetail.showsCounts();
    }

    /** The legs of the trace overlay on show (empty when none). */
    public List<TraceLeg> traceOverlayLegs() {
        return traceOverlay.legs();
    }

    /** True for the canvas background; false on a shape, a line or the scroll bars. */
    static boolean isEmptyCanvas(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getProperties().containsKey(RESOURCE_ID) || n.getProperties().containsKey(CanvasEditGestures.RESIZE_HANDLE_FOR)
                    || n instanceof ScrollBar) {
                return false;
            }
        }
        return true;
    }

    static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
