package io.hopscope.io.svg;

import io.hopscope.diagram.render.Scene;
import io.hopscope.diagram.render.SceneBox;
import io.hopscope.diagram.render.SceneBuilder;
import io.hopscope.diagram.render.SceneLine;
import io.hopscope.diagram.render.StyleRole;
import java.util.Locale;

/**
 * Writes a {@link Scene} as a standalone SVG document: one {@code <g>} per box, carrying the
 * resource id ({@code data-resource-id}) and the role as a class ({@code hs-vpc}), with colours
 * both as attributes (for viewers without CSS) and in a style sheet keyed by the theme's role
 * names, so a stylesheet can re-theme the picture.
 */
public final class SvgWriter {

    static final String FONT = "Inter, 'Segoe UI', Helvetica, Arial, sans-serif";

    private SvgWriter() {
    }

    /** {@code scale} multiplies the document's width and height; the drawing itself is vector. */
    public static String toSvg(Scene scene, double scale) {
        StringBuilder svg = new StringBuilder(256 + scene.boxes().size() * 300);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(scene.width() * scale))
                .append("\" height=\"").append(num(scene.height() * scale))
                .append("\" viewBox=\"").append(num(scene.x())).append(' ').append(num(scene.y())).append(' ')
                .append(num(scene.width())).append(' ').append(num(scene.height()))
                .append("\" font-family=\"").append(FONT).append("\" font-size=\"12\">\n");
        if (!scene.title().isEmpty()) {
            svg.append("<title>").append(escape(scene.title())).append("</title>\n");
        }
        style(svg);
        svg.append("<rect class=\"hs-background\" x=\"").append(num(scene.x())).append("\" y=\"").append(num(scene.y()))
                .append("\" width=\"").append(num(scene.width())).append("\" height=\"").append(num(scene.height()))
                .append("\" fill=\"#FFFFFF\"/>\n");
        for (SceneBox b : scene.boxes()) {
            box(svg, b);
        }
        for (SceneLine l : scene.lines()) {
            line(svg, l);
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void style(StringBuilder svg) {
        svg.append("<style>\n");
        for (StyleRole r : StyleRole.values()) {
            svg.append(".hs-").append(r.wireName()).append(" > rect, line.hs-").append(r.wireName())
                    .append(" { fill: ").append(r.fill()).append("; stroke: ").append(r.stroke()).append("; }\n");
            svg.append(".hs-").append(r.wireName()).append(" > text { fill: ").append(r.text()).append("; }\n");
        }
        svg.append("</style>\n");
    }

    private static void box(StringBuilder svg, SceneBox b) {
        StyleRole r = b.role();
        svg.append("<g id=\"").append(escape(elementId(b.id()))).append("\" class=\"hs-shape hs-")
                .append(r.wireName()).append("\" data-resource-id=\"").append(escape(b.id())).append("\">");
        svg.append("<rect x=\"").append(num(b.x())).append("\" y=\"").append(num(b.y())).append("\" width=\"")
                .append(num(b.width())).append("\" height=\"").append(num(b.height()))
                .append("\" rx=\"").append(b.container() ? 8 : 6).append("\" fill=\"").append(r.fill())
                .append("\" stroke=\"").append(r.stroke()).append("\" stroke-width=\"")
                .append(b.container() ? "1.5" : "1").append("\"/>");
        text(svg, b.x() + 10, b.y() + SceneBuilder.TITLE_BASELINE, b.title(), r, true);
        text(svg, b.x() + 10, b.y() + SceneBuilder.SUBTITLE_BASELINE, b.subtitle(), r, false);
        svg.append("</g>\n");
    }

    private static void text(StringBuilder svg, double x, double y, String text, StyleRole r, boolean bold) {
        if (text.isEmpty()) {
            return;
        }
        svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" fill=\"")
                .append(r.text()).append('"');
        if (bold) {
            svg.append(" font-weight=\"600\"");
        } else {
            svg.append(" font-size=\"11\"");
        }
        svg.append('>').append(escape(text)).append("</text>");
    }

    private static void line(StringBuilder svg, SceneLine l) {
        svg.append("<line id=\"").append(escape(elementId(l.id()))).append("\" class=\"hs-").append(l.role().wireName())
                .append("\" data-resource-id=\"").append(escape(l.id())).append("\" x1=\"").append(num(l.x1()))
                .append("\" y1=\"").append(num(l.y1())).append("\" x2=\"").append(num(l.x2())).append("\" y2=\"")
                .append(num(l.y2())).append("\" stroke=\"").append(l.role().stroke()).append("\" stroke-width=\"2\"");
        if (l.dashed()) {
            svg.append(" stroke-dasharray=\"6 4\"");
        }
        svg.append("><title>").append(escape(l.label())).append("</title></line>\n");
    }

    /** An XML id from a resource id: AWS ids are already valid names, other characters become '_'. */
    static String elementId(String resourceId) {
        StringBuilder id = new StringBuilder("shape-");
        for (int i = 0; i < resourceId.length(); i++) {
            char c = resourceId.charAt(i);
            id.append(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' ? c : '_');
        }
        return id.toString();
    }

    /** XML text and attribute escaping; characters XML 1.0 forbids (most controls) are dropped. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            out.append(c);
                        }
                    }
                }
            }
        }
        return out.toString();
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
