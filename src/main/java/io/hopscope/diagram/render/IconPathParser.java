package io.hopscope.diagram.render;

import java.util.ArrayList;
import java.util.List;

/**
 * SVG path data (the {@code d} attribute of the icons) to an {@link IconPath} of absolute moves,
 * lines and curves (arcs become cubic curves), so a painter without an SVG parser (the PNG's
 * Java2D) draws the same glyphs as the SVG. Supports the commands the icons use: M L H V C S Q A Z,
 * absolute and relative, with implicit repeats and compact numbers ("0.5.5", "1-2", arc flags "01").
 */
final class IconPathParser {

    private final String d;
    private int pos;
    private final List<IconPath.Step> path = new ArrayList<>();
    private double x;
    private double y;
    private double startX;
    private double startY;
    private double lastControlX;
    private double lastControlY;
    private char lastCommand;

    private IconPathParser(String d) {
        this.d = d;
    }

    static IconPath parse(String d) {
        return new IconPathParser(d).run();
    }

    private IconPath run() {
        char command = 0;
        while (true) {
            skipSeparators();
            if (pos >= d.length()) {
                return new IconPath(path);
            }
            char c = d.charAt(pos);
            if (Character.isLetter(c)) {
                command = c;
                pos++;
            } else if (command == 0) {
                throw new IllegalArgumentException("path data starts with a number: " + d);
            } else if (command == 'M') {
                command = 'L'; // coordinates after a moveto are implicit linetos
            } else if (command == 'm') {
                command = 'l';
            }
            step(command);
            lastCommand = command;
        }
    }

    private void step(char command) {
        boolean rel = Character.isLowerCase(command);
        double ox = rel ? x : 0;
        double oy = rel ? y : 0;
        switch (Character.toUpperCase(command)) {
            case 'M' -> {
                x = ox + number();
                y = oy + number();
                add(IconPath.Op.MOVE, x, y);
                startX = x;
                startY = y;
            }
            case 'L' -> lineTo(ox + number(), oy + number());
            case 'H' -> lineTo(ox + number(), y);
            case 'V' -> lineTo(x, (rel ? y : 0) + number());
            case 'C' -> {
                double x1 = ox + number();
                double y1 = oy + number();
                double x2 = ox + number();
                double y2 = oy + number();
                curveTo(x1, y1, x2, y2, ox + number(), oy + number());
            }
            case 'S' -> {
                boolean smooth = "CcSs".indexOf(lastCommand) >= 0;
                double x1 = smooth ? 2 * x - lastControlX : x;
                double y1 = smooth ? 2 * y - lastControlY : y;
                double x2 = ox + number();
                double y2 = oy + number();
                curveTo(x1, y1, x2, y2, ox + number(), oy + number());
            }
            case 'Q' -> {
                double x1 = ox + number();
                double y1 = oy + number();
                double ex = ox + number();
                double ey = oy + number();
                add(IconPath.Op.QUAD, x1, y1, ex, ey);
                x = ex;
                y = ey;
            }
            case 'A' -> {
                double rx = number();
                double ry = number();
                double rotation = number();
                boolean large = flag();
                boolean sweep = flag();
                arcTo(rx, ry, rotation, large, sweep, ox + number(), oy + number());
            }
            case 'Z' -> {
                add(IconPath.Op.CLOSE);
                x = startX;
                y = startY;
            }
            default -> throw new IllegalArgumentException("unsupported path command '" + command + "'");
        }
    }

    private void lineTo(double nx, double ny) {
        add(IconPath.Op.LINE, nx, ny);
        x = nx;
        y = ny;
    }

    private void curveTo(double x1, double y1, double x2, double y2, double ex, double ey) {
        add(IconPath.Op.CUBIC, x1, y1, x2, y2, ex, ey);
        lastControlX = x2;
        lastControlY = y2;
        x = ex;
        y = ey;
    }

    /** An elliptical arc, from endpoint to centre parameters (SVG 1.1, appendix F.6.5). */
    private void arcTo(double rx, double ry, double rotationDegrees, boolean large, boolean sweep, double ex, double ey) {
        if (ex == x && ey == y) {
            return;
        }
        rx = Math.abs(rx);
        ry = Math.abs(ry);
        if (rx == 0 || ry == 0) {
            lineTo(ex, ey);
            return;
        }
        double phi = Math.toRadians(rotationDegrees);
        double cos = Math.cos(phi);
        double sin = Math.sin(phi);
        double dx = (x - ex) / 2;
        double dy = (y - ey) / 2;
        double x1p = cos * dx + sin * dy;
        double y1p = -sin * dx + cos * dy;
        double lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
        if (lambda > 1) {
            rx *= Math.sqrt(lambda);
            ry *= Math.sqrt(lambda);
        }
        double num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
        double den = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
        double coef = Math.sqrt(Math.max(0, num / den)) * (large == sweep ? -1 : 1);
        double cxp = coef * rx * y1p / ry;
        double cyp = -coef * ry * x1p / rx;
        double cx = cos * cxp - sin * cyp + (x + ex) / 2;
        double cy = sin * cxp + cos * cyp + (y + ey) / 2;
        double start = angle(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry);
        double extent = angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
        if (!sweep && extent > 0) {
            extent -= 2 * Math.PI;
        } else if (sweep && extent < 0) {
            extent += 2 * Math.PI;
        }
        // At most a quarter turn per cubic curve keeps the curve within a hair of the ellipse.
        int pieces = (int) Math.ceil(Math.abs(extent) / (Math.PI / 2) - 1e-9);
        double step = extent / pieces;
        double k = 4.0 / 3 * Math.tan(step / 4);
        for (int i = 0; i < pieces; i++) {
            double a = start + i * step;
            double b = a + step;
            double[] p1 = onEllipse(cx, cy, rx, ry, cos, sin, a);
            double[] p2 = onEllipse(cx, cy, rx, ry, cos, sin, b);
            double[] d1 = tangent(rx, ry, cos, sin, a);
            double[] d2 = tangent(rx, ry, cos, sin, b);
            add(IconPath.Op.CUBIC, p1[0] + k * d1[0], p1[1] + k * d1[1], p2[0] - k * d2[0], p2[1] - k * d2[1],
                    i == pieces - 1 ? ex : p2[0], i == pieces - 1 ? ey : p2[1]);
        }
        x = ex;
        y = ey;
    }

    private static double[] onEllipse(double cx, double cy, double rx, double ry, double cos, double sin, double t) {
        double ex = rx * Math.cos(t);
        double ey = ry * Math.sin(t);
        return new double[] {cos * ex - sin * ey + cx, sin * ex + cos * ey + cy};
    }

    private static double[] tangent(double rx, double ry, double cos, double sin, double t) {
        double dx = -rx * Math.sin(t);
        double dy = ry * Math.cos(t);
        return new double[] {cos * dx - sin * dy, sin * dx + cos * dy};
    }

    /** The signed angle from vector u to vector v (SVG 1.1, F.6.5.4). */
    private static double angle(double ux, double uy, double vx, double vy) {
        return Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    }

    private void add(IconPath.Op op, double... coordinates) {
        path.add(new IconPath.Step(op, coordinates));
    }

    private void skipSeparators() {
        while (pos < d.length() && (Character.isWhitespace(d.charAt(pos)) || d.charAt(pos) == ',')) {
            pos++;
        }
    }

    private boolean flag() {
        skipSeparators();
        char c = d.charAt(pos++);
        if (c != '0' && c != '1') {
            throw new IllegalArgumentException("arc flag must be 0 or 1 at " + (pos - 1) + " in " + d);
        }
        return c == '1';
    }

    private double number() {
        skipSeparators();
        int start = pos;
        if (pos < d.length() && (d.charAt(pos) == '-' || d.charAt(pos) == '+')) {
            pos++;
        }
        boolean dot = false;
        boolean exponent = false;
        while (pos < d.length()) {
            char c = d.charAt(pos);
            if (Character.isDigit(c)) {
                pos++;
            } else if (c == '.' && !dot && !exponent) {
                dot = true;
                pos++;
            } else if ((c == 'e' || c == 'E') && !exponent && pos > start) {
                exponent = true;
                pos++;
                if (pos < d.length() && (d.charAt(pos) == '-' || d.charAt(pos) == '+')) {
                    pos++;
                }
            } else {
                break;
            }
        }
        if (start == pos) {
            throw new IllegalArgumentException("expected a number at " + pos + " in " + d);
        }
        return Double.parseDouble(d.substring(start, pos));
    }
}
