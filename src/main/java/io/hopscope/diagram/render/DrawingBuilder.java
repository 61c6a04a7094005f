package io.hopscope.diagram.render;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.autolayout.BoxSizes;
import io.hopscope.diagram.autolayout.ShapeTree;
import io.hopscope.model.NetworkModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Flattens a {@link DiagramPicture} into a {@link Drawing} for the SVG writer and the PNG painter: a
 * box per item (containers first, gateways on a VPC's edge after its contents so they sit on top,
 * notes last), the picture's links as lines (a peering dashed when not active), then the badges.
 * Texts are shortened to fit their box, except on tiles too small for them, whose full texts stand
 * beside the tile (and inside the drawing's bounds). Places nothing itself: where every shape is,
 * unplaced ones included, is the picture's answer, as on the canvas.
 */
public final class DrawingBuilder {

    static final double MARGIN = 20;
    /** The reply's line runs this far beside the request's; the deny frame stands this far out. */
    static final double REPLY_OFFSET = 5;
    static final double BLOCKED_FRAME = 4;
    /** Baselines of the two text lines, from a box's top. */
    public static final double TITLE_BASELINE = 18;
    public static final double SUBTITLE_BASELINE = 34;

    private DrawingBuilder() {
    }

    /** The drawing of the whole diagram, placed as the canvas places it. */
    public static Drawing build(Diagram diagram) {
        return build(diagram, TraceOverlay.NONE);
    }

    public static Drawing build(Diagram diagram, TraceOverlay trace) {
        return build(diagram, DiagramPictureBuilder.headless().build(diagram), trace);
    }

    /**
     * The drawing of {@code picture} (of {@code diagram}) with a trace on top: the request as a
     * solid {@code allow} line through the centres of the shapes it passes, the reply dashed beside
     * it, and a {@code deny} frame around each shape where a direction is stopped.
     */
    public static Drawing build(Diagram diagram, DiagramPicture picture, TraceOverlay trace) {
        NetworkModel model = diagram.model();
        ShapeTree tree = ShapeTree.of(model);
        List<CanvasItem> items = new ArrayList<>();
        List<CanvasItem> notes = new ArrayList<>();
        for (CanvasItem item : picture.items()) {
            (item.kind() == ItemKind.NOTE ? notes : items).add(item);
        }
        // By id, then containers before contents and edge gateways above both, as the file lists them.
        items.sort(Comparator.comparing(CanvasItem::resourceId));
        items.sort(Comparator.comparingInt(i -> tree.placementOf(i.resourceId()) == ShapeTree.Placement.ON_TOP_EDGE ? 3
                : tree.depthOf(i.resourceId())));
        List<DrawnBox> boxes = new ArrayList<>();
        for (CanvasItem item : items) {
            boxes.add(box(tree, model, item));
        }
        for (CanvasItem n : notes) {
            Rect b = n.bounds();
            boxes.add(new DrawnBox(n.resourceId(), StyleRole.NOTE, b.x(), b.y(), b.width(), b.height(),
                    BoxSizes.fit(n.title(), b.width()), "", false, null));
        }
        // Badges after every shape: a badge on a subnet must not vanish under a gateway tile's frame.
        boxes.addAll(DrawnBadges.of(picture.items()));
        List<DrawnLine> lines = new ArrayList<>(lines(picture));
        overlay(picture, trace.forward(), trace.forwardBlockedAt(), 0, false, "forward", lines, boxes);
        overlay(picture, trace.reply(), trace.replyBlockedAt(), REPLY_OFFSET, true, "reply", lines, boxes);
        Drawing drawing = bounded(diagram.title(), boxes, lines);
        if (trace.caption().isEmpty()) {
            return drawing;
        }
        // The caption and legend go under the picture, so what it shows is readable without the app.
        DrawingCaption.addBelow(drawing, trace.caption(), boxes, lines);
        return bounded(diagram.title(), boxes, lines);
    }

    private static DrawnBox box(ShapeTree tree, NetworkModel model, CanvasItem item) {
        Rect b = item.bounds();
        boolean container = item.kind() == ItemKind.VPC || item.kind() == ItemKind.SUBNET;
        double room = titleRoom(tree, model, item) - (item.icon() == null ? 0 : BoxSizes.ICON_ROOM);
        if (!container && captionBeside(item, room)) {
            return new DrawnBox(item.resourceId(), item.role(), b.x(), b.y(), b.width(), b.height(), item.title(),
                    item.summary(), false, item.icon(), true);
        }
        return new DrawnBox(item.resourceId(), item.role(), b.x(), b.y(), b.width(), b.height(),
                BoxSizes.fit(item.title(), room), BoxSizes.fitDetail(item.summary(), room), container, item.icon());
    }

    /**
     * Whether a leaf's texts go right of its box, as the canvas does: always for an outside
     * endpoint (drawn as a small round tile), and for any box narrower than the smallest box the
     * auto-layout makes whose title would be cut.
     */
    static boolean captionBeside(CanvasItem item, double room) {
        if (item.kind() == ItemKind.EXTERNAL) {
            return true;
        }
        return item.bounds().width() < BoxSizes.SMALL_MIN_WIDTH && !BoxSizes.fit(item.title(), room).equals(item.title());
    }

    /** A VPC's text stays left of the gateways on its top edge. */
    private static double titleRoom(ShapeTree tree, NetworkModel model, CanvasItem item) {
        if (tree.onTopEdgeOf(item.resourceId()).isEmpty()) {
            return item.bounds().width();
        }
        return Math.min(item.bounds().width(), BoxSizes.headerLabelWidth(model.find(item.resourceId()).orElseThrow()));
    }

    private static void overlay(DiagramPicture picture, List<String> path, String blockedAt, double offset, boolean dashed,
                                String name, List<DrawnLine> lines, List<DrawnBox> boxes) {
        Rect previous = null;
        for (int i = 0; i < path.size(); i++) {
            Rect s = picture.item(path.get(i)).map(CanvasItem::bounds).orElse(null);
            if (s == null) {
                continue;
            }
            if (previous != null && previous != s) {
                lines.add(new DrawnLine(name + "-" + i, StyleRole.ALLOW, previous.centerX() + offset,
                        previous.centerY() + offset, s.centerX() + offset, s.centerY() + offset, name, dashed));
            }
            previous = s;
        }
        Rect blocked = blockedAt == null ? null : picture.item(blockedAt).map(CanvasItem::bounds).orElse(null);
        if (blocked != null) {
            double grow = BLOCKED_FRAME + offset;
            boxes.add(new DrawnBox(name + "-blocked-at-" + blockedAt, StyleRole.DENY, blocked.x() - grow,
                    blocked.y() - grow, blocked.width() + 2 * grow, blocked.height() + 2 * grow, "", "", false, null));
        }
    }

    /** The picture's links: what the canvas draws between shapes, with the same ends. */
    private static List<DrawnLine> lines(DiagramPicture picture) {
        List<DrawnLine> lines = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (CanvasLink l : picture.links()) {
            boolean peering = l.kind() == LinkKind.PEERING;
            String id = peering || l.kind() == LinkKind.VPN ? l.resourceId() : l.fromId() + "->" + l.toId();
            // Two target groups can send one load balancer to one target: parallel lines, distinct ids.
            for (int n = 2; !ids.add(id); n++) {
                id = l.fromId() + "->" + l.toId() + "#" + n;
            }
            // VPN and Direct Connect lines take the gateways' colour, as on the canvas (light.css).
            StyleRole role = peering ? StyleRole.PEERING : l.kind() == LinkKind.TRANSIT ? StyleRole.TRANSIT
                    : l.kind() == LinkKind.LB_TARGET ? StyleRole.TARGET_LINK
                    : l.kind() == LinkKind.VPN || l.kind() == LinkKind.DIRECT_CONNECT ? StyleRole.GATEWAY : StyleRole.ATTACHMENT;
            boolean faded = l.styleClasses().stream().anyMatch(c -> c.endsWith("-inactive"));
            lines.add(new DrawnLine(id, role, l.startX(), l.startY(), l.endX(), l.endY(), l.label(),
                    faded || l.styleClasses().contains(TransitLinks.UNAVAILABLE)));
        }
        return lines;
    }

    private static Drawing bounded(String title, List<DrawnBox> boxes, List<DrawnLine> lines) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (DrawnBox b : boxes) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.top());
            maxX = Math.max(maxX, b.right());
            maxY = Math.max(maxY, b.bottom());
        }
        for (DrawnLine l : lines) {
            minX = Math.min(minX, Math.min(l.x1(), l.x2()));
            minY = Math.min(minY, Math.min(l.y1(), l.y2()));
            maxX = Math.max(maxX, Math.max(l.x1(), l.x2()));
            maxY = Math.max(maxY, Math.max(l.y1(), l.y2()));
        }
        if (boxes.isEmpty() && lines.isEmpty()) {
            // An empty diagram still makes a small, valid picture.
            return new Drawing(title, 0, 0, 200, 100, boxes, lines);
        }
        double x = Math.floor(minX - MARGIN);
        double y = Math.floor(minY - MARGIN);
        return new Drawing(title, x, y, Math.ceil(maxX + MARGIN) - x, Math.ceil(maxY + MARGIN) - y, boxes, lines);
    }
}
