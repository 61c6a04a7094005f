package io.hopscope.ui.canvas;

import io.hopscope.diagram.render.Rect;
import io.hopscope.edit.create.NewResourceKind;
import javafx.animation.PauseTransition;
import javafx.collections.SetChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * The canvas's editing gestures ({@link MoveGesture}, {@link BandSelectGesture}, {@link ResizeGesture},
 * {@link BadgeDragGesture}, one class each), driven by plain mouse and key events (system drag-and-drop does
 * not run under headless Monocle, and an in-canvas move is not a data transfer). Click selects,
 * Shift+click toggles, Shift+drag on empty canvas or inside a VPC or subnet draws a rubber band, dragging a shape moves the
 * selection live and commits one edit on release, the corner handle of a selected box resizes
 * it, Esc cancels the gesture in progress. Arrows move the selection one grid cell (Ctrl: one unit).
 */
public final class CanvasEditGestures {

    /** Node property of the resize handle: the id of the box it resizes. */
    public static final String RESIZE_HANDLE_FOR = "resizeHandleFor";
    /** Below this many screen pixels a press and release is a click, not a drag. */
    private static final double DRAG_THRESHOLD = 3;
    private static final double HANDLE = 12;

    private final DiagramCanvasView view;
    private final CanvasEditorViewModel editor;
    private final Rectangle band = new Rectangle();
    private final Region handle = new Region();
    private final Label message = new Label();
    private final PauseTransition messageTimer = new PauseTransition(Duration.seconds(5));
    /** The gesture in progress, between press and release. */
    private CanvasGesture gesture;
    private Runnable onDeleteRequest = () -> { };

    CanvasEditGestures(DiagramCanvasView view, CanvasEditorViewModel editor) {
        this.view = view;
        this.editor = editor;
        band.getStyleClass().add("rubber-band");
        band.setManaged(false);
        band.setMouseTransparent(true);
        band.setVisible(false);
        handle.getStyleClass().add("resize-handle");
        handle.getProperties().put(RESIZE_HANDLE_FOR, "");
        handle.setManaged(false);
        handle.setCursor(Cursor.SE_RESIZE);
        handle.resize(HANDLE, HANDLE);
        message.getStyleClass().add("canvas-message");
        message.setMouseTransparent(true);
        message.setVisible(false);
        StackPane.setAlignment(message, Pos.TOP_CENTER);
        view.getChildren().add(message);
        messageTimer.setOnFinished(e -> message.setVisible(false));
        editor.messageProperty().addListener((obs, old, text) -> showMessage(text));
        editor.document().getSelection().addListener((SetChangeListener<String>) c -> markSelection());
        view.runAfterDraw(this::markSelection);
        view.setFocusTraversable(true);
        view.scrollPane().setFocusTraversable(false);
        ScrollPaneEvents.install(this);
        markSelection();
    }

    /** What the Delete key asks for: the window confirms, listing what goes with the selection. */
    public void setOnDeleteRequest(Runnable action) {
        onDeleteRequest = action;
    }

    public CanvasEditorViewModel editor() {
        return editor;
    }

    /** The transient message label on the canvas (refused drops and moves). */
    public Label messageLabel() {
        return message;
    }

    boolean dropAt(NewResourceKind kind, double sceneX, double sceneY) {
        Bounds canvasBounds = view.scrollPane().localToScene(view.scrollPane().getLayoutBounds());
        if (!canvasBounds.contains(sceneX, sceneY)) {
            return false;
        }
        Point2D p = toCanvas(sceneX, sceneY);
        return editor.drop(kind, p.getX(), p.getY());
    }

    /** Canvas (layout) coordinates of a scene point. */
    Point2D toCanvas(double sceneX, double sceneY) {
        Point2D local = view.world().sceneToLocal(sceneX, sceneY);
        return new Point2D(local.getX() + view.originX(), local.getY() + view.originY());
    }

    private void showMessage(String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        message.setText(text);
        message.setVisible(true);
        messageTimer.playFromStart();
    }

    private void markSelection() {
        for (Node n : view.drawnNodes()) {
            mark(n);
        }
        placeHandle();
    }

    /** Gives one shape the selected look when it is selected; culling calls it for each shape it creates. */
    void mark(Node n) {
        boolean selected = editor.document().getSelection().contains((String) n.getProperties().get(DiagramCanvasView.RESOURCE_ID));
        if (selected != n.getStyleClass().contains("selected")) {
            if (selected) {
                n.getStyleClass().add("selected");
            } else {
                n.getStyleClass().remove("selected");
            }
        }
    }

    private void placeHandle() {
        view.world().getChildren().remove(handle);
        if (editor.document().getSelection().size() != 1) {
            return;
        }
        String id = editor.document().getSelection().iterator().next();
        if (!editor.isResizable(id)) {
            return;
        }
        Rect b = editor.picture().item(id).orElseThrow().bounds();
        handle.getProperties().put(RESIZE_HANDLE_FOR, id);
        handle.relocate(b.maxX() - view.originX() - HANDLE / 2, b.maxY() - view.originY() - HANDLE / 2);
        view.world().getChildren().add(handle);
    }

    // --- mouse -------------------------------------------------------------------------------

    /** A press starts the gesture its target calls for: resize handle, badge, band, or move. */
    void pressed(MouseEvent e) {
        view.requestFocus();
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Node picked = e.getPickResult().getIntersectedNode();
        String resizeFor = propertyUp(picked, RESIZE_HANDLE_FOR);
        if (resizeFor != null && !resizeFor.isEmpty()) {
            gesture = new ResizeGesture(this, e, resizeFor);
            e.consume();
            return;
        }
        String badge = propertyUp(picked, DiagramCanvasView.BADGE_RESOURCE_ID);
        if (badge == null) {
            badge = propertyUp(picked, DiagramCanvasView.SECURITY_GROUP_ID);
        }
        String id = propertyUp(picked, DiagramCanvasView.RESOURCE_ID);
        if (badge != null) {
            editor.click(badge, e.isShiftDown());
            gesture = new BadgeDragGesture(this, e, badge);
            e.consume();
            return;
        }
        if (id != null && e.isShiftDown() && editor.isContainer(id)) {
            gesture = new BandSelectGesture(this, e, id);
            e.consume();
            return;
        }
        if (id != null) {
            if (e.isShiftDown() || !editor.document().getSelection().contains(id)) {
                editor.click(id, e.isShiftDown());
            }
            if (editor.document().getSelection().contains(id)) {
                gesture = new MoveGesture(this, e, id);
            }
            return;
        }
        if (DiagramCanvasView.isEmptyCanvas(picked)) {
            if (e.isShiftDown()) {
                gesture = new BandSelectGesture(this, e, null);
                e.consume();
            } else {
                editor.clearSelection();
            }
        }
    }

    void dragged(MouseEvent e) {
        if (gesture == null) {
            return;
        }
        double sx = e.getSceneX() - gesture.startSceneX;
        double sy = e.getSceneY() - gesture.startSceneY;
        if (!gesture.dragged && Math.hypot(sx, sy) < DRAG_THRESHOLD) {
            return;
        }
        gesture.dragged = true;
        double scale = view.getViewModel().getScale();
        gesture.drag(e, sx / scale, sy / scale);
        e.consume();
    }

    void released(MouseEvent e) {
        CanvasGesture g = gesture;
        if (g == null) {
            return;
        }
        g.clearFeedback();
        gesture = null;
        if (g.dragged) {
            g.commit(e);
            e.consume();
        } else {
            g.click(e);
        }
    }

    /** The rubber band (or a resize outline) at these world coordinates. */
    void showBand(double x, double y, double width, double height) {
        band.setX(x);
        band.setY(y);
        band.setWidth(width);
        band.setHeight(height);
        if (!view.world().getChildren().contains(band)) {
            view.world().getChildren().add(band);
        }
        band.setVisible(true);
    }

    void hideBand() {
        band.setVisible(false);
        view.world().getChildren().remove(band);
    }

    void requestDelete() {
        if (!editor.document().getSelection().isEmpty()) {
            onDeleteRequest.run();
        }
    }

    /** Esc: the gesture in progress ends without changing anything. */
    boolean cancel() {
        if (gesture == null) {
            return false;
        }
        gesture.clearFeedback();
        gesture = null;
        return true;
    }

    DiagramCanvasView view() {
        return view;
    }

    private static String propertyUp(Node node, String key) {
        for (Node n = node; n != null; n = n.getParent()) {
            Object value = n.getProperties().get(key);
            if (value != null) {
                return value.toString();
            }
        }
        return null;
    }
}
