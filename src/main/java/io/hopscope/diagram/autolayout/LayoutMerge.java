package io.hopscope.diagram.autolayout;

import static io.hopscope.diagram.autolayout.BoxSizes.GAP;
import static io.hopscope.diagram.autolayout.BoxSizes.GRID;

import io.hopscope.diagram.Layout;
import io.hopscope.diagram.Shape;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Re-layout after a re-import: shapes a person placed stay where they are (if their resource still
 * exists and, for a shape inside a container, the container kept its shape and still holds it);
 * a new shape goes into the first free grid slot of its container, or the container grows
 * downward (pushing the shapes below it down by the same amount, so nothing ends up overlapping);
 * a new top-level shape, with its freshly laid-out contents, goes in a row below the drawing.
 */
final class LayoutMerge {

    private final ShapeTree tree;
    private final Layout previous;
    private final Map<String, Box> fresh;
    private final Map<String, Box> placed = new HashMap<>();
    private final Set<String> kept = new HashSet<>();
    private double newRowX;
    private double newRowY = Double.NaN;
    private double newRowBottom;

    LayoutMerge(NetworkModel model, Layout previous) {
        this.tree = ShapeTree.of(model);
        this.previous = previous;
        this.fresh = AutoLayout.boxes(model, tree);
    }

    Layout merge() {
        for (String id : tree.drawableIds()) {
            Shape old = previous.shape(id);
            if (old != null && keeps(id, old)) {
                placed.put(id, Box.of(old));
                kept.add(id);
            }
        }
        for (String id : tree.drawableIds()) {
            if (!placed.containsKey(id)) {
                place(id);
            }
        }
        return AutoLayout.toLayout(placed, previous.notes());
    }

    /** Containers come before their contents in the tree's order, so the container is decided. */
    private boolean keeps(String id, Shape old) {
        String container = tree.containerOf(id);
        if (container == null) {
            return true;
        }
        if (!kept.contains(container)) {
            return false;
        }
        Shape c = previous.shape(container);
        if (tree.placementOf(id) == ShapeTree.Placement.ON_TOP_EDGE) {
            // A gateway stays where it was put as long as it still sits on its VPC's top edge.
            return old.y() < c.y() && old.y() + old.height() > c.y() && old.x() >= c.x()
                    && old.x() + old.width() <= c.x() + c.width();
        }
        return c.contains(old);
    }

    private void place(String id) {
        String container = tree.containerOf(id);
        if (container == null) {
            placeTopLevel(id);
        } else if (tree.placementOf(id) == ShapeTree.Placement.ON_TOP_EDGE) {
            placeOnEdge(id, container);
        } else {
            placeInside(id, container);
        }
    }

    /** A new top-level shape and its whole fresh subtree, in a row below everything placed. */
    private void placeTopLevel(String id) {
        Box f = fresh.get(id);
        if (kept.isEmpty()) {
            // Nothing to keep (a first layout): the automatic layout as it is.
            List<String> subtree = new ArrayList<>();
            collect(id, subtree);
            for (String member : subtree) {
                Box b = fresh.get(member);
                placed.put(member, new Box(b.x, b.y, b.w, b.h));
            }
            return;
        }
        if (Double.isNaN(newRowY)) {
            double bottom = AutoLayout.MARGIN;
            double left = AutoLayout.MARGIN;
            for (Box b : placed.values()) {
                bottom = Math.max(bottom, b.bottom());
                left = Math.min(left, b.x);
            }
            newRowX = left;
            newRowY = BoxSizes.snapUp(bottom + AutoLayout.TOP_LEVEL_GAP + BoxSizes.LEAF_HEIGHT / 2);
            newRowBottom = newRowY;
        }
        List<String> subtree = new ArrayList<>();
        collect(id, subtree);
        double dx = newRowX - f.x;
        double dy = newRowY - f.y;
        for (String member : subtree) {
            Box b = fresh.get(member);
            placed.put(member, new Box(b.x + dx, b.y + dy, b.w, b.h));
        }
        newRowX += f.w + AutoLayout.TOP_LEVEL_GAP;
        newRowBottom = Math.max(newRowBottom, newRowY + f.h);
    }

    private void collect(String id, List<String> into) {
        into.add(id);
        for (String c : tree.childrenInside(id)) {
            collect(c, into);
        }
        for (String c : tree.onTopEdgeOf(id)) {
            collect(c, into);
        }
    }

    /** A new gateway goes right of the gateways already on the VPC's top edge. */
    private void placeOnEdge(String id, String vpcId) {
        Box vpc = placed.get(vpcId);
        Box f = fresh.get(id);
        double x = vpc.x + VpcBlock.labelRoom(tree.resource(vpcId));
        for (String other : tree.onTopEdgeOf(vpcId)) {
            Box o = placed.get(other);
            if (o != null && !other.equals(id)) {
                x = Math.max(x, o.right() + GAP);
            }
        }
        placed.put(id, new Box(x, vpc.y - f.h / 2, f.w, f.h));
        double overhang = x + f.w + GAP - vpc.right();
        if (overhang > 0) {
            grow(vpcId, BoxSizes.snapUp(overhang), 0);
        }
    }

    /** A new shape inside a placed container: its fresh contents move along with it. */
    private void placeInside(String id, String containerId) {
        Box c = placed.get(containerId);
        Box f = fresh.get(id);
        double header = tree.resource(containerId) instanceof Vpc ? BoxSizes.VPC_HEADER : BoxSizes.SUBNET_HEADER;
        double[] slot = freeSlot(containerId, c, f.w, f.h, header);
        if (slot == null) {
            slot = new double[] {c.x + GAP, c.bottom()};
            double needWidth = f.w + 2 * GAP - c.w;
            grow(containerId, needWidth > 0 ? BoxSizes.snapUp(needWidth) : 0, BoxSizes.snapUp(f.h + GAP));
        }
        List<String> subtree = new ArrayList<>();
        collect(id, subtree);
        double dx = slot[0] - f.x;
        double dy = slot[1] - f.y;
        for (String member : subtree) {
            if (member.equals(id) || !placed.containsKey(member)) {
                Box b = fresh.get(member);
                placed.put(member, new Box(b.x + dx, b.y + dy, b.w, b.h));
            }
        }
    }

    /** The first grid position (row by row) where a w x h box fits without touching a sibling. */
    private double[] freeSlot(String containerId, Box c, double w, double h, double header) {
        List<Box> siblings = new ArrayList<>();
        for (String s : tree.childrenInside(containerId)) {
            Box b = placed.get(s);
            if (b != null) {
                siblings.add(b);
            }
        }
        for (double y = c.y + header; y + h + GAP <= c.bottom() + 1e-9; y += GRID) {
            for (double x = c.x + GAP; x + w + GAP <= c.right() + 1e-9; x += GRID) {
                Box candidate = new Box(x, y, w, h);
                Box hit = null;
                for (Box s : siblings) {
                    if (candidate.overlaps(s, GAP - 1e-9)) {
                        hit = s;
                        break;
                    }
                }
                if (hit == null) {
                    return new double[] {x, y};
                }
                // Jump past the sibling in the way instead of trying every grid step across it.
                x = Math.max(x, BoxSizes.snapUp(hit.right() + GAP - c.x) + c.x - GRID);
            }
        }
        return null;
    }

    /**
     * Grows a container by (dw, dh) to the right and downward. Its siblings wholly below its old
     * bottom move down by dh, those wholly right of its old right edge move right by dw (each with
     * its contents), so no two siblings overlap; then its own container grows if it must.
     */
    private void grow(String id, double dw, double dh) {
        Box b = placed.get(id);
        double oldRight = b.right();
        double oldBottom = b.bottom();
        b.w += dw;
        b.h += dh;
        String container = tree.containerOf(id);
        List<String> siblings = container == null ? tree.topLevel() : tree.childrenInside(container);
        for (String s : siblings) {
            Box o = placed.get(s);
            if (s.equals(id) || o == null) {
                continue;
            }
            double dx = dw > 0 && o.x >= oldRight - 1e-9 ? dw : 0;
            double dy = dh > 0 && o.y >= oldBottom - 1e-9 ? dh : 0;
            if (dx != 0 || dy != 0) {
                AutoLayout.shiftSubtree(tree, placed, s, dx, dy);
            }
        }
        if (container == null) {
            // The row of new top-level shapes lies below everything, so it moved down with the rest.
            if (!Double.isNaN(newRowY) && newRowY >= oldBottom) {
                newRowY += dh;
                newRowBottom += dh;
            }
            return;
        }
        Box parent = placed.get(container);
        double right = b.right();
        double bottom = b.bottom();
        for (String s : siblings) {
            Box o = placed.get(s);
            if (o != null) {
                right = Math.max(right, o.right());
                bottom = Math.max(bottom, o.bottom());
            }
        }
        double needRight = right + GAP - parent.right();
        double needBottom = bottom + GAP - parent.bottom();
        if (needRight > 0 || needBottom > 0) {
            grow(container, Math.max(0, BoxSizes.snapUp(needRight)), Math.max(0, BoxSizes.snapUp(needBottom)));
        }
    }
}
