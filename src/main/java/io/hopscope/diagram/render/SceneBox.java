package io.hopscope.diagram.render;

/**
 * A box to draw: the shape of resource {@code id} (or a note's id), its role, and two lines of
 * text already shortened to fit ({@code title} at the top, {@code subtitle} below, either may be
 * empty). {@code container}: whether it holds other boxes (a VPC, a subnet), so it gets a header.
 * {@code icon}: the name of its icon ({@link IconPaths}), drawn in the top-right corner, or null.
 */
public record SceneBox(String id, StyleRole role, double x, double y, double width, double height, String title,
                       String subtitle, boolean container, String icon) {

    /** Side of the icon in canvas units, and its distance from the box's top and right edges. */
    public static final double ICON_SIZE = 16;
    public static final double ICON_INSET = 8;

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public double iconX() {
        return x + width - ICON_INSET - ICON_SIZE;
    }

    public double iconY() {
        return y + ICON_INSET;
    }
}
