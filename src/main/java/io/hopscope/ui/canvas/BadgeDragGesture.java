package io.hopscope.ui.canvas;

import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;

/**
 * A security group, route table or ACL badge dragged onto another workload or subnet attaches or
 * associates it there (one edit); the press alone selects the badge's resource.
 */
final class BadgeDragGesture extends CanvasGesture {

    BadgeDragGesture(CanvasEditGestures canvas, MouseEvent press, String resourceId) {
        super(canvas, press, resourceId);
    }

    @Override
    void drag(MouseEvent e, double dx, double dy) {
        canvas.view().setCursor(Cursor.CLOSED_HAND);
    }

    @Override
    void commit(MouseEvent e) {
        Point2D p = canvas.toCanvas(e.getSceneX(), e.getSceneY());
        canvas.editor().dropBadge(target, p.getX(), p.getY());
    }
}
