package io.hopscope.diagram.autolayout;

import io.hopscope.model.NetworkModel;
import io.hopscope.model.TransitGateway;
import io.hopscope.model.TransitGatewayAttachment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Places each transit gateway between the VPCs it joins, once the VPC grid is laid out: in the
 * gap between the two middle VPCs of a row it joins (widened, by moving everything right of it,
 * when the gateway does not fit), else under the grid, below the middle of its VPCs. A gateway
 * whose VPCs are not drawn goes under the grid at the left.
 */
final class TransitPlacement {

    private TransitPlacement() {
    }

    static void place(NetworkModel model, ShapeTree tree, Map<String, Box> boxes) {
        double gridBottom = boxes.values().stream().mapToDouble(b -> b.y + b.h).max().orElse(AutoLayout.MARGIN);
        double nextFree = AutoLayout.MARGIN;
        List<Box> placed = new ArrayList<>();
        for (TransitGateway g : model.transitGateways()) {
            List<Box> vpcs = new ArrayList<>();
            for (TransitGatewayAttachment a : model.transitAttachments()) {
                if (a.transitGatewayId().equals(g.id()) && a.type() == TransitGatewayAttachment.Type.VPC
                        && boxes.get(a.resourceId()) != null && !vpcs.contains(boxes.get(a.resourceId()))) {
                    vpcs.add(boxes.get(a.resourceId()));
                }
            }
            vpcs.sort(Comparator.comparingDouble((Box b) -> b.y).thenComparingDouble(b -> b.x));
            double w = BoxSizes.leafWidth(g);
            double h = BoxSizes.leafHeight(g);
            Box spot = null;
            for (int i = vpcs.size() / 2; spot == null && i > 0 && i < vpcs.size(); i--) {
                Box left = vpcs.get(i - 1);
                Box right = vpcs.get(i);
                double gap = right.x - (left.x + left.w);
                if (left.y == right.y && gap < w + 2 * BoxSizes.GAP) {
                    widen(tree, boxes, right.x, w + 2 * BoxSizes.GAP - gap);
                    gap = right.x - (left.x + left.w);
                }
                if (left.y == right.y && gap >= w) {
                    double x = BoxSizes.snapUp(left.x + left.w + (gap - w) / 2);
                    Box candidate = new Box(x, BoxSizes.snapUp(left.y + Math.min(left.h, right.h) / 2 - h / 2), w, h);
                    // Gateways joining the same pair share the gap, one under the other while the row has room.
                    while (placed.stream().anyMatch(p -> candidate.overlaps(p, BoxSizes.GAP))) {
                        candidate.y = BoxSizes.snapUp(candidate.y + h + BoxSizes.GAP);
                    }
                    spot = candidate.bottom() <= Math.min(left.bottom(), right.bottom()) ? candidate : null;
                }
            }
            if (spot == null) {
                double centre = vpcs.isEmpty() ? nextFree + w / 2
                        : vpcs.stream().mapToDouble(b -> b.x + b.w / 2).average().orElse(nextFree);
                double x = BoxSizes.snapUp(Math.max(nextFree, centre - w / 2));
                spot = new Box(x, BoxSizes.snapUp(gridBottom + AutoLayout.TOP_LEVEL_GAP / 2), w, h);
                nextFree = x + w + AutoLayout.TOP_LEVEL_GAP;
            }
            placed.add(spot);
            boxes.put(g.id(), spot);
        }
    }

    /** Moves every top-level shape from {@code fromX} rightwards (gateways placed before too), with all it holds. */
    private static void widen(ShapeTree tree, Map<String, Box> boxes, double fromX, double dx) {
        double shift = BoxSizes.snapUp(dx);
        for (String id : tree.topLevel()) {
            Box b = boxes.get(id);
            if (b != null && b.x >= fromX) {
                AutoLayout.shiftSubtree(tree, boxes, id, shift, 0);
            }
        }
    }
}
