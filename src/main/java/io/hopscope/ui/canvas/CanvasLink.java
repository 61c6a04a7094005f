package io.hopscope.ui.canvas;

/**
 * A line between two drawn items, from border to border. {@code resourceId} is the peering
 * connection for peering links, or null for attachments, which are not resources of their own.
 */
public record CanvasLink(String resourceId, LinkKind kind, String fromId, String toId, String label,
                         double startX, double startY, double endX, double endY) {

    public CanvasLink {
        label = label == null ? "" : label;
    }

    public static CanvasLink between(String resourceId, LinkKind kind, Rect from, String fromId, Rect to, String toId,
                                     String label) {
        double[] a = from.borderPointTowards(to.centerX(), to.centerY());
        double[] b = to.borderPointTowards(from.centerX(), from.centerY());
        return new CanvasLink(resourceId, kind, fromId, toId, label, a[0], a[1], b[0], b[1]);
    }
}
