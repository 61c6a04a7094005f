package io.hopscope.ui.canvas;

import io.hopscope.diagram.render.CanvasLink;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;

/**
 * A line between two items: a peering connection (solid, labelled, found by its {@code pcx-} id)
 * or the way an outside endpoint comes in (dashed, unlabelled).
 */
final class LinkView extends Group {

    LinkView(CanvasLink link, double originX, double originY) {
        getStyleClass().addAll("link", link.kind().styleClass());
        getStyleClass().addAll(link.styleClasses());
        if (link.resourceId() != null) {
            setId(link.resourceId());
            getProperties().put(DiagramCanvasView.RESOURCE_ID, link.resourceId());
        }
        setUserData(link);
        Line line = new Line(link.startX() - originX, link.startY() - originY, link.endX() - originX, link.endY() - originY);
        line.getStyleClass().add("link-line");
        getChildren().add(line);
        if (!link.label().isEmpty()) {
            Label label = new Label(link.label());
            label.getStyleClass().add("link-label");
            // Centred on the line's midpoint once the label knows its own size.
            double midX = (line.getStartX() + line.getEndX()) / 2;
            double midY = (line.getStartY() + line.getEndY()) / 2;
            label.layoutXProperty().bind(label.widthProperty().divide(-2).add(midX));
            label.layoutYProperty().bind(label.heightProperty().divide(-2).add(midY));
            getChildren().add(label);
        }
    }
}
