package io.hopscope.ui.canvas;

import io.hopscope.diagram.render.CanvasItem;
import io.hopscope.diagram.render.DiagramPictureBuilder;
import io.hopscope.diagram.render.SgBadge;
import javafx.scene.control.Label;

/**
 * A subnet: a container whose header band and tag say public or private (green or blue, by the
 * {@code subnet-public}/{@code subnet-private} style class), with CIDR and availability zone.
 */
final class SubnetShapeView extends ShapeView {

    SubnetShapeView(CanvasItem item, double originX, double originY) {
        super(item, originX, originY);
        double w = item.bounds().width();
        double h = item.bounds().height();
        Label tag = label(item.tag(), "tag", 0, 6, 80);
        tag.layoutXProperty().bind(tag.widthProperty().negate().add(w - 10));
        getChildren().addAll(
                box("frame", 0, 0, w, h),
                box("header", 0, 0, w, DiagramPictureBuilder.SUBNET_HEADER - 6),
                label(item.title(), "title", 10, 4, w - 100),
                label(item.detail(), "detail", 10, 21, w - 20),
                tag,
                associationBadges(item, 8, h - 24));
    }

    /** Route table and ACL pills; clicking one selects that table or ACL. */
    private static javafx.scene.layout.HBox associationBadges(CanvasItem item, double x, double y) {
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(4);
        row.getStyleClass().add("subnet-badges");
        for (SgBadge badge : item.badges()) {
            Label l = new Label(badge.label());
            l.getStyleClass().add("subnet-badge");
            l.getProperties().put(DiagramCanvasView.BADGE_RESOURCE_ID, badge.securityGroupId());
            l.setMaxWidth(120);
            row.getChildren().add(l);
        }
        row.relocate(x, y);
        return row;
    }
}
