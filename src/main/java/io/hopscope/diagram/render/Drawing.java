package io.hopscope.diagram.render;

import java.util.List;

/**
 * A {@link DiagramPicture} flattened for the file writers: every box (a shape, a badge, a piece of
 * a trace's caption) and line, in drawing order, in canvas coordinates; the area from ({@code x},
 * {@code y}) of {@code width} x {@code height} holds them all with a margin. Made once by
 * {@link DrawingBuilder}; the SVG writer and the PNG painter only translate it, so both files look
 * the same, and like the canvas, which draws the same picture.
 */
public record Drawing(String title, double x, double y, double width, double height, List<DrawnBox> boxes,
                      List<DrawnLine> lines) {

    public Drawing {
        boxes = List.copyOf(boxes);
        lines = List.copyOf(lines);
    }

    public DrawnBox box(String id) {
        for (DrawnBox b : boxes) {
            if (b.id().equals(id)) {
                return b;
            }
        }
        return null;
    }
}
