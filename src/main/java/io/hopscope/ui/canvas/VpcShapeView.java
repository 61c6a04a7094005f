package io.hopscope.ui.canvas;

import io.hopscope.diagram.render.CanvasItem;
import io.hopscope.diagram.render.DiagramPictureBuilder;

/** A VPC: a large tinted container with its name, CIDR blocks and Region in the header. */
final class VpcShapeView extends ShapeView {

    VpcShapeView(CanvasItem item, double originX, double originY) {
        super(item, originX, originY);
        double w = item.bounds().width();
        double h = item.bounds().height();
        getChildren().addAll(
                box("frame", 0, 0, w, h),
                box("header", 0, 0, w, DiagramPictureBuilder.VPC_HEADER),
                label(item.title(), "title", 14, 7, w - 28),
                label(item.detail(), "detail", 14, 29, w - 28));
    }
}
