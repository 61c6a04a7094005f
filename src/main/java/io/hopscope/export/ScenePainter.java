package io.hopscope.export;

import io.hopscope.diagram.render.Scene;
import io.hopscope.diagram.render.SceneBox;
import io.hopscope.diagram.render.SceneBuilder;
import io.hopscope.diagram.render.SceneLine;
import io.hopscope.diagram.render.StyleRole;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.util.EnumMap;
import java.util.Map;

/**
 * Paints a {@link Scene} with Java2D, the same boxes, colours and texts the SVG writer emits
 * (headless AWT, never JavaFX: commands must run on a server).
 */
public final class ScenePainter {

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private final Map<StyleRole, Color[]> colours = new EnumMap<>(StyleRole.class);

    public ScenePainter() {
        for (StyleRole r : StyleRole.values()) {
            colours.put(r, new Color[] {colour(r.fill()), colour(r.stroke()), colour(r.text())});
        }
    }

    /** Paints at {@code scale} pixels per canvas unit, the scene's top-left corner at (0, 0). */
    public void paint(Scene scene, Graphics2D g, double scale) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(scale, scale);
        g.translate(-scene.x(), -scene.y());
        g.setColor(Color.WHITE);
        g.fill(new java.awt.geom.Rectangle2D.Double(scene.x(), scene.y(), scene.width(), scene.height()));
        for (SceneBox b : scene.boxes()) {
            box(g, b);
        }
        for (SceneLine l : scene.lines()) {
            line(g, l);
        }
    }

    private void box(Graphics2D g, SceneBox b) {
        Color[] c = colours.get(b.role());
        double arc = b.container() ? 16 : 12;
        RoundRectangle2D.Double rect = new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), arc, arc);
        if (c[0] != null) {
            g.setColor(c[0]);
            g.fill(rect);
        }
        g.setColor(c[1]);
        g.setStroke(new BasicStroke(b.container() ? 1.5f : 1f));
        g.draw(rect);
        g.setColor(c[2]);
        if (!b.title().isEmpty()) {
            g.setFont(TITLE);
            g.drawString(b.title(), (float) (b.x() + 10), (float) (b.y() + SceneBuilder.TITLE_BASELINE));
        }
        if (!b.subtitle().isEmpty()) {
            g.setFont(SUBTITLE);
            g.drawString(b.subtitle(), (float) (b.x() + 10), (float) (b.y() + SceneBuilder.SUBTITLE_BASELINE));
        }
    }

    private void line(Graphics2D g, SceneLine l) {
        g.setColor(colours.get(l.role())[1]);
        g.setStroke(l.dashed()
                ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f)
                : new BasicStroke(2f));
        g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
    }

    /** "#RRGGBB" to a colour; "none" (lines have no fill) to null. */
    static Color colour(String hex) {
        if (hex == null || !hex.startsWith("#")) {
            return null;
        }
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
