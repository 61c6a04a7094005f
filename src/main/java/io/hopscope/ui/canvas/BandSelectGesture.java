package io.hopscope.ui.canvas;

import io.hopscope.diagram.render.Rect;

import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;

/**
 * Shift+drag on empty canvas, or inside a VPC or subnet, draws a rubber band and selects what lies
 * within it (Ctrl adds to the selection). A Shift+click on a container still toggles it.
 */
final class BandSelectGesture extends CanvasGesture {

    BandSelectGesture(CanvasEditGestures canvas, MouseEvent press, String container) {
        super(canvas, press, container);
    }

    @Override
    void drag(MouseEvent e, double dx, double dy) {
        Point2D a = canvas.view().world().sceneToLocal(startSceneX, startSceneY);
        Point2D b = canvas.view().world().sceneToLocal(e.getSceneX(), e.getSceneY());
        canvas.showBand(Math.min(a.getX(), b.getX()), Math.min(a.getY(), b.getY()),
                Math.abs(a.getX() - b.getX()), Math.abs(a.getY() - b.getY()));
    }

    @Override
    void commit(MouseEvent e) {
        Point2D a = canvas.toCanvas(startSceneX, startSceneY);
        Point2D b = canvas.toCanvas(e.getSceneX(), e.getSceneY());
        canvas.editor().selectWithin(new Rect(Math.min(a.getX(), b.getX()), Math.min(a.getY(), b.getY()),
                Math.abs(a.getX() - b.getX()), Math.abs(a.getY() - b.getY())), e.isShortcutDown());
    }

    @Override
    void click(MouseEvent e) {
        if (target != null) {
            canvas.editor().click(target, true);
        }
    }
}
