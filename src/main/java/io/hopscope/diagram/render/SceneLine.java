package io.hopscope.diagram.render;

/** A line between two boxes (a peering connection, a gateway to what lies behind it, a trace step). */
public record SceneLine(String id, StyleRole role, double x1, double y1, double x2, double y2, String label,
                        boolean dashed) {
}
