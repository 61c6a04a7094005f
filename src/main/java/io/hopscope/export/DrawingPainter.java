package io.hopscope.export;

import io.hopscope.diagram.autolayout.BoxSizes;
import io.hopscope.diagram.render.IconPath;
import io.hopscope.diagram.render.IconPaths;
import io.hopscope.diagram.render.Drawing;
import io.hopscope.diagram.render.DrawnBox;
import io.hopscope.diagram.render.DrawnLine;
import io.hopscope.diagram.render.StyleRole;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.HashMap;
import java.util.Map;

/**
 * Paints a {@link Drawing} with Java2D: the same boxes, bands, colours, texts and icons the SVG
 * writer emits (headless AWT, never JavaFX: commands must run on a server).
 */
public final class DrawingPainter {

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final Font DETAIL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font BADGE = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private final Map<String, Color> colours = new HashMap<>();
    private final Map<String, Path2D.Double> icons = new HashMap<>();

    /** Paints at {@code scale} pixels per canvas unit, the drawing's top-left corner at (0, 0). */
    public void paint(Drawing drawing, Graphics2D g, double scale) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(scale, scale);
        g.translate(-drawing.x(), -drawing.y());
        g.setColor(colour(StyleRole.Colors.CANVAS));
        g.fill(new Rectangle2D.Double(drawing.x(), drawing.y(), drawing.width(), drawing.height()));
        for (DrawnBox b : drawing.boxes()) {
            box(g, b);
        }
        for (DrawnLine l : drawing.lines()) {
            line(g, l);
        }
    }

    private void box(Graphics2D g, DrawnBox b) {
        StyleRole r = b.role();
        double arc = 2 * (b.container() ? 8 : 6);
        RoundRectangle2D.Double frame = new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), arc, arc);
        if (!"none".equals(r.fill())) {
            g.setColor(colour(r.fill()));
            g.fill(frame);
        }
        if (!"none".equals(r.band())) {
            double band = Math.min(BoxSizes.SUBNET_HEADER, b.height());
            g.setColor(colour(r.band()));
            g.fill(new RoundRectangle2D.Double(b.x(), b.y(), b.width(), band, arc, arc));
            g.fill(new Rectangle2D.Double(b.x(), b.y() + band / 2, b.width(), band / 2));
        }
        g.setColor(colour(r.stroke()));
        g.setStroke(new BasicStroke((float) r.strokeWidth()));
        g.draw(frame);
        if (!b.title().isEmpty()) {
            g.setColor(colour(r.text()));
            g.setFont(b.isBadge() ? BADGE : TITLE);
            g.drawString(b.title(), (float) b.textX(), (float) b.titleBaseline());
        }
        if (!b.subtitle().isEmpty()) {
            g.setColor(colour(StyleRole.Colors.MUTED));
            g.setFont(DETAIL);
            g.drawString(b.subtitle(), (float) b.textX(), (float) b.subtitleBaseline());
        }
        if (b.icon() != null) {
            double k = b.iconSize() / IconPaths.VIEW_BOX;
            AffineTransform at = AffineTransform.getTranslateInstance(b.iconX(), b.iconY());
            at.scale(k, k);
            Shape glyph = at.createTransformedShape(icons.computeIfAbsent(b.icon(),
                    name -> outline(IconPaths.path(name))));
            g.setColor(colour(r.iconColor()));
            g.fill(glyph);
        }
    }

    private void line(Graphics2D g, DrawnLine l) {
        g.setColor(colour(l.role().stroke()));
        float width = (float) l.role().strokeWidth();
        String dashes = DrawnLine.dashesOf(l);
        if (dashes == null) {
            g.setStroke(new BasicStroke(width));
        } else {
            String[] parts = dashes.split(" ");
            float[] pattern = new float[parts.length];
            for (int i = 0; i < parts.length; i++) {
                pattern[i] = Float.parseFloat(parts[i]);
            }
            g.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, pattern, 0f));
        }
        g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
    }

    /** An icon's outline as a Java2D path, filled even-odd like the icon files. */
    static Path2D.Double outline(IconPath icon) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (IconPath.Step s : icon.steps()) {
            double[] c = s.coordinates();
            switch (s.op()) {
                case MOVE -> p.moveTo(c[0], c[1]);
                case LINE -> p.lineTo(c[0], c[1]);
                case QUAD -> p.quadTo(c[0], c[1], c[2], c[3]);
                case CUBIC -> p.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                case CLOSE -> p.closePath();
            }
        }
        return p;
    }

    /** "#RRGGBB" to a colour, cached. */
    private Color colour(String hex) {
        return colours.computeIfAbsent(hex, h -> new Color(Integer.parseInt(h.substring(1), 16)));
    }
}
