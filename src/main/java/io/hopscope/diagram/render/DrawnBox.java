package io.hopscope.diagram.render;

import io.hopscope.diagram.autolayout.BoxSizes;

/**
 * A box to draw: the shape of resource {@code id} (or a note's id), its role, and two lines of
 * text ({@code title} at the top, {@code subtitle} below, either may be empty). {@code container}:
 * whether it holds other boxes (a VPC, a subnet), so it gets a header. {@code icon}: the name of its
 * icon ({@link IconPaths}), drawn in the top-right corner, or null.
 * {@code captionBeside}: the box is a tile too small for its text, so (as on the canvas) the icon is
 * centred in it and the full title and subtitle stand to its right; otherwise the texts are
 * already shortened to fit inside the box.
 */
public record DrawnBox(String id, StyleRole role, double x, double y, double width, double height, String title,
                       String subtitle, boolean container, String icon, boolean captionBeside) {

    /** Side of the icon in canvas units, and its distance from the box's top and right edges. */
    public static final double ICON_SIZE = 16;
    public static final double ICON_INSET = 8;
    /** Gap between a tile and the caption beside it; baselines of its two lines from the tile's centre. */
    public static final double CAPTION_GAP = 8;
    static final double CAPTION_TITLE_BASELINE = -4;
    static final double CAPTION_SUBTITLE_BASELINE = 14;

    /** A box with its texts inside it. */
    public DrawnBox(String id, StyleRole role, double x, double y, double width, double height, String title,
                    String subtitle, boolean container, String icon) {
        this(id, role, x, y, width, height, title, subtitle, container, icon, false);
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    /** A tile's icon fills most of it, as on the canvas; a box's icon is a small corner mark. */
    public double iconSize() {
        return captionBeside ? Math.max(ICON_SIZE, Math.min(width, height) * 0.6) : ICON_SIZE;
    }

    public double iconX() {
        return captionBeside ? centerX() - iconSize() / 2 : x + width - ICON_INSET - ICON_SIZE;
    }

    public double iconY() {
        return captionBeside ? centerY() - iconSize() / 2 : y + ICON_INSET;
    }

    /** Where the texts start: inside the box, or right of the tile. */
    public double textX() {
        if (isBadge()) {
            return x + 6;
        }
        return captionBeside ? x + width + CAPTION_GAP : x + BoxSizes.TEXT_PADDING;
    }

    public double titleBaseline() {
        if (isBadge()) {
            return y + DrawnBadges.BASELINE;
        }
        return captionBeside ? centerY() + CAPTION_TITLE_BASELINE : y + DrawingBuilder.TITLE_BASELINE;
    }

    /** A badge's one line is small and centred in its pill. */
    public boolean isBadge() {
        return role == StyleRole.SG_BADGE || role == StyleRole.ASSOCIATION_BADGE;
    }

    public double subtitleBaseline() {
        return captionBeside ? centerY() + CAPTION_SUBTITLE_BASELINE : y + DrawingBuilder.SUBTITLE_BASELINE;
    }

    /** The right-most canvas x anything of this box reaches, its caption included (text width estimated). */
    public double right() {
        if (!captionBeside) {
            return x + width;
        }
        double text = Math.max(BoxSizes.textWidth(title), subtitle.length() * BoxSizes.DETAIL_CHAR_WIDTH);
        return Math.max(x + width, textX() + text);
    }

    /** The lowest canvas y anything of this box reaches: a caption may hang below a very flat tile. */
    public double bottom() {
        return captionBeside && !subtitle.isEmpty() ? Math.max(y + height, subtitleBaseline() + 4) : y + height;
    }

    /** The highest canvas y: a caption's title may rise above a very flat tile. */
    public double top() {
        return captionBeside && !title.isEmpty() ? Math.min(y, titleBaseline() - 12) : y;
    }
}
