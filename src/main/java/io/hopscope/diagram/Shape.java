package io.hopscope.diagram;

/**
 * Where a resource is drawn: absolute canvas coordinates of its box. Nesting (VPC > subnet >
 * workload) comes from the model; the layout only says where and how big.
 */
public record Shape(String resourceId, double x, double y, double width, double height) {

    public Shape {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("shape " + resourceId + " has a non-finite coordinate");
        }
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("shape " + resourceId + " has a negative size");
        }
    }

    public Shape movedBy(double dx, double dy) {
        return new Shape(resourceId, x + dx, y + dy, width, height);
    }

    public Shape resized(double newWidth, double newHeight) {
        return new Shape(resourceId, x, y, newWidth, newHeight);
    }

    public boolean contains(Shape other) {
        return other.x >= x && other.y >= y && other.x + other.width <= x + width && other.y + other.height <= y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }
}
