package io.hopscope.diagram.render;

/**
 * A line between two boxes (a peering connection, an endpoint to the gateway it is reached
 * through, a trace step). {@code dashed}: an inactive peering, drawn dashed as on the canvas.
 */
public record DrawnLine(String id, StyleRole role, double x1, double y1, double x2, double y2, String label,
                        boolean dashed) {

    /** The dash pattern of a line as the theme draws it ("8 6"), or null for a solid line. */
    public static String dashesOf(DrawnLine l) {
        if (l.role() == StyleRole.ATTACHMENT) {
            return "6 4";
        }
        return l.dashed() ? "8 6" : null;
    }
}
