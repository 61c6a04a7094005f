package io.hopscope.diagram.autolayout;

import static io.hopscope.diagram.autolayout.BoxSizes.GAP;
import static io.hopscope.diagram.autolayout.BoxSizes.LEAF_HEIGHT;
import static io.hopscope.diagram.autolayout.BoxSizes.SUBNET_HEADER;
import static io.hopscope.diagram.autolayout.BoxSizes.VPC_HEADER;

import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lays out one container and everything in it with the container's top-left corner at (0, 0):
 * a subnet's contents in a grid of equal cells, a VPC's subnets in columns by availability zone
 * and rows public over private (the reading order of AWS reference diagrams), its interface
 * endpoints in a band at the bottom and its gateways on the top edge, right of the VPC's name.
 */
final class VpcBlock {

    private static final double MIN_SUBNET_WIDTH = 200;
    private static final double MIN_VPC_WIDTH = 300;

    private final NetworkModel model;
    private final ShapeTree tree;
    private final Map<String, Box> boxes;

    /** {@code boxes}: where the placed boxes go, keyed by resource id. */
    VpcBlock(NetworkModel model, ShapeTree tree, Map<String, Box> boxes) {
        this.model = model;
        this.tree = tree;
        this.boxes = boxes;
    }

    /** Places a VPC's subtree relative to (0, 0) and returns the VPC's box. */
    Box layoutVpc(Vpc vpc) {
        Map<String, Map<Boolean, List<String>>> byZone = new TreeMap<>((a, b) -> {
            // Subnets with no zone go last.
            if (a.isEmpty() != b.isEmpty()) {
                return a.isEmpty() ? 1 : -1;
            }
            return a.compareTo(b);
        });
        List<String> subnetIds = new ArrayList<>();
        List<String> endpointIds = new ArrayList<>();
        for (String child : tree.childrenInside(vpc.id())) {
            if (tree.resource(child) instanceof Subnet) {
                subnetIds.add(child);
            } else {
                endpointIds.add(child);
            }
        }
        subnetIds.sort(AutoLayout.byLabel(tree));
        for (String id : subnetIds) {
            Subnet s = (Subnet) tree.resource(id);
            layoutSubnet(s);
            byZone.computeIfAbsent(s.availabilityZone(), k -> new TreeMap<>())
                    .computeIfAbsent(!model.isPublic(s.id()), k -> new ArrayList<>()).add(id);
        }
        // Rows: public (key false) above private (key true); one column per zone.
        double publicRow = 0;
        double privateRow = 0;
        List<Double> columnWidths = new ArrayList<>();
        for (Map<Boolean, List<String>> rows : byZone.values()) {
            double width = 0;
            for (List<String> stack : rows.values()) {
                for (String id : stack) {
                    width = Math.max(width, boxes.get(id).w);
                }
            }
            columnWidths.add(width);
            publicRow = Math.max(publicRow, stackHeight(rows.get(false)));
            privateRow = Math.max(privateRow, stackHeight(rows.get(true)));
        }
        double x = GAP;
        int column = 0;
        double privateTop = VPC_HEADER + (publicRow > 0 ? publicRow + GAP : 0);
        for (Map<Boolean, List<String>> rows : byZone.values()) {
            double width = columnWidths.get(column++);
            stackAt(rows.get(false), x, VPC_HEADER, width);
            stackAt(rows.get(true), x, privateTop, width);
            x += width + GAP;
        }
        double contentBottom = privateTop + (privateRow > 0 ? privateRow + GAP : 0);
        if (publicRow == 0 && privateRow == 0) {
            contentBottom = VPC_HEADER + GAP;
        }
        double contentRight = x;
        // Interface endpoints in a band below the subnets, wrapping at the subnets' width.
        double bandWidth = Math.max(contentRight, 3 * (BoxSizes.LEAF_MIN_WIDTH + GAP) + GAP);
        double ex = GAP;
        double ey = contentBottom;
        double bandRight = 0;
        endpointIds.sort(AutoLayout.byLabel(tree));
        for (String id : endpointIds) {
            Resource r = tree.resource(id);
            double w = BoxSizes.leafWidth(r);
            if (ex > GAP && ex + w + GAP > bandWidth) {
                ex = GAP;
                ey += LEAF_HEIGHT + GAP;
            }
            boxes.put(id, new Box(ex, ey, w, BoxSizes.leafHeight(r)));
            ex += w + GAP;
            bandRight = Math.max(bandRight, ex);
        }
        if (!endpointIds.isEmpty()) {
            contentBottom = ey + LEAF_HEIGHT + GAP;
        }
        // Gateways straddle the top edge, after the room the VPC's name needs.
        double gx = labelRoom(vpc);
        List<String> gateways = new ArrayList<>(tree.onTopEdgeOf(vpc.id()));
        gateways.sort(AutoLayout.byLabel(tree));
        for (String id : gateways) {
            Resource r = tree.resource(id);
            double w = BoxSizes.leafWidth(r);
            double h = BoxSizes.leafHeight(r);
            boxes.put(id, new Box(gx, -h / 2, w, h));
            gx += w + GAP;
        }
        double width = Math.max(Math.max(contentRight, bandRight), Math.max(gx, MIN_VPC_WIDTH));
        Box vpcBox = new Box(0, 0, BoxSizes.snapUp(width), BoxSizes.snapUp(contentBottom));
        boxes.put(vpc.id(), vpcBox);
        return vpcBox;
    }

    /** Where the first gateway on a VPC's top edge may start, from the VPC's left edge. */
    static double labelRoom(Resource vpc) {
        return BoxSizes.headerLabelWidth(vpc) + GAP;
    }

    private double stackHeight(List<String> stack) {
        if (stack == null || stack.isEmpty()) {
            return 0;
        }
        double h = -GAP;
        for (String id : stack) {
            h += boxes.get(id).h + GAP;
        }
        return h;
    }

    /** Stacks a column's subnets from {@code top}, all as wide as the column. */
    private void stackAt(List<String> stack, double x, double top, double width) {
        if (stack == null) {
            return;
        }
        double y = top;
        for (String id : stack) {
            Box b = boxes.get(id);
            b.w = width;
            moveSubnet(id, x, y);
            y += b.h + GAP;
        }
    }

    /** Moves a subnet box laid at (0, 0) and its contents to (x, y). */
    private void moveSubnet(String subnetId, double x, double y) {
        for (String child : tree.childrenInside(subnetId)) {
            Box c = boxes.get(child);
            c.x += x;
            c.y += y;
        }
        Box subnet = boxes.get(subnetId);
        subnet.x = x;
        subnet.y = y;
    }

    /** A subnet's contents in a near-square grid of cells as wide as its widest box. */
    Box layoutSubnet(Subnet subnet) {
        List<String> items = new ArrayList<>(tree.childrenInside(subnet.id()));
        AutoLayout.sortByLabel(items, tree);
        double cell = 0;
        for (String id : items) {
            cell = Math.max(cell, BoxSizes.leafWidth(tree.resource(id)));
        }
        int columns = Math.max(1, (int) Math.ceil(Math.sqrt(items.size())));
        int rows = (items.size() + columns - 1) / columns;
        for (int i = 0; i < items.size(); i++) {
            Resource r = tree.resource(items.get(i));
            double x = GAP + (i % columns) * (cell + GAP);
            double y = SUBNET_HEADER + (i / columns) * (LEAF_HEIGHT + GAP);
            boxes.put(r.id(), new Box(x, y, BoxSizes.leafWidth(r), BoxSizes.leafHeight(r)));
        }
        double gridWidth = items.isEmpty() ? 0 : GAP + columns * (cell + GAP);
        double width = Math.max(Math.max(gridWidth, MIN_SUBNET_WIDTH), subnetTextWidth(subnet));
        // The route table and ACL badges run along the subnet's bottom, below the cards' own badges.
        double height = SUBNET_HEADER + Math.max(1, rows) * (LEAF_HEIGHT + GAP) + BoxSizes.BADGE_BAND;
        if (items.isEmpty()) {
            height = SUBNET_HEADER + 2 * GAP;
        }
        Box b = new Box(0, 0, BoxSizes.snapUp(width), height);
        boxes.put(subnet.id(), b);
        return b;
    }

    private static double subnetTextWidth(Subnet s) {
        // The second line reads "10.0.1.0/24  us-east-1a  private".
        String second = (s.cidr() == null ? "" : s.cidr().toString()) + "  " + s.availabilityZone() + "  private";
        double text = Math.max(BoxSizes.textWidth(s.label()), BoxSizes.textWidth(second));
        return Math.min(BoxSizes.LEAF_MAX_WIDTH * 2, text + 2 * BoxSizes.TEXT_PADDING);
    }
}
