package io.hopscope.diagram.render;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Note;
import io.hopscope.diagram.Shape;
import io.hopscope.diagram.autolayout.BoxSizes;
import io.hopscope.diagram.autolayout.ShapeTree;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.ResourceKind;
import io.hopscope.model.VpcPeeringConnection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds the {@link Scene} of a diagram: a box per shape whose resource the canvas draws
 * (containers first, gateways on a VPC's edge after its contents so they sit on top, notes last),
 * a line per peering connection between its VPCs (dashed when not active) and from an
 * on-premises endpoint to its VPN gateway. Texts are shortened to fit their box, except on tiles
 * too small for them, whose full texts stand beside the tile (and inside the scene's bounds).
 */
public final class SceneBuilder {

    static final double MARGIN = 20;
    /** The reply's line runs this far beside the request's; the deny frame stands this far out. */
    static final double REPLY_OFFSET = 5;
    static final double BLOCKED_FRAME = 4;
    /** Baselines of the two text lines, from a box's top. */
    public static final double TITLE_BASELINE = 18;
    public static final double SUBTITLE_BASELINE = 34;

    private SceneBuilder() {
    }

    public static Scene build(Diagram diagram) {
        return build(diagram, TraceOverlay.NONE);
    }

    /**
     * The scene with a trace on top: the request as a solid {@code allow} line through the
     * centres of the shapes it passes, the reply dashed beside it, and a {@code deny} frame
     * around each shape where a direction is stopped.
     */
    public static Scene build(Diagram diagram, TraceOverlay trace) {
        NetworkModel model = diagram.model();
        ShapeTree tree = ShapeTree.of(model);
        List<SceneBox> boxes = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (Shape s : diagram.layout().shapes().values()) {
            if (!tree.isDrawable(s.resourceId())) {
                continue;
            }
            Resource r = tree.resource(s.resourceId());
            boolean container = r.kind() == ResourceKind.VPC || r.kind() == ResourceKind.SUBNET;
            String icon = ShapeText.iconOf(r);
            double room = titleRoom(tree, r, s) - (icon == null ? 0 : BoxSizes.ICON_ROOM);
            String detail = ShapeText.detailOf(model, r);
            if (!container && ShapeText.captionBeside(r, s.width(), room)) {
                boxes.add(new SceneBox(r.id(), ShapeText.roleOf(model, r), s.x(), s.y(), s.width(), s.height(),
                        r.label(), detail, false, icon, true));
            } else {
                boxes.add(new SceneBox(r.id(), ShapeText.roleOf(model, r), s.x(), s.y(), s.width(), s.height(),
                        BoxSizes.fit(r.label(), room), BoxSizes.fitDetail(detail, room), container, icon));
            }
            order.add(tree.placementOf(r.id()) == ShapeTree.Placement.ON_TOP_EDGE ? 3 : tree.depthOf(r.id()));
        }
        for (Note n : diagram.layout().notes()) {
            boxes.add(new SceneBox(n.id(), StyleRole.NOTE, n.x(), n.y(), n.width(), n.height(),
                    BoxSizes.fit(n.text(), n.width()), "", false, null));
            order.add(4);
        }
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            index.add(i);
        }
        index.sort(Comparator.comparing(order::get));
        List<SceneBox> sorted = new ArrayList<>(index.stream().map(boxes::get).toList());
        // Badges after every shape: a badge on a subnet must not vanish under a gateway tile's frame.
        sorted.addAll(SceneBadges.of(diagram));
        List<SceneLine> lines = new ArrayList<>(lines(diagram));
        List<SceneBox> withTrace = new ArrayList<>(sorted);
        overlay(diagram, trace.forward(), trace.forwardBlockedAt(), 0, false, "forward", lines, withTrace);
        overlay(diagram, trace.reply(), trace.replyBlockedAt(), REPLY_OFFSET, true, "reply", lines, withTrace);
        Scene picture = bounded(diagram.title(), withTrace, lines);
        if (trace.caption().isEmpty()) {
            return picture;
        }
        // The caption and legend go under the picture, so what it shows is readable without the app.
        SceneCaption.addBelow(picture, trace.caption(), withTrace, lines);
        return bounded(diagram.title(), withTrace, lines);
    }

    /** A VPC's text stays left of the gateways on its top edge. */
    private static double titleRoom(ShapeTree tree, Resource r, Shape s) {
        if (tree.onTopEdgeOf(r.id()).isEmpty()) {
            return s.width();
        }
        return Math.min(s.width(), BoxSizes.headerLabelWidth(r));
    }

    private static void overlay(Diagram diagram, List<String> path, String blockedAt, double offset, boolean dashed,
                                String name, List<SceneLine> lines, List<SceneBox> boxes) {
        Shape previous = null;
        for (int i = 0; i < path.size(); i++) {
            Shape s = diagram.layout().shape(path.get(i));
            if (s == null) {
                continue;
            }
            if (previous != null && previous != s) {
                lines.add(new SceneLine(name + "-" + i, StyleRole.ALLOW, previous.centerX() + offset,
                        previous.centerY() + offset, s.centerX() + offset, s.centerY() + offset, name, dashed));
            }
            previous = s;
        }
        Shape blocked = blockedAt == null ? null : diagram.layout().shape(blockedAt);
        if (blocked != null) {
            double grow = BLOCKED_FRAME + offset;
            boxes.add(new SceneBox(name + "-blocked-at-" + blockedAt, StyleRole.DENY, blocked.x() - grow,
                    blocked.y() - grow, blocked.width() + 2 * grow, blocked.height() + 2 * grow, "", "", false, null));
        }
    }

    private static List<SceneLine> lines(Diagram diagram) {
        NetworkModel model = diagram.model();
        List<SceneLine> lines = new ArrayList<>();
        for (VpcPeeringConnection p : model.peeringConnections()) {
            Shape a = diagram.layout().shape(p.requesterVpcId());
            Shape b = diagram.layout().shape(p.accepterVpcId());
            if (a != null && b != null) {
                lines.add(between(p.id(), StyleRole.PEERING, a, b, p.label(), !p.isActive()));
            }
        }
        for (ExternalEndpoint x : model.externals()) {
            Shape a = diagram.layout().shape(x.id());
            Shape b = x.gatewayId() == null ? null : diagram.layout().shape(x.gatewayId());
            if (a != null && b != null) {
                lines.add(between(x.id() + "->" + x.gatewayId(), StyleRole.ATTACHMENT, a, b, "", false));
            }
        }
        return lines;
    }

    /** The part of the line between two centres that lies outside both boxes. */
    private static SceneLine between(String id, StyleRole role, Shape a, Shape b, String label, boolean dashed) {
        double[] from = border(a, b.centerX(), b.centerY());
        double[] to = border(b, a.centerX(), a.centerY());
        return new SceneLine(id, role, from[0], from[1], to[0], to[1], label, dashed);
    }

    private static double[] border(Shape s, double towardX, double towardY) {
        double dx = towardX - s.centerX();
        double dy = towardY - s.centerY();
        double t = 1;
        if (dx != 0) {
            t = Math.min(t, s.width() / 2 / Math.abs(dx));
        }
        if (dy != 0) {
            t = Math.min(t, s.height() / 2 / Math.abs(dy));
        }
        return new double[] {s.centerX() + t * dx, s.centerY() + t * dy};
    }

    private static Scene bounded(String title, List<SceneBox> boxes, List<SceneLine> lines) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (SceneBox b : boxes) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.top());
            maxX = Math.max(maxX, b.right());
            maxY = Math.max(maxY, b.bottom());
        }
        for (SceneLine l : lines) {
            minX = Math.min(minX, Math.min(l.x1(), l.x2()));
            minY = Math.min(minY, Math.min(l.y1(), l.y2()));
            maxX = Math.max(maxX, Math.max(l.x1(), l.x2()));
            maxY = Math.max(maxY, Math.max(l.y1(), l.y2()));
        }
        if (boxes.isEmpty() && lines.isEmpty()) {
            // An empty diagram still makes a small, valid picture.
            return new Scene(title, 0, 0, 200, 100, boxes, lines);
        }
        double x = Math.floor(minX - MARGIN);
        double y = Math.floor(minY - MARGIN);
        return new Scene(title, x, y, Math.ceil(maxX + MARGIN) - x, Math.ceil(maxY + MARGIN) - y, boxes, lines);
    }
}
