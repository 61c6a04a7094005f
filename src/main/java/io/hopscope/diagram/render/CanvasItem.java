package io.hopscope.diagram.render;

import java.util.List;

/**
 * One thing to draw, already resolved from the diagram: where (from the layout, or a fallback
 * position when {@code fallback}), what it says, and the style classes that choose its look. The
 * canvas makes a node of it, the exports a box ({@link DrawingBuilder}).
 *
 * @param role      its colours in an exported picture (the canvas's CSS uses the style classes)
 * @param icon      the icon name under {@code io/hopscope/icons/} ("ec2", "nat-gateway"), or null
 * @param detail    the line under the name on the canvas
 * @param summary   the line under the name in an exported picture (see {@link ResourceLook})
 * @param tag       a short word shown on the header ("public", "private"), or empty
 * @param parentId  the resource it is drawn inside or on the edge of, or null at top level
 */
public record CanvasItem(String resourceId, ItemKind kind, StyleRole role, String icon, String title, String detail,
                         String summary, String tag, Rect bounds, List<SgBadge> badges, List<String> styleClasses,
                         String parentId, boolean fallback) {

    public CanvasItem {
        title = title == null ? "" : title;
        detail = detail == null ? "" : detail;
        summary = summary == null ? "" : summary;
        tag = tag == null ? "" : tag;
        badges = List.copyOf(badges);
        styleClasses = List.copyOf(styleClasses);
    }

    public boolean hasStyleClass(String styleClass) {
        return styleClasses.contains(styleClass);
    }

    /** The same item at another place (the drawing origin moved, or the shape was dragged). */
    public CanvasItem at(Rect newBounds) {
        return new CanvasItem(resourceId, kind, role, icon, title, detail, summary, tag, newBounds, badges, styleClasses,
                parentId, fallback);
    }
}
