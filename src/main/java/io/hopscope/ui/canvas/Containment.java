package io.hopscope.ui.canvas;

import io.hopscope.diagram.render.CanvasItem;
import io.hopscope.diagram.render.DiagramPicture;
import io.hopscope.diagram.render.ItemKind;
import io.hopscope.diagram.render.Rect;
import static io.hopscope.diagram.render.DiagramPictureBuilder.SUBNET_HEADER;
import static io.hopscope.diagram.render.DiagramPictureBuilder.VPC_HEADER;

import io.hopscope.edit.create.DropTarget;
import io.hopscope.edit.create.NewResourceKind;
import io.hopscope.edit.create.NewResourcePlanner;
import java.util.List;
import java.util.Optional;

/**
 * Where a box may sit inside its container. A subnet keeps clear of its VPC's header and border;
 * a card keeps clear of its subnet's header and of the route table / ACL badges along the
 * subnet's bottom, which it would otherwise cover. Gateways sit astride their VPC's border, at the
 * point of the border nearest to where they were dropped.
 */
final class Containment {

    static final double GRID = NewResourcePlanner.GRID;
    /** The band along a subnet's bottom that its route table and ACL badges take. */
    static final double BADGE_BAND = 40;
    private static final double INSET = 8;

    private Containment() {
    }

    /** The area a child of {@code container} may cover. */
    static Rect inner(CanvasItem container) {
        Rect b = container.bounds();
        if (container.kind() == ItemKind.VPC) {
            return new Rect(b.x() + GRID, b.y() + VPC_HEADER, b.width() - 2 * GRID, b.height() - VPC_HEADER - GRID);
        }
        double bottom = container.badges().isEmpty() ? INSET : BADGE_BAND;
        return new Rect(b.x() + INSET, b.y() + SUBNET_HEADER, b.width() - 2 * INSET, b.height() - SUBNET_HEADER - bottom);
    }

    /**
     * The drop point a palette drop really uses: a new subnet (or card) whose box would stick out of
     * its VPC (or subnet) is pulled in; a gateway goes onto the nearest point of its VPC's border.
     */
    static DropTarget adjust(DiagramPicture picture, NewResourceKind kind, DropTarget target) {
        if (kind.sitsOnVpcEdge() && target.vpcId() != null) {
            Optional<CanvasItem> vpc = picture.item(target.vpcId());
            return vpc.map(v -> onBorder(v.bounds(), target)).orElse(target);
        }
        String containerId = kind == NewResourceKind.SUBNET ? target.vpcId()
                : kind.needs() == NewResourceKind.Needs.SUBNET ? target.subnetId() : null;
        if (containerId == null || !kind.hasBox()) {
            return target;
        }
        Optional<CanvasItem> container = picture.item(containerId);
        if (container.isEmpty()) {
            return target;
        }
        Rect inner = inner(container.get());
        double x = clampStart(NewResourcePlanner.snap(target.x() - kind.width() / 2), kind.width(), inner.x(), inner.maxX());
        double y = clampStart(NewResourcePlanner.snap(target.y() - kind.height() / 2), kind.height(), inner.y(), inner.maxY());
        return new DropTarget(target.vpcId(), target.subnetId(), target.workloadId(), x + kind.width() / 2,
                y + kind.height() / 2);
    }

    /**
     * A gateway dropped just outside its VPC (on the border line, half outside) still belongs to
     * it: the VPC whose border passes within half a tile of the point, when the point is in no VPC.
     */
    static DropTarget nearBorder(DiagramPicture picture, DropTarget target, double tolerance) {
        if (target.vpcId() != null) {
            return target;
        }
        for (CanvasItem item : picture.items()) {
            Rect b = item.bounds();
            if (item.kind() == ItemKind.VPC && target.x() >= b.x() - tolerance && target.x() <= b.maxX() + tolerance
                    && target.y() >= b.y() - tolerance && target.y() <= b.maxY() + tolerance) {
                return new DropTarget(item.resourceId(), null, null, target.x(), target.y());
            }
        }
        return target;
    }

    /**
     * How far a move of {@code (dx, dy)} may go for cards whose subnet does not move with them: the
     * offset shortened so that each card stays inside its subnet's inner area (never less than 0).
     */
    static double[] limitMove(DiagramPicture picture, List<String> moving, double dx, double dy) {
        double lx = dx;
        double ly = dy;
        for (String id : moving) {
            CanvasItem item = picture.item(id).orElse(null);
            if (item == null || item.kind() != ItemKind.WORKLOAD || item.parentId() == null || moving.contains(item.parentId())) {
                continue;
            }
            CanvasItem subnet = picture.item(item.parentId()).orElse(null);
            if (subnet == null || subnet.kind() != ItemKind.SUBNET) {
                continue;
            }
            Rect in = inner(subnet);
            Rect b = item.bounds();
            lx = limit(lx, in.x() - b.x(), in.maxX() - b.maxX());
            ly = limit(ly, in.y() - b.y(), in.maxY() - b.maxY());
        }
        return new double[] {lx, ly};
    }

    /** Limits an offset to [low, high], never making it move the other way nor growing it. */
    private static double limit(double d, double low, double high) {
        if (d > 0) {
            return Math.max(0, Math.min(d, high));
        }
        if (d < 0) {
            return Math.min(0, Math.max(d, low));
        }
        return 0;
    }

    private static double clampStart(double start, double size, double min, double max) {
        double lowest = Math.ceil(min / GRID) * GRID;
        double highest = Math.floor((max - size) / GRID) * GRID;
        if (highest < lowest) {
            return lowest;
        }
        return Math.max(lowest, Math.min(highest, start));
    }

    private static DropTarget onBorder(Rect v, DropTarget t) {
        double x = Math.max(v.x(), Math.min(v.maxX(), t.x()));
        double y = Math.max(v.y(), Math.min(v.maxY(), t.y()));
        double toLeft = Math.abs(x - v.x());
        double toRight = Math.abs(v.maxX() - x);
        double toTop = Math.abs(y - v.y());
        double toBottom = Math.abs(v.maxY() - y);
        double nearest = Math.min(Math.min(toLeft, toRight), Math.min(toTop, toBottom));
        // Along the border the tile snaps to the grid; across it, it stays centred on the line.
        double alongX = Math.max(v.x() + GRID, Math.min(v.maxX() - GRID, NewResourcePlanner.snap(x)));
        double alongY = Math.max(v.y() + VPC_HEADER / 2, Math.min(v.maxY() - GRID, NewResourcePlanner.snap(y)));
        if (nearest == toTop) {
            return new DropTarget(t.vpcId(), t.subnetId(), t.workloadId(), alongX, v.y());
        }
        if (nearest == toBottom) {
            return new DropTarget(t.vpcId(), t.subnetId(), t.workloadId(), alongX, v.maxY());
        }
        return new DropTarget(t.vpcId(), t.subnetId(), t.workloadId(), nearest == toLeft ? v.x() : v.maxX(), alongY);
    }
}
