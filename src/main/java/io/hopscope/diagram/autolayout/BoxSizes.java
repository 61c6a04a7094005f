package io.hopscope.diagram.autolayout;

import io.hopscope.model.NetworkInterface;
import io.hopscope.model.Resource;
import io.hopscope.model.Vpc;

/**
 * The sizes the automatic layout gives boxes, on a 20 px grid, and how a label is fitted into a
 * width. Text is estimated at {@link #CHAR_WIDTH} px per character of the 12 px UI font, so the
 * layout needs no font metrics (it runs headless) and the renderers shorten labels the same way.
 */
public final class BoxSizes {

    public static final double GRID = 20;
    public static final double CHAR_WIDTH = 8;
    /** Per character of the plain 11 px font of a box's second line. */
    public static final double DETAIL_CHAR_WIDTH = 6.2;
    public static final double LEAF_HEIGHT = 60;
    public static final double LEAF_MIN_WIDTH = 140;
    public static final double LEAF_MAX_WIDTH = 260;
    public static final double SMALL_HEIGHT = 40;
    public static final double SMALL_MIN_WIDTH = 100;
    public static final double SMALL_MAX_WIDTH = 200;
    /** Room inside a box on each side of its text. */
    public static final double TEXT_PADDING = 10;
    /** Gap between sibling boxes and between a container's edge and its contents. */
    public static final double GAP = 20;
    public static final double SUBNET_HEADER = 40;
    /** Room an icon takes at the right of a card's text. */
    public static final double ICON_ROOM = 20;
    public static final double VPC_HEADER = 60;
    /** A VPC's name takes at most this much of its header before the gateways start. */
    public static final double MAX_HEADER_LABEL = 300;
    /** Per character of a VPC's 15 px bold name on the canvas. */
    public static final double HEADER_CHAR_WIDTH = 9.5;
    /** The VPC name's distance from the VPC's left edge on the canvas. */
    public static final double HEADER_INSET = 14;
    /** The width the canvas gives an outside endpoint's caption. */
    public static final double CAPTION_MIN = 150;
    /** Room along a subnet's bottom for its route table and ACL badges, below the last row of cards. */
    public static final double BADGE_BAND = 20;

    private BoxSizes() {
    }

    /** The smallest multiple of the grid that is at least {@code value}. */
    public static double snapUp(double value) {
        return Math.ceil(value / GRID - 1e-9) * GRID;
    }

    public static double textWidth(String text) {
        return text.length() * CHAR_WIDTH;
    }

    /** Width of a box for a label: text plus padding, snapped to the grid, between min and max. */
    public static double widthFor(String label, double min, double max) {
        return Math.min(max, Math.max(min, snapUp(textWidth(label) + 2 * TEXT_PADDING)));
    }

    /** An interface drawn on its own (no workload owns it) is a small box. */
    public static boolean isSmall(Resource r) {
        return r instanceof NetworkInterface;
    }

    /** Cards other than bare interfaces carry an icon right of their text. */
    public static double leafWidth(Resource r) {
        if (isSmall(r)) {
            return widthFor(r.label(), SMALL_MIN_WIDTH, SMALL_MAX_WIDTH);
        }
        return Math.min(LEAF_MAX_WIDTH, Math.max(LEAF_MIN_WIDTH,
                snapUp(textWidth(r.label()) + 2 * TEXT_PADDING + ICON_ROOM)));
    }

    public static double leafHeight(Resource r) {
        return isSmall(r) ? SMALL_HEIGHT : LEAF_HEIGHT;
    }

    /**
     * The width of a VPC's name and blocks in its header, left of the gateways on its top edge.
     * Measured for the canvas's header fonts (the name in 15 px bold, the blocks and Region in
     * 11 px), which are wider than a card's: estimated with a card's font, a gateway covered the
     * end of the name. Not capped, so a long name widens the VPC instead of hiding under a gateway.
     */
    public static double headerLabelWidth(Resource vpc) {
        double text = vpc.label().length() * HEADER_CHAR_WIDTH;
        if (vpc instanceof Vpc v) {
            String detail = v.allCidrs().stream().map(Object::toString).collect(java.util.stream.Collectors.joining(", "))
                    + (v.region().isEmpty() ? "" : " · " + v.region());
            text = Math.max(text, detail.length() * DETAIL_CHAR_WIDTH);
        }
        return snapUp(text + 2 * TEXT_PADDING + HEADER_INSET);
    }

    /** The room an outside endpoint's name takes beside its tile (the canvas gives it up to 150 px). */
    public static double captionRoom(Resource r) {
        if (!(r instanceof io.hopscope.model.ExternalEndpoint || r instanceof io.hopscope.model.CustomerGateway
                || r instanceof io.hopscope.model.DirectConnectGateway)) {
            return 0;
        }
        return snapUp(8 + Math.max(CAPTION_MIN, textWidth(r.label())) + GAP);
    }

    /** {@code text} in the bold title font, shortened with an ellipsis to fit {@code width} less padding. */
    public static String fit(String text, double width) {
        return fit(text, width, CHAR_WIDTH);
    }

    /** As {@link #fit(String, double)} for the smaller plain font of a box's second line. */
    public static String fitDetail(String text, double width) {
        return fit(text, width, DETAIL_CHAR_WIDTH);
    }

    private static String fit(String text, double width, double charWidth) {
        int max = (int) Math.floor((width - 2 * TEXT_PADDING) / charWidth);
        if (text.length() <= max) {
            return text;
        }
        return max <= 1 ? "" : text.substring(0, max - 1) + "\u2026";
    }
}
