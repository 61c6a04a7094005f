package io.hopscope.diagram.render;

import java.util.List;

/**
 * A line between two drawn items, from border to border. {@code resourceId} is the peering
 * connection for peering links, or null for attachments, which are not resources of their own.
 * {@code styleClasses} add to the kind's class (e.g. {@code peering-inactive}).
 */
public record CanvasLink(String resourceId, LinkKind kind, String fromId, String toId, String label,
                         double startX, double startY, double endX, double endY, List<String> styleClasses) {

    public CanvasLink {
        label = label == null ? "" : label;
        styleClasses = List.copyOf(styleClasses);
    }

    public static CanvasLink between(String resourceId, LinkKind kind, Rect from, String fromId, Rect to, String toId,
                                     String label, List<String> styleClasses) {
        double[] a = from.borderPointTowards(to.centerX(), to.centerY());
        double[] b = to.borderPointTowards(from.centerX(), from.centerY());
        return new CanvasLink(resourceId, kind, fromId, toId, label, a[0], a[1], b[0], b[1], styleClasses);
    }

    /** The same line moved sideways by {@code distance}, so parallel links between one pair stay apart. */
    public CanvasLink shiftedSideways(double distance) {
        double dx = endX - startX;
        double dy = endY - startY;
        double length = Math.hypot(dx, dy);
        if (length == 0 || distance == 0) {
            return this;
        }
        double nx = -dy / length * distance;
        double ny = dx / length * distance;
        return new CanvasLink(resourceId, kind, fromId, toId, label, startX + nx, startY + ny, endX + nx, endY + ny,
                styleClasses);
    }
}
