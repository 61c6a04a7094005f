package io.hopscope.diagram.render;

import io.hopscope.diagram.autolayout.BoxSizes;
import java.util.List;

/**
 * The caption under an exported trace: its lines (question, verdict per direction, blocking rule)
 * in a white panel, then a legend of the overlay's marks (request, reply, where it is dropped) and
 * of the badges. Made of ordinary boxes and lines, so the SVG writer and the PNG painter draw it
 * with nothing new.
 */
final class DrawingCaption {

    private static final double LINE = 22;
    private static final double PAD = 10;
    private static final double SAMPLE = 36;
    private static final String BADGES = "group / table badges";

    private DrawingCaption() {
    }

    static void addBelow(Drawing picture, List<String> caption, List<DrawnBox> boxes, List<DrawnLine> lines) {
        double x = picture.x() + DrawingBuilder.MARGIN;
        double top = picture.y() + picture.height();
        double textWidth = 0;
        for (String line : caption) {
            textWidth = Math.max(textWidth, BoxSizes.textWidth(line));
        }
        double legendWidth = 3 * (SAMPLE + 8 + 120) + 80 + BoxSizes.textWidth(BADGES) + 2 * BoxSizes.TEXT_PADDING;
        double width = Math.max(textWidth, legendWidth) + 2 * PAD;
        double height = caption.size() * LINE + 2 * PAD + LINE + 8;
        boxes.add(new DrawnBox("trace-caption", StyleRole.CAPTION, x, top, width, height, "", "", false, null));
        double y = top + PAD - 4;
        for (int i = 0; i < caption.size(); i++) {
            boxes.add(new DrawnBox("trace-caption-" + i, StyleRole.CAPTION_TEXT, x + 1, y, width - 2, LINE,
                    caption.get(i), "", false, null));
            y += LINE;
        }
        // Legend: a sample of each mark, then its meaning.
        double ly = y + 8;
        double lx = x + PAD;
        double mid = ly + LINE / 2;
        lines.add(new DrawnLine("legend-request", StyleRole.ALLOW, lx, mid, lx + SAMPLE, mid, "request", false));
        legendText(boxes, "legend-request-text", lx + SAMPLE, ly, "request");
        lx += SAMPLE + 8 + 120;
        lines.add(new DrawnLine("legend-reply", StyleRole.ALLOW, lx, mid, lx + SAMPLE, mid, "reply", true));
        legendText(boxes, "legend-reply-text", lx + SAMPLE, ly, "reply");
        lx += SAMPLE + 8 + 120;
        boxes.add(new DrawnBox("legend-dropped", StyleRole.DENY, lx, ly + 4, SAMPLE, LINE - 8, "", "", false, null));
        legendText(boxes, "legend-dropped-text", lx + SAMPLE, ly, "dropped here");
        lx += SAMPLE + 8 + 120;
        boxes.add(new DrawnBox("legend-sg", StyleRole.SG_BADGE, lx, ly + 3, 26, DrawnBadges.HEIGHT, "SG", "", false, null));
        boxes.add(new DrawnBox("legend-rt", StyleRole.ASSOCIATION_BADGE, lx + 30, ly + 3, 48, DrawnBadges.HEIGHT, "RT/ACL",
                "", false, null));
        legendText(boxes, "legend-badges-text", lx + 80, ly, BADGES);
    }

    private static void legendText(List<DrawnBox> boxes, String id, double x, double y, String text) {
        boxes.add(new DrawnBox(id, StyleRole.CAPTION_TEXT, x, y, BoxSizes.textWidth(text) + 2 * BoxSizes.TEXT_PADDING,
                LINE, text, "", false, null));
    }
}
