package io.hopscope.ui.canvas;

import io.hopscope.diagram.render.Rect;

import javafx.scene.input.MouseEvent;

/** Dragging the corner handle of a selected box outlines its new size; release resizes it (one edit). */
final class ResizeGesture extends CanvasGesture {

    private double dx;
    private double dy;

    ResizeGesture(CanvasEditGestures canvas, MouseEvent press, String boxId) {
        super(canvas, press, boxId);
    }

    @Override
    void drag(MouseEvent e, double dx, double dy) {
        this.dx = dx;
        this.dy = dy;
        CanvasEditorViewModel editor = canvas.editor();
        Rect b = editor.picture().item(target).orElseThrow().bounds();
        double min = editor.minimumSize(target);
        canvas.showBand(b.x() - canvas.view().originX(), b.y() - canvas.view().originY(),
                Math.max(min, b.width() + dx), Math.max(min, b.height() + dy));
    }

    @Override
    void commit(MouseEvent e) {
        canvas.editor().resize(target, dx, dy);
    }
}
