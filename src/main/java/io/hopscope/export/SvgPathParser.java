package io.hopscope.export;

import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;

/**
 * SVG path data (the {@code d} attribute of the icons) to a Java2D path, so the PNG draws the
 * same glyphs as the SVG. Supports the commands the icons use: M L H V C S Q A Z, absolute and
 * relative, with implicit repeats and compact numbers ("0.5.5", "1-2", arc flags "01").
 */
final class SvgPathParser {

    private final String d;
    private int pos;
    private final Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    private double x;
    private double y;
    private double startX;
    private double startY;
    private double lastControlX;
    private double lastControlY;
    private char lastCommand;

    private SvgPathParser(String d) {
        this.d = d;
    }

    static Path2D.Double parse(String d) {
        return new SvgPathParser(d).run();
    }

    private Path2D.Double run() {
        char command = 0;
        while (true) {
            skipSeparators();
            if (pos >= d.length()) {
                return path;
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
                path.moveTo(x, y);
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
                path.quadTo(x1, y1, ex, ey);
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
                path.closePath();
                x = startX;
                y = startY;
            }
            default -> throw new IllegalArgumentException("unsupported path command '" + command + "'");
        }
    }

    private void lineTo(double nx, double ny) {
        path.lineTo(nx, ny);
        x = nx;
        y = ny;
    }

    private void curveTo(double x1, double y1, double x2, double y2, double ex, double ey) {
        path.curveTo(x1, y1, x2, y2, ex, ey);
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
        // Arc2D angles run counter-clockwise in a y-up sense, hence the minus signs.
        Arc2D.Double arc = new Arc2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry, -Math.toDegrees(start),
                -Math.toDegrees(extent), Arc2D.OPEN);
        AffineTransform rotate = AffineTransform.getRotateInstance(phi, cx, cy);
        path.append(rotate.createTransformedShape(arc).getPathIterator(null), true);
        x = ex;
        y = ey;
    }

    private static double angle(double ux, double uy, double vx, double vy) {
        double a = Math.atan2(uy * vx - ux * vy, ux * vx + uy * vy);
        return -a;
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
