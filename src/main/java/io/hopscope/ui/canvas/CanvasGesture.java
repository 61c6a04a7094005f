package io.hopscope.ui.canvas;

import javafx.scene.input.MouseEvent;

/**
 * One mouse gesture on the canvas, from press to release: live feedback while dragging, at most
 * one edit on release, nothing at all after Esc ({@link #clearFeedback()} alone). Which gesture a
 * press starts is decided by {@link CanvasEditGestures}.
 */
abstract class CanvasGesture {

    final CanvasEditGestures canvas;
    final double startSceneX;
    final double startSceneY;
    /** The resource the gesture started on (null for a band on empty canvas). */
    final String target;
    boolean dragged;

    CanvasGesture(CanvasEditGestures canvas, MouseEvent press, String target) {
        this.canvas = canvas;
        this.startSceneX = press.getSceneX();
        this.startSceneY = press.getSceneY();
        this.target = target;
    }

    /** Shows where the gesture would end, the pointer {@code dx, dy} canvas units from the press. */
    abstract void drag(MouseEvent e, double dx, double dy);

    /** Release after a drag: performs the gesture's edit. */
    abstract void commit(MouseEvent e);

    /** Release without a drag: what a click means for this gesture (nothing by default). */
    void click(MouseEvent e) {
    }

    /** Takes the feedback away (release or Esc). */
    void clearFeedback() {
        canvas.view().setCursor(null);
        canvas.hideBand();
    }
}
