package io.hopscope.ui.canvas;

import io.hopscope.diagram.render.CanvasItem;

/**
 * An interface no workload or NAT gateway owns (a load balancer's node, a Lambda function's ENI),
 * where the layout placed it: a small card with its name and address, as exported pictures draw it.
 */
final class InterfaceShapeView extends ShapeView {

    InterfaceShapeView(CanvasItem item, double originX, double originY) {
        super(item, originX, originY);
        double w = item.bounds().width();
        double h = item.bounds().height();
        getChildren().addAll(
                box("card", 0, 0, w, h),
                label(item.title(), "title", 8, Math.max(2, h / 2 - 17), w - 16),
                label(item.detail(), "detail", 8, Math.max(18, h / 2 + 1), w - 16));
    }
}
