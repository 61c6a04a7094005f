package io.hopscope.ui.canvas;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Ctrl+wheel zooms around the mouse; dragging empty canvas pans. Plain mouse events, because
 * system drag-and-drop fails under headless Monocle and is not what panning is.
 */
final class ZoomAndPan {

    private record PanStart(double sceneX, double sceneY, double hvalue, double vvalue) {
    }

    private final DiagramCanvasView view;
    private final ScrollPane scrollPane;
    private PanStart panStart;

    ZoomAndPan(DiagramCanvasView view) {
        this.view = view;
        this.scrollPane = view.scrollPane();
    }

    void install() {
        scrollPane.addEventFilter(ScrollEvent.SCROLL, e -> {
            if ((e.isControlDown() || e.isShortcutDown()) && e.getDeltaY() != 0) {
                zoomAround(e.getDeltaY() > 0 ? DiagramCanvasViewModel.ZOOM_STEP : 1 / DiagramCanvasViewModel.ZOOM_STEP,
                        e.getSceneX(), e.getSceneY());
                e.consume();
            }
        });
        scrollPane.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            // Shift+drag on empty canvas is the rubber band of the editor, not a pan.
            if (e.getButton() == MouseButton.PRIMARY && !(view.editing().isPresent() && e.isShiftDown())
                    && DiagramCanvasView.isEmptyCanvas(e.getPickResult().getIntersectedNode())) {
                panStart = new PanStart(e.getSceneX(), e.getSceneY(), scrollPane.getHvalue(), scrollPane.getVvalue());
                scrollPane.setCursor(Cursor.CLOSED_HAND);
            }
        });
        scrollPane.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (panStart != null) {
                scrollPane.setHvalue(panStart.hvalue());
                scrollPane.setVvalue(panStart.vvalue());
                scrollBy(panStart.sceneX() - e.getSceneX(), panStart.sceneY() - e.getSceneY());
                e.consume();
            }
        });
        scrollPane.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (panStart != null) {
                panStart = null;
                // Back to the inherited cursor: a mode's cursor (picking a destination) shows again.
                scrollPane.setCursor(null);
            }
        });
    }

    /** Keeps the canvas point under the mouse where it is while the scale changes. */
    private void zoomAround(double factor, double sceneX, double sceneY) {
        Point2D anchor = view.world().sceneToLocal(sceneX, sceneY);
        view.getViewModel().setScale(view.getViewModel().getScale() * factor);
        scrollPane.layout();
        Point2D moved = view.world().localToScene(anchor);
        scrollBy(moved.getX() - sceneX, moved.getY() - sceneY);
    }

    /** Scrolls the view by a distance in screen pixels, within the view.content(). */
    private void scrollBy(double dx, double dy) {
        Bounds viewport = scrollPane.getViewportBounds();
        double spareX = view.content().getLayoutBounds().getWidth() - viewport.getWidth();
        double spareY = view.content().getLayoutBounds().getHeight() - viewport.getHeight();
        if (spareX > 0) {
            scrollPane.setHvalue(DiagramCanvasView.clamp01(scrollPane.getHvalue() + dx / spareX));
        }
        if (spareY > 0) {
            scrollPane.setVvalue(DiagramCanvasView.clamp01(scrollPane.getVvalue() + dy / spareY));
        }
    }
}
