package io.hopscope.diagram.render;

import java.util.List;

/**
 * An icon's outline in its 24 x 24 view box as absolute steps (move, line, quadratic and cubic
 * curve, close), filled even-odd: the icon file's path data parsed once ({@link IconPaths#path}),
 * for painters that take geometry rather than SVG text.
 */
public record IconPath(List<Step> steps) {

    public IconPath {
        steps = List.copyOf(steps);
    }

    /** What a step draws; its coordinates are (x, y) pairs, the end point last. */
    public enum Op { MOVE, LINE, QUAD, CUBIC, CLOSE }

    /** One step: {@code MOVE}/{@code LINE} x y, {@code QUAD} 2 points, {@code CUBIC} 3 points, {@code CLOSE} none. */
    public record Step(Op op, double... coordinates) {

        public Step {
            coordinates = coordinates.clone();
        }

        @Override
        public double[] coordinates() {
            return coordinates.clone();
        }

        public double coordinate(int i) {
            return coordinates[i];
        }
    }
}
