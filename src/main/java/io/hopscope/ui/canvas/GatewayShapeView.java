package io.hopscope.ui.canvas;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * A gateway or endpoint: an icon tile astride its VPC's edge with the name underneath. A NAT
 * gateway laid out as a wide box inside its subnet is drawn as a card, icon left, text right.
 */
final class GatewayShapeView extends ShapeView {

    private static final double LABEL_WIDTH = 150;

    GatewayShapeView(CanvasItem item, double originX, double originY) {
        super(item, originX, originY);
        double w = item.bounds().width();
        double h = item.bounds().height();
        if (w >= 2 * h) {
            double icon = Math.min(WorkloadShapeView.ICON, h - 8);
            getChildren().addAll(
                    box("card", 0, 0, w, h),
                    icon(item.icon(), 10, (h - icon) / 2, icon),
                    label(item.title(), "title", icon + 18, 9, w - icon - 26),
                    label(item.detail(), "detail", icon + 18, 29, w - icon - 26));
        } else {
            getChildren().addAll(tileWithCaption(item, w, h, "tile", false));
        }
    }

    /**
     * The tile with its icon centred, and the name and detail centred below it, or beside it on
     * the right ({@code beside}) where a line comes in from below.
     */
    static Node[] tileWithCaption(CanvasItem item, double w, double h, String tileClass, boolean beside) {
        double icon = Math.min(w, h) * 0.6;
        Label title;
        Label detail;
        if (beside) {
            title = label(item.title(), "title", w + 8, h / 2 - 17, LABEL_WIDTH);
            detail = label(item.detail(), "detail", w + 8, h / 2 + 1, LABEL_WIDTH);
        } else {
            title = label(item.title(), "title", (w - LABEL_WIDTH) / 2, h + 4, LABEL_WIDTH);
            detail = label(item.detail(), "detail", (w - LABEL_WIDTH) / 2, h + 22, LABEL_WIDTH);
            for (Label l : List.of(title, detail)) {
                l.setMinWidth(LABEL_WIDTH);
                l.setAlignment(Pos.CENTER);
            }
        }
        return new Node[] {
                box(tileClass, 0, 0, w, h),
                icon(item.icon(), (w - icon) / 2, (h - icon) / 2, icon),
                title, detail,
                badges(item, beside ? w + 8 : 0, beside ? h / 2 + 20 : h + 42)};
    }
}
