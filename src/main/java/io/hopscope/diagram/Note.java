package io.hopscope.diagram;

/** A free text note on the canvas. */
public record Note(String id, String text, double x, double y, double width, double height) {

    public Note {
        text = text == null ? "" : text;
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("note " + id + " has a non-finite coordinate");
        }
    }
}
