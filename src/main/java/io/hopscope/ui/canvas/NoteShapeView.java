package io.hopscope.ui.canvas;

import io.hopscope.diagram.render.CanvasItem;
import javafx.scene.control.Label;

/** A free note: wrapped text on a paper-coloured box. */
final class NoteShapeView extends ShapeView {

    NoteShapeView(CanvasItem item, double originX, double originY) {
        super(item, originX, originY);
        double w = item.bounds().width();
        double h = item.bounds().height();
        Label text = label(item.title(), "note-text", 0, 0, w);
        text.setWrapText(true);
        text.setMinSize(w, h);
        text.setPrefSize(w, h);
        text.setMaxSize(w, h);
        getChildren().add(text);
    }
}
