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
 * gap between the two middle VPCs of a row it joins, else under the grid, below the middle of its
 * VPCs. A gateway whose VPCs are not drawn goes under the grid at the left.
 */
final class TransitPlacement {
    static final double SIZE = 60;

    private TransitPlacement() {
    }

    static void place(NetworkModel model, Map<String, Box> boxes) {
        double gridBottom = boxes.values().stream().mapToDouble(b -> b.y + b.h).max().orElse(AutoLayout.MARGIN);
        double nextFree = AutoLayout.MARGIN;
        for (TransitGateway g : model.transitGateways()) {
            List<Box> vpcs = new ArrayList<>();
            for (TransitGatewayAttachment a : model.transitAttachments()) {
                if (a.transitGatewayId().equals(g.id()) && a.type() == TransitGatewayAttachment.Type.VPC
                        && boxes.get(a.resourceId()) != null && !vpcs.contains(boxes.get(a.resourceId()))) {
                    vpcs.add(boxes.get(a.resourceId()));
                }
            }
            vpcs.sort(Comparator.comparingDouble((Box b) -> b.y).thenComparingDouble(b -> b.x));
            Box spot = null;
            for (int i = vpcs.size() / 2; spot == null && i > 0 && i < vpcs.size(); i--) {
                Box left = vpcs.get(i - 1);
                Box right = vpcs.get(i);
                double gap = right.x - (left.x + left.w);
                if (left.y == right.y && gap >= SIZE) {
                    double y = left.y + Math.min(left.h, right.h) / 2 - SIZE / 2;
                    spot = new Box(left.x + left.w + (gap - SIZE) / 2, y, SIZE, SIZE);
                }
            }
            if (spot == null) {
                double centre = vpcs.isEmpty() ? nextFree + SIZE / 2
                        : vpcs.stream().mapToDouble(b -> b.x + b.w / 2).average().orElse(nextFree);
                double x = Math.max(nextFree, centre - SIZE / 2);
                spot = new Box(x, gridBottom + AutoLayout.TOP_LEVEL_GAP / 2, SIZE, SIZE);
                nextFree = x + SIZE + AutoLayout.TOP_LEVEL_GAP;
            }
            boxes.put(g.id(), spot);
        }
    }
}
