package io.hopscope.diagram.autolayout;

import io.hopscope.diagram.Shape;

/** A mutable box while a layout is being built; becomes a {@link Shape} at the end. */
final class Box {
    double x;
    double y;
    double w;
    double h;

    Box(double x, double y, double w, double h) {
        this.x = x;
        this.y = y;
        this.w = w;
        this.h = h;
    }

    static Box of(Shape s) {
        return new Box(s.x(), s.y(), s.width(), s.height());
    }

    double right() {
        return x + w;
    }

    double bottom() {
        return y + h;
    }

    /** Whether the two boxes, each grown by {@code margin} / 2 on every side, would touch. */
    boolean overlaps(Box o, double margin) {
        return x < o.right() + margin && o.x < right() + margin && y < o.bottom() + margin && o.y < bottom() + margin;
    }

    Shape toShape(String id) {
        return new Shape(id, x, y, w, h);
    }
}
