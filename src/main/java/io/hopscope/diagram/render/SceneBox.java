package io.hopscope.diagram.render;

/**
 * A box to draw: the shape of resource {@code id} (or a note's id), its role, and two lines of
 * text already shortened to fit ({@code title} at the top, {@code subtitle} below, either may be
 * empty). {@code container}: whether it holds other boxes, so its text sits in its header.
 */
public record SceneBox(String id, StyleRole role, double x, double y, double width, double height, String title,
                       String subtitle, boolean container) {

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }
}
