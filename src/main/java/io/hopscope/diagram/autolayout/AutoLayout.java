package io.hopscope.diagram.autolayout;

import static io.hopscope.diagram.autolayout.BoxSizes.GAP;

import io.hopscope.diagram.Layout;
import io.hopscope.diagram.Shape;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.TransitGateway;
import io.hopscope.model.Vpc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Automatic layout of an imported network, readable without moving a shape: one box per VPC in a
 * near-square grid, subnets by availability zone (columns) and public over private (rows),
 * workloads in a grid inside their subnet, gateways on the VPC's top edge, and endpoints outside
 * the VPCs (internet, AWS services, on-premises) in a row above them. Shapes never overlap their
 * siblings and always lie inside their container. {@link #merge} re-lays a changed model while
 * keeping the shapes a person placed.
 */
public final class AutoLayout {

    /** Space around the drawing and between top-level shapes; leaves room for edge gateways. */
    static final double MARGIN = 40;
    static final double TOP_LEVEL_GAP = 80;

    private AutoLayout() {
    }

    public static Layout layout(NetworkModel model) {
        ShapeTree tree = ShapeTree.of(model);
        return toLayout(boxes(model, tree), List.of());
    }

    /**
     * A layout of {@code newModel} that keeps every shape of {@code previous} whose resource still
     * exists and still fits its container, and places only the new ones, without overlaps.
     * Notes are kept as they are.
     */
    public static Layout merge(NetworkModel newModel, Layout previous) {
        return new LayoutMerge(newModel, previous).merge();
    }

    /** The fresh layout of every drawable resource, as mutable boxes. */
    static Map<String, Box> boxes(NetworkModel model, ShapeTree tree) {
        return boxes(model, tree, VpcBlocks.MIN_SHAPES);
    }

    /** As {@link #boxes(NetworkModel, ShapeTree)}; a tree of {@code minShapesToSplit} shapes has its VPCs laid on two threads. */
    static Map<String, Box> boxes(NetworkModel model, ShapeTree tree, int minShapesToSplit) {
        // Sized once for every shape: 10,000 boxes grown from the default size copy the table ten times.
        Map<String, Box> boxes = new HashMap<>(tree.drawableIds().size() * 4 / 3 + 1);
        List<String> vpcs = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        for (String id : tree.topLevel()) {
            if (tree.resource(id) instanceof Vpc) {
                vpcs.add(id);
            } else if (!(tree.resource(id) instanceof TransitGateway)) {
                outside.add(id);
            }
        }
        vpcs.sort(byLabel(tree));
        outside.sort(Comparator.comparing((String id) -> outsideOrder(tree.resource(id))).thenComparing(byLabel(tree)));
        List<Vpc> vpcResources = new ArrayList<>(vpcs.size());
        vpcs.forEach(id -> vpcResources.add((Vpc) tree.resource(id)));
        List<Box> vpcBoxes = VpcBlocks.layOut(model, tree, boxes, vpcResources, minShapesToSplit);
        double gridWidth = 0;
        int columns = Math.max(1, (int) Math.ceil(Math.sqrt(vpcs.size())));
        double rowWidth = 0;
        for (int i = 0; i < vpcs.size(); i++) {
            Box b = vpcBoxes.get(i);
            rowWidth = i % columns == 0 ? b.w : rowWidth + TOP_LEVEL_GAP + b.w;
            gridWidth = Math.max(gridWidth, rowWidth);
        }
        // Things outside the VPCs: a row (wrapping at the VPC grid's width) above the VPCs.
        double wrapAt = Math.max(gridWidth, 1200);
        double x = MARGIN;
        double y = MARGIN;
        double rowBottom = MARGIN;
        for (String id : outside) {
            Resource r = tree.resource(id);
            double w = BoxSizes.leafWidth(r);
            double h = BoxSizes.leafHeight(r);
            if (x > MARGIN && x - MARGIN + w + BoxSizes.captionRoom(r) > wrapAt) {
                x = MARGIN;
                y = rowBottom + GAP;
            }
            boxes.put(id, new Box(x, y, w, h));
            // An endpoint outside AWS has its name beside its tile: the next tile starts after it.
            x += w + GAP + BoxSizes.captionRoom(r);
            rowBottom = Math.max(rowBottom, y + h);
        }
        // VPCs start low enough for the gateways that straddle their top edge.
        double top = outside.isEmpty() ? MARGIN + BoxSizes.LEAF_HEIGHT / 2 : rowBottom + TOP_LEVEL_GAP;
        double vx = MARGIN;
        double rowHeight = 0;
        for (int i = 0; i < vpcs.size(); i++) {
            if (i > 0 && i % columns == 0) {
                vx = MARGIN;
                top += rowHeight + TOP_LEVEL_GAP;
                rowHeight = 0;
            }
            Box b = vpcBoxes.get(i);
            shiftSubtree(tree, boxes, vpcs.get(i), vx, top);
            vx += b.w + TOP_LEVEL_GAP;
            rowHeight = Math.max(rowHeight, b.h);
        }
        TransitPlacement.place(model, tree, boxes);
        return boxes;
    }

    private static int outsideOrder(Resource r) {
        if (r instanceof ExternalEndpoint e) {
            return e.externalKind().ordinal();
        }
        return 10 + r.kind().ordinal();
    }

    /** Sorts shape ids by what a person reads on them, then by id so the order is total. */
    static Comparator<String> byLabel(ShapeTree tree) {
        return Comparator.comparing((String id) -> tree.resource(id).label(), AutoLayout::compareNatural)
                .thenComparing(id -> id);
    }

    /**
     * Sorts as {@link #byLabel} does, each label looked up once instead of twice per comparison (a
     * subnet of a large plan holds twenty cards; 8,000 cards in all). The order is the comparator's:
     * it is total (label, then id), so the sort gives the same list.
     */
    static void sortByLabel(List<String> ids, ShapeTree tree) {
        List<Labelled> labelled = new ArrayList<>(ids.size());
        for (String id : ids) {
            Resource r = tree.resource(id);
            if (r == null) {
                ids.sort(byLabel(tree));
                return;
            }
            labelled.add(new Labelled(r.label(), id));
        }
        labelled.sort(LABELLED);
        for (int i = 0; i < ids.size(); i++) {
            ids.set(i, labelled.get(i).id());
        }
    }

    private record Labelled(String label, String id) {
    }

    private static final Comparator<Labelled> LABELLED = Comparator.comparing(Labelled::label, AutoLayout::compareNatural)
            .thenComparing(Labelled::id);

    /** "host-2" before "host-10": runs of digits compare by value, the rest by character. */
    static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int ei = i;
                int ej = j;
                while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
                    ei++;
                }
                while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
                    ej++;
                }
                // Leading zeros do not count ("007" sorts as 7), but one digit always stays.
                int si = i;
                int sj = j;
                while (si < ei - 1 && a.charAt(si) == '0') {
                    si++;
                }
                while (sj < ej - 1 && b.charAt(sj) == '0') {
                    sj++;
                }
                if (ei - si != ej - sj) {
                    return Integer.compare(ei - si, ej - sj);
                }
                for (int k = 0; k < ei - si; k++) {
                    if (a.charAt(si + k) != b.charAt(sj + k)) {
                        return a.charAt(si + k) - b.charAt(sj + k);
                    }
                }
                i = ei;
                j = ej;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Moves a shape and everything inside or on it. */
    static void shiftSubtree(ShapeTree tree, Map<String, Box> boxes, String id, double dx, double dy) {
        Box b = boxes.get(id);
        if (b != null) {
            b.x += dx;
            b.y += dy;
        }
        for (String child : tree.childrenInside(id)) {
            shiftSubtree(tree, boxes, child, dx, dy);
        }
        for (String child : tree.onTopEdgeOf(id)) {
            shiftSubtree(tree, boxes, child, dx, dy);
        }
    }

    static Layout toLayout(Map<String, Box> boxes, List<io.hopscope.diagram.Note> notes) {
        Map<String, Shape> shapes = new TreeMap<>();
        for (Map.Entry<String, Box> e : boxes.entrySet()) {
            put(shapes, e);
        }
        return new Layout(shapes, notes);
    }

    /** Per shape, not in the loop run once over 10,000 boxes: C1 compiles a method after a few hundred calls. */
    private static void put(Map<String, Shape> shapes, Map.Entry<String, Box> e) {
        shapes.put(e.getKey(), e.getValue().toShape(e.getKey()));
    }
}
