package io.hopscope.ui.canvas;

import io.hopscope.diagram.render.CanvasItem;

/**
 * A workload card: the icon of its kind, its name and addresses, and its security groups as
 * badges along the bottom edge.
 */
final class WorkloadShapeView extends ShapeView {

    static final double ICON = 30;

    WorkloadShapeView(CanvasItem item, double originX, double originY) {
        super(item, originX, originY);
        double w = item.bounds().width();
        double h = item.bounds().height();
        double iconY = Math.max(4, (h - ICON) / 2 - 4);
        getChildren().addAll(
                box("card", 0, 0, w, h),
                icon(item.icon(), 10, iconY, ICON),
                label(item.title(), "title", ICON + 18, 9, w - ICON - 26),
                label(item.detail(), "detail", ICON + 18, 29, w - ICON - 26),
                badges(item, 8, h - 9));
    }
}
