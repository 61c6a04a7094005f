package io.hopscope.ui.canvas;

import io.hopscope.diagram.render.CanvasItem;

/** Something outside every VPC (the internet, an AWS service, an on-premises network): a round tile. */
final class ExternalShapeView extends ShapeView {

    ExternalShapeView(CanvasItem item, double originX, double originY) {
        super(item, originX, originY);
        getChildren().addAll(GatewayShapeView.tileWithCaption(item, item.bounds().width(), item.bounds().height(), "disc", GatewayShapeView.CaptionSide.RIGHT));
    }
}
