package io.hopscope.ui.canvas;

import io.hopscope.diagram.render.Rect;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;

/** Where the canvas's viewport looks, in picture units, and scrolling it onto a shape. */
final class CanvasViewport {

    private final DiagramCanvasView view;

    CanvasViewport(DiagramCanvasView view) {
        this.view = view;
    }

    /** The canvas rectangle (layout units) the viewport shows now. */
    Rect visibleCanvasRect() {
        Bounds viewport = view.scrollPane().localToScene(view.scrollPane().getLayoutBounds());
        Point2D a = view.world().sceneToLocal(viewport.getMinX(), viewport.getMinY());
        Point2D b = view.world().sceneToLocal(viewport.getMaxX(), viewport.getMaxY());
        return new Rect(a.getX() + view.originX(), a.getY() + view.originY(), b.getX() - a.getX(), b.getY() - a.getY());
    }

    /** Scrolls so {@code box} is in the middle of the view, as far as the scroll range allows. */
    void centreOn(Rect box) {
        Bounds viewport = view.scrollPane().getViewportBounds();
        Point2D centre = view.content().sceneToLocal(
                view.world().localToScene(box.centerX() - view.originX(), box.centerY() - view.originY()));
        double spareX = view.content().getLayoutBounds().getWidth() - viewport.getWidth();
        double spareY = view.content().getLayoutBounds().getHeight() - viewport.getHeight();
        if (spareX > 0) {
            view.scrollPane().setHvalue(DiagramCanvasView.clamp01((centre.getX() - viewport.getWidth() / 2) / spareX));
        }
        if (spareY > 0) {
            view.scrollPane().setVvalue(DiagramCanvasView.clamp01((centre.getY() - viewport.getHeight() / 2) / spareY));
        }
    }

    /** Scales so the whole picture fits the viewport; {@code atMostActualSize}: never past 100 %. */
    void fit(boolean atMostActualSize) {
        if (!atMostActualSize) {
            Bounds viewport = view.scrollPane().getViewportBounds();
            view.getViewModel().fitTo(viewport.getWidth(), viewport.getHeight());
            return;
        }
        if (view.scrollPane().getViewportBounds().getWidth() <= 0 && view.getScene() != null) {
            // Opened at start-up, before the first layout pass sized the viewport.
            view.getScene().getRoot().applyCss();
            view.getScene().getRoot().layout();
        }
        Bounds viewport = view.scrollPane().getViewportBounds();
        view.getViewModel().fitToAtMostActualSize(viewport.getWidth(), viewport.getHeight());
    }
}
