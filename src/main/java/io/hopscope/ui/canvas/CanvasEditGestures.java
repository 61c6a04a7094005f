package io.hopscope.ui.canvas;

import io.hopscope.edit.create.NewResourceKind;
import java.util.ArrayList;
import java.util.List;
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
 * The canvas's editing gestures, driven by plain mouse and key events (system drag-and-drop does
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
    private Gesture gesture;
    private Runnable onDeleteRequest = () -> { };

    private enum Kind { MOVE, BAND, RESIZE, BADGE }

    private static final class Gesture {
        final Kind kind;
        final double startSceneX;
        final double startSceneY;
        final String target;
        final List<Node> nodes = new ArrayList<>();
        boolean dragged;
        double dx;
        double dy;

        Gesture(Kind kind, MouseEvent e, String target) {
            this.kind = kind;
            this.startSceneX = e.getSceneX();
            this.startSceneY = e.getSceneY();
            this.target = target;
        }
    }

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

    void pressed(MouseEvent e) {
        view.requestFocus();
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Node picked = e.getPickResult().getIntersectedNode();
        String resizeFor = propertyUp(picked, RESIZE_HANDLE_FOR);
        if (resizeFor != null && !resizeFor.isEmpty()) {
            gesture = new Gesture(Kind.RESIZE, e, resizeFor);
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
            // A badge dragged onto another workload or subnet attaches that group, table or ACL there.
            gesture = new Gesture(Kind.BADGE, e, badge);
            e.consume();
            return;
        }
        if (id != null && e.isShiftDown() && editor.isContainer(id)) {
            // Shift+drag inside a VPC or subnet draws a rubber band there; a Shift+click still toggles.
            gesture = new Gesture(Kind.BAND, e, id);
            e.consume();
            return;
        }
        if (id != null) {
            if (e.isShiftDown() || !editor.document().getSelection().contains(id)) {
                editor.click(id, e.isShiftDown());
            }
            if (editor.document().getSelection().contains(id)) {
                gesture = new Gesture(Kind.MOVE, e, id);
                for (String moving : editor.movingIds()) {
                    Node n = view.drawnNode(moving);
                    if (n != null) {
                        gesture.nodes.add(n);
                    }
                }
            }
            return;
        }
        if (DiagramCanvasView.isEmptyCanvas(picked)) {
            if (e.isShiftDown()) {
                gesture = new Gesture(Kind.BAND, e, null);
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
        double dx = sx / scale;
        double dy = sy / scale;
        switch (gesture.kind) {
            case MOVE -> {
                // Alt drags freely; otherwise the moved box snaps to the grid as it goes.
                double[] d = e.isAltDown() ? new double[] {dx, dy} : editor.snappedOffset(dx, dy);
                gesture.dx = d[0];
                gesture.dy = d[1];
                for (Node n : gesture.nodes) {
                    n.setTranslateX(d[0]);
                    n.setTranslateY(d[1]);
                }
            }
            case BAND -> {
                Point2D a = view.world().sceneToLocal(gesture.startSceneX, gesture.startSceneY);
                Point2D b = view.world().sceneToLocal(e.getSceneX(), e.getSceneY());
                band.setX(Math.min(a.getX(), b.getX()));
                band.setY(Math.min(a.getY(), b.getY()));
                band.setWidth(Math.abs(a.getX() - b.getX()));
                band.setHeight(Math.abs(a.getY() - b.getY()));
                if (!view.world().getChildren().contains(band)) {
                    view.world().getChildren().add(band);
                }
                band.setVisible(true);
            }
            case BADGE -> view.setCursor(javafx.scene.Cursor.CLOSED_HAND);
            case RESIZE -> {
                gesture.dx = dx;
                gesture.dy = dy;
                Rect b = editor.picture().item(gesture.target).orElseThrow().bounds();
                band.setX(b.x() - view.originX());
                band.setY(b.y() - view.originY());
                band.setWidth(Math.max(editor.minimumSize(gesture.target), b.width() + dx));
                band.setHeight(Math.max(editor.minimumSize(gesture.target), b.height() + dy));
                if (!view.world().getChildren().contains(band)) {
                    view.world().getChildren().add(band);
                }
                band.setVisible(true);
            }
        }
        e.consume();
    }

    void released(MouseEvent e) {
        Gesture g = gesture;
        if (g == null) {
            return;
        }
        clearFeedback(g);
        gesture = null;
        if (!g.dragged) {
            if (g.kind == Kind.BAND && g.target != null) {
                editor.click(g.target, true);
            } else if (g.kind == Kind.MOVE && !e.isShiftDown()) {
                // A plain click on a selected shape narrows the selection to it.
                editor.click(g.target, false);
            }
            return;
        }
        switch (g.kind) {
            case MOVE -> editor.moveSelection(g.dx, g.dy);
            case BAND -> {
                Point2D a = toCanvas(g.startSceneX, g.startSceneY);
                Point2D b = toCanvas(e.getSceneX(), e.getSceneY());
                editor.selectWithin(new Rect(Math.min(a.getX(), b.getX()), Math.min(a.getY(), b.getY()),
                        Math.abs(a.getX() - b.getX()), Math.abs(a.getY() - b.getY())), e.isShortcutDown());
            }
            case RESIZE -> editor.resize(g.target, g.dx, g.dy);
            case BADGE -> {
                Point2D p = toCanvas(e.getSceneX(), e.getSceneY());
                editor.dropBadge(g.target, p.getX(), p.getY());
            }
        }
        e.consume();
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
        clearFeedback(gesture);
        gesture = null;
        return true;
    }

    private void clearFeedback(Gesture g) {
        view.setCursor(null);
        for (Node n : g.nodes) {
            n.setTranslateX(0);
            n.setTranslateY(0);
        }
        band.setVisible(false);
        view.world().getChildren().remove(band);
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
