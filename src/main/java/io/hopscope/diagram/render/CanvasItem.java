package io.hopscope.diagram.render;

import java.util.List;

/**
 * One thing to draw, already resolved from the diagram: where (from the layout, or a fallback
 * position when {@code fallback}), what it says, and the style classes that choose its look.
 *
 * @param icon      the icon name under {@code io/hopscope/icons/} ("ec2", "nat-gateway"), or null
 * @param tag       a short word shown on the header ("public", "private"), or empty
 * @param parentId  the resource it is drawn inside or on the edge of, or null at top level
 */
public record CanvasItem(String resourceId, ItemKind kind, String icon, String title, String detail, String tag,
                         Rect bounds, List<SgBadge> badges, List<String> styleClasses, String parentId,
                         boolean fallback) {

    public CanvasItem {
        title = title == null ? "" : title;
        detail = detail == null ? "" : detail;
        tag = tag == null ? "" : tag;
        badges = List.copyOf(badges);
        styleClasses = List.copyOf(styleClasses);
    }

    public boolean hasStyleClass(String styleClass) {
        return styleClasses.contains(styleClass);
    }
}
