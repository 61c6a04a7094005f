package io.hopscope.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;

/** Dragging a selected shape moves the whole selection live and commits one move on release. */
final class MoveGesture extends CanvasGesture {

    private final List<Node> nodes = new ArrayList<>();
    private double dx;
    private double dy;

    MoveGesture(CanvasEditGestures canvas, MouseEvent press, String target) {
        super(canvas, press, target);
        for (String moving : canvas.editor().movingIds()) {
            Node n = canvas.view().drawnNode(moving);
            if (n != null) {
                nodes.add(n);
            }
        }
    }

    @Override
    void drag(MouseEvent e, double rawDx, double rawDy) {
        // Alt drags freely; otherwise the moved box snaps to the grid as it goes.
        double[] d = e.isAltDown() ? new double[] {rawDx, rawDy} : canvas.editor().snappedOffset(rawDx, rawDy);
        dx = d[0];
        dy = d[1];
        for (Node n : nodes) {
            n.setTranslateX(dx);
            n.setTranslateY(dy);
        }
    }

    @Override
    void commit(MouseEvent e) {
        canvas.editor().moveSelection(dx, dy);
    }

    /** A plain click on a selected shape narrows the selection to it. */
    @Override
    void click(MouseEvent e) {
        if (!e.isShiftDown()) {
            canvas.editor().click(target, false);
        }
    }

    @Override
    void clearFeedback() {
        super.clearFeedback();
        for (Node n : nodes) {
            n.setTranslateX(0);
            n.setTranslateY(0);
        }
    }
}
