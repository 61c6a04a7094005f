package io.hopscope.diagram.render;

import io.hopscope.diagram.Shape;

/** An axis-aligned box in canvas coordinates (the layout's units, before zoom). */
public record Rect(double x, double y, double width, double height) {

    public static Rect of(Shape shape) {
        return new Rect(shape.x(), shape.y(), shape.width(), shape.height());
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    /** True when the two boxes come closer than {@code gap} to each other. */
    public boolean intersects(Rect other, double gap) {
        return x < other.maxX() + gap && other.x < maxX() + gap
                && y < other.maxY() + gap && other.y < maxY() + gap;
    }

    public boolean contains(Rect other) {
        return other.x >= x && other.y >= y && other.maxX() <= maxX() && other.maxY() <= maxY();
    }

    public Rect union(Rect other) {
        double minX = Math.min(x, other.x);
        double minY = Math.min(y, other.y);
        return new Rect(minX, minY, Math.max(maxX(), other.maxX()) - minX, Math.max(maxY(), other.maxY()) - minY);
    }

    public Rect movedTo(double newX, double newY) {
        return new Rect(newX, newY, width, height);
    }

    /**
     * Where the segment from this box's centre towards {@code (tx, ty)} leaves the box, so a line
     * between two boxes starts and ends on their borders instead of under them.
     */
    public double[] borderPointTowards(double tx, double ty) {
        double dx = tx - centerX();
        double dy = ty - centerY();
        if (dx == 0 && dy == 0) {
            return new double[] {centerX(), centerY()};
        }
        double sx = dx == 0 ? Double.POSITIVE_INFINITY : (width / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.POSITIVE_INFINITY : (height / 2) / Math.abs(dy);
        double s = Math.min(1, Math.min(sx, sy));
        return new double[] {centerX() + dx * s, centerY() + dy * s};
    }
}
