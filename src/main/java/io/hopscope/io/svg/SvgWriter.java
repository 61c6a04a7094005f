package io.hopscope.io.svg;

import io.hopscope.diagram.autolayout.BoxSizes;
import io.hopscope.diagram.render.IconPaths;
import io.hopscope.diagram.render.Drawing;
import io.hopscope.diagram.render.DrawnBox;
import io.hopscope.diagram.render.DrawnLine;
import io.hopscope.diagram.render.StyleRole;
import java.util.Locale;

/**
 * Writes a {@link Drawing} as a standalone SVG document: one {@code <g>} per box, carrying the
 * resource id ({@code data-resource-id}) and the role as a class ({@code hs-vpc}), with colours
 * both as attributes (for viewers without CSS) and in a style sheet keyed by the theme's role
 * names, so a stylesheet can re-theme the picture.
 */
public final class SvgWriter {

    static final String FONT = "Inter, 'Segoe UI', Helvetica, Arial, sans-serif";

    private SvgWriter() {
    }

    /** {@code scale} multiplies the document's width and height; the drawing itself is vector. */
    public static String toSvg(Drawing drawing, double scale) {
        StringBuilder svg = new StringBuilder(256 + drawing.boxes().size() * 300);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(drawing.width() * scale))
                .append("\" height=\"").append(num(drawing.height() * scale))
                .append("\" viewBox=\"").append(num(drawing.x())).append(' ').append(num(drawing.y())).append(' ')
                .append(num(drawing.width())).append(' ').append(num(drawing.height()))
                .append("\" font-family=\"").append(FONT).append("\" font-size=\"12\">\n");
        if (!drawing.title().isEmpty()) {
            svg.append("<title>").append(escape(drawing.title())).append("</title>\n");
        }
        style(svg);
        rect(svg, "hs-background", drawing.x(), drawing.y(), drawing.width(), drawing.height(), 0, StyleRole.Colors.CANVAS,
                "none", 0);
        svg.append('\n');
        for (DrawnBox b : drawing.boxes()) {
            box(svg, b);
        }
        for (DrawnLine l : drawing.lines()) {
            line(svg, l);
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void style(StringBuilder svg) {
        svg.append("<style>\n");
        for (StyleRole r : StyleRole.values()) {
            String c = ".hs-" + r.wireName();
            svg.append(c).append(" > rect.frame, line").append(c).append(" { fill: ").append(r.fill())
                    .append("; stroke: ").append(r.stroke()).append("; }\n");
            svg.append(c).append(" > text.title { fill: ").append(r.text()).append("; }\n");
            if (!"none".equals(r.band())) {
                svg.append(c).append(" > .band { fill: ").append(r.band()).append("; }\n");
            }
            svg.append(c).append(" > path.icon { fill: ").append(r.iconColor()).append("; }\n");
        }
        svg.append(".hs-shape > text.detail { fill: ").append(StyleRole.Colors.MUTED).append("; }\n");
        svg.append("</style>\n");
    }

    private static void box(StringBuilder svg, DrawnBox b) {
        StyleRole r = b.role();
        double radius = b.container() ? 8 : 6;
        svg.append("<g id=\"").append(escape(elementId(b.id()))).append("\" class=\"hs-shape hs-")
                .append(r.wireName()).append("\" data-resource-id=\"").append(escape(b.id())).append("\">");
        rect(svg, "frame", b.x(), b.y(), b.width(), b.height(), radius, r.fill(), "none", 0);
        if (!"none".equals(r.band())) {
            // The header band: rounded at the top like the frame, square where it meets the body.
            double band = Math.min(BoxSizes.SUBNET_HEADER, b.height());
            rect(svg, "band", b.x(), b.y(), b.width(), band, radius, r.band(), "none", 0);
            rect(svg, "band", b.x(), b.y() + band / 2, b.width(), band / 2, 0, r.band(), "none", 0);
        }
        rect(svg, "outline", b.x(), b.y(), b.width(), b.height(), radius, "none", r.stroke(), r.strokeWidth());
        text(svg, "title", b.textX(), b.titleBaseline(), b.title(), r.text(), b.isBadge() ? null : "600", b.isBadge() ? 10 : 12);
        text(svg, "detail", b.textX(), b.subtitleBaseline(), b.subtitle(), StyleRole.Colors.MUTED, null, 11);
        if (b.icon() != null) {
            double k = b.iconSize() / IconPaths.VIEW_BOX;
            svg.append("<path class=\"icon\" data-icon=\"").append(escape(b.icon())).append("\" transform=\"translate(")
                    .append(num(b.iconX())).append(' ').append(num(b.iconY())).append(") scale(").append(num(k))
                    .append(")\" fill=\"").append(r.iconColor()).append("\" fill-rule=\"evenodd\" d=\"")
                    .append(escape(IconPaths.pathData(b.icon()))).append("\"/>");
        }
        svg.append("</g>\n");
    }

    private static void rect(StringBuilder svg, String cls, double x, double y, double w, double h, double radius,
                             String fill, String stroke, double strokeWidth) {
        svg.append("<rect class=\"").append(cls).append("\" x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" width=\"").append(num(w)).append("\" height=\"").append(num(h)).append('"');
        if (radius > 0) {
            svg.append(" rx=\"").append(num(radius)).append('"');
        }
        svg.append(" fill=\"").append(fill).append('"');
        if (!"none".equals(stroke)) {
            svg.append(" stroke=\"").append(stroke).append("\" stroke-width=\"").append(num(strokeWidth)).append('"');
        }
        svg.append("/>");
    }

    private static void text(StringBuilder svg, String cls, double x, double y, String text, String color,
                             String weight, int size) {
        if (text.isEmpty()) {
            return;
        }
        svg.append("<text class=\"").append(cls).append("\" x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" fill=\"").append(color).append("\" font-size=\"").append(size).append('"');
        if (weight != null) {
            svg.append(" font-weight=\"").append(weight).append('"');
        }
        svg.append('>').append(escape(text)).append("</text>");
    }

    private static void line(StringBuilder svg, DrawnLine l) {
        StyleRole r = l.role();
        svg.append("<line id=\"").append(escape(elementId(l.id()))).append("\" class=\"hs-").append(r.wireName())
                .append("\" data-resource-id=\"").append(escape(l.id())).append("\" x1=\"").append(num(l.x1()))
                .append("\" y1=\"").append(num(l.y1())).append("\" x2=\"").append(num(l.x2())).append("\" y2=\"")
                .append(num(l.y2())).append("\" stroke=\"").append(r.stroke()).append("\" stroke-width=\"")
                .append(num(r.strokeWidth())).append('"');
        String dashes = DrawnLine.dashesOf(l);
        if (dashes != null) {
            svg.append(" stroke-dasharray=\"").append(dashes).append('"');
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
