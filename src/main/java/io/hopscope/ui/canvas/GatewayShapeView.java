package io.hopscope.ui.canvas;

import io.hopscope.diagram.render.CanvasItem;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * A gateway or endpoint: an icon tile astride its VPC's edge, its name underneath or, on a side
 * edge, outside the VPC next to it. A NAT
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
            CaptionSide side = item.hasStyleClass("edge-left") ? CaptionSide.LEFT
                    : item.hasStyleClass("edge-right") ? CaptionSide.RIGHT : CaptionSide.BELOW;
            getChildren().addAll(tileWithCaption(item, w, h, "tile", side));
        }
    }

    /** Where a tile's name goes: below it, or beside it away from what it is attached to. */
    enum CaptionSide { BELOW, LEFT, RIGHT }

    /** The tile with its icon centred, its name and detail on {@code side}, badges under the name. */
    static Node[] tileWithCaption(CanvasItem item, double w, double h, String tileClass, CaptionSide side) {
        double icon = Math.min(w, h) * 0.6;
        double x = switch (side) {
            case BELOW -> (w - LABEL_WIDTH) / 2;
            case LEFT -> -8 - LABEL_WIDTH;
            case RIGHT -> w + 8;
        };
        double y = side == CaptionSide.BELOW ? h + 4 : h / 2 - 17;
        Label title = label(item.title(), "title", x, y, LABEL_WIDTH);
        Label detail = label(item.detail(), "detail", x, y + 18, LABEL_WIDTH);
        Pos alignment = switch (side) {
            case BELOW -> Pos.CENTER;
            case LEFT -> Pos.CENTER_RIGHT;
            case RIGHT -> Pos.CENTER_LEFT;
        };
        for (Label l : List.of(title, detail)) {
            l.setMinWidth(LABEL_WIDTH);
            l.setAlignment(alignment);
        }
        return new Node[] {
                box(tileClass, 0, 0, w, h),
                icon(item.icon(), (w - icon) / 2, (h - icon) / 2, icon),
                title, detail,
                badges(item, side == CaptionSide.BELOW ? 0 : x, y + 38)};
    }
}
