package io.hopscope.diagram.render;

import java.util.List;

/**
 * Everything a renderer draws, in drawing order, in canvas coordinates: the area from
 * ({@code x}, {@code y}) of {@code width} x {@code height} holds every box and line with a margin.
 * Built once from a diagram by {@link SceneBuilder}; the SVG writer and the PNG painter only
 * translate it, so both pictures look the same.
 */
public record Scene(String title, double x, double y, double width, double height, List<SceneBox> boxes,
                    List<SceneLine> lines) {

    public Scene {
        boxes = List.copyOf(boxes);
        lines = List.copyOf(lines);
    }

    public SceneBox box(String id) {
        for (SceneBox b : boxes) {
            if (b.id().equals(id)) {
                return b;
            }
        }
        return null;
    }
}
