package io.hopscope.ui.canvas;

import io.hopscope.diagram.render.CanvasItem;
import io.hopscope.diagram.render.DiagramPicture;
import io.hopscope.diagram.render.ItemKind;
import io.hopscope.diagram.render.Rect;
import io.hopscope.edit.create.DropTarget;
import io.hopscope.model.NetworkModel;
import java.util.Set;

/** What lies under a canvas point: the innermost VPC, subnet and workload drawn there. */
final class DropTargets {

    private DropTargets() {
    }

    /** {@code ignored}: shapes being moved, which are not where they land. */
    static DropTarget at(DiagramPicture picture, NetworkModel model, double x, double y, Set<String> ignored) {
        String vpc = null;
        String subnet = null;
        String workload = null;
        for (CanvasItem item : picture.items()) {
            Rect b = item.bounds();
            if (ignored.contains(item.resourceId()) || x < b.x() || y < b.y() || x > b.maxX() || y > b.maxY()) {
                continue;
            }
            if (item.kind() == ItemKind.VPC) {
                vpc = item.resourceId();
            } else if (item.kind() == ItemKind.SUBNET) {
                subnet = item.resourceId();
                vpc = item.parentId() != null ? item.parentId() : vpc;
            } else if (item.kind() == ItemKind.WORKLOAD && model.workload(item.resourceId()) != null) {
                workload = item.resourceId();
            }
        }
        return new DropTarget(vpc, subnet, workload, x, y);
    }
}
