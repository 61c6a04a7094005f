package io.hopscope.ui.trace;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;

/**
 * Where the tour's window goes so that it never hides the path it talks about: beside the main
 * window when the screen has room, else under the canvas (over the trace form), else above it,
 * and only as a last resort in the screen's corner. All bounds are screen coordinates.
 */
final class TourPlacement {
    private static final double GAP = 8;

    private TourPlacement() {
    }

    static Bounds place(Bounds canvas, Bounds window, Bounds screen, double width, double height) {
        double besideY = clamp(canvas.getMinY(), screen.getMinY(), screen.getMaxY() - height);
        Bounds[] candidates = {
            box(window.getMaxX() + GAP, besideY, width, height),
            box(window.getMinX() - GAP - width, besideY, width, height),
            box(clamp(canvas.getMinX(), screen.getMinX(), screen.getMaxX() - width), canvas.getMaxY() + GAP, width, height),
            box(clamp(canvas.getMinX(), screen.getMinX(), screen.getMaxX() - width), canvas.getMinY() - GAP - height, width, height),
        };
        for (Bounds b : candidates) {
            if (inside(b, screen) && !b.intersects(canvas)) {
                return b;
            }
        }
        return box(screen.getMaxX() - width, screen.getMaxY() - height, width, height);
    }

    private static Bounds box(double x, double y, double w, double h) {
        return new BoundingBox(x, y, w, h);
    }

    private static boolean inside(Bounds b, Bounds screen) {
        return b.getMinX() >= screen.getMinX() && b.getMinY() >= screen.getMinY()
                && b.getMaxX() <= screen.getMaxX() && b.getMaxY() <= screen.getMaxY();
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, max));
    }
}
