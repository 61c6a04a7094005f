package io.hopscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.render.Drawing;
import io.hopscope.diagram.render.DrawnBox;
import io.hopscope.diagram.render.DrawingBuilder;
import io.hopscope.diagram.render.TraceOverlay;
import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.io.svg.SvgWriter;
import io.hopscope.model.net.Protocol;
import io.hopscope.testing.samples.SampleDiagrams;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** An exported picture of a trace says what it shows: caption, legend, and the SG/RT/ACL badges. */
class TraceExportCaptionTest {

    private final Diagram broken = SampleDiagrams.ec2ToRdsBrokenReturn();

    private TraceOverlay traced() {
        Trace t = new Tracer(broken.model()).trace(TraceQuery.of("web-1", "orders-db", Protocol.TCP, 3306));
        return TraceOverlays.of(broken.model(), io.hopscope.diagram.render.DiagramPictureBuilder.headless().build(broken), t);
    }

    @Test
    void captionNamesTheQueryEachDirectionsVerdictAndTheBlockingRule() {
        List<String> caption = traced().caption();
        assertEquals(3, caption.size(), caption.toString());
        assertTrue(caption.get(0).contains("web-1") && caption.get(0).contains("orders-db")
                && caption.get(0).contains("tcp port 3306"), caption.get(0));
        assertTrue(caption.get(1).startsWith("Request: \u2713"), caption.get(1));
        assertTrue(caption.get(2).startsWith("Reply: \u2717 dropped at db-nacl") && caption.get(2).endsWith("rule *"),
                caption.get(2));
    }

    @Test
    void svgAndPngOfATraceCarryCaptionLegendAndBadges() throws Exception {
        TraceOverlay overlay = traced();
        Drawing drawing = DrawingBuilder.build(broken, overlay);
        Drawing plain = DrawingBuilder.build(broken, new TraceOverlay(overlay.forward(), overlay.forwardBlockedAt(),
                overlay.reply(), overlay.replyBlockedAt()));
        assertTrue(drawing.height() > plain.height() + 60, "the caption and legend take room under the picture");
        assertNotNull(drawing.box("legend-request-text"));
        assertNotNull(drawing.box("legend-dropped"));
        DrawnBox last = drawing.box("trace-caption-2");
        assertTrue(last.title().contains("rule *"), last.title());
        List<String> badges = drawing.boxes().stream().filter(DrawnBox::isBadge).map(DrawnBox::title).toList();
        assertTrue(badges.contains("web-sg") && badges.contains("orders-db-sg"), badges.toString());
        assertTrue(badges.contains("ACL db-nacl") && badges.stream().anyMatch(b -> b.startsWith("RT ")), badges.toString());

        String svg = SvgWriter.toSvg(drawing, 1);
        assertTrue(svg.contains("rule *") && svg.contains("dropped here") && svg.contains(">ACL db-nacl<"), "svg text");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(PngExporter.export(broken, overlay, 1)));
        assertEquals((int) Math.ceil(drawing.height()), png.getHeight(), 1.0);
    }

    @Test
    void badgesStayInsideTheirShapeAndNeverOverlapEachOther() {
        Drawing drawing = DrawingBuilder.build(broken);
        List<DrawnBox> badges = drawing.boxes().stream().filter(DrawnBox::isBadge).toList();
        assertTrue(badges.size() >= 6, badges.toString());
        for (int i = 0; i < badges.size(); i++) {
            DrawnBox a = badges.get(i);
            for (int j = i + 1; j < badges.size(); j++) {
                DrawnBox b = badges.get(j);
                boolean overlap = a.x() < b.x() + b.width() && b.x() < a.x() + a.width()
                        && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
                assertTrue(!overlap, a.id() + " overlaps " + b.id());
            }
        }
    }
}
