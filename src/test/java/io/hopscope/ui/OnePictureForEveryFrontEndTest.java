package io.hopscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.cli.HopscopeCommand;
import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Layout;
import io.hopscope.diagram.Shape;
import io.hopscope.diagram.render.CanvasItem;
import io.hopscope.diagram.render.DiagramPicture;
import io.hopscope.diagram.render.Rect;
import io.hopscope.diagram.render.TraceLeg;
import io.hopscope.engine.Trace;
import io.hopscope.export.HopShapes;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.io.format.DiagramWriter;
import io.hopscope.ui.canvas.DiagramCanvasViewModel;
import io.hopscope.ui.common.DiagramDocument;
import io.hopscope.ui.share.ShareViewModel;
import io.hopscope.ui.trace.TracePathPlan;
import io.hopscope.ui.trace.TraceViewModel;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The canvas, the CLI's {@code render} and the app's export draw one picture: a resource the
 * layout does not place lands on the same spot in all three, and a trace's hops land on the same
 * shapes (the one mapping, {@link HopShapes}).
 */
class OnePictureForEveryFrontEndTest {

    private final ResourceBundle messages = ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.ENGLISH);

    @TempDir
    Path tmp;
    /** The broken-return sample with web-1's shape taken out of the layout. */
    private Diagram diagram;
    private Path file;
    private String web;

    @BeforeEach
    void diagramWithAnUnplacedWorkload() throws Exception {
        Diagram sample = DiagramReader.read(Path.of("diagrams", "ec2-to-rds-broken-return.json")).diagram();
        web = sample.model().workloads().stream().filter(w -> w.label().equals("web-1")).findFirst().orElseThrow().id();
        Map<String, Shape> shapes = new TreeMap<>(sample.layout().shapes());
        assertNotNull(shapes.remove(web));
        diagram = sample.withLayout(new Layout(shapes, sample.layout().notes()));
        file = tmp.resolve("unplaced.json");
        Files.writeString(file, DiagramWriter.toJson(diagram));
    }

    @Test
    void anUnplacedShapeLandsOnTheSameSpotOnTheCanvasInTheCliRenderAndInTheAppExport() throws Exception {
        DiagramCanvasViewModel canvas = new DiagramCanvasViewModel(messages);
        canvas.setDiagram(diagram);
        CanvasItem onCanvas = canvas.getPicture().item(web).orElseThrow();
        assertTrue(onCanvas.fallback(), "the layout does not place web-1");

        Rect inCli = frameOf(cliSvg(), web);
        Rect inExport = frameOf(appExport(null).svgText(), web);

        assertEquals(onCanvas.bounds(), inCli);
        assertEquals(onCanvas.bounds(), inExport);
    }

    @Test
    void aHopLandsOnTheSameShapeOnTheCanvasInTheCliRenderAndInTheAppExport() throws Exception {
        DiagramDocument document = DiagramDocument.empty();
        document.replace(diagram, null);
        TraceViewModel trace = new TraceViewModel(document, messages);
        trace.fromProperty().set("web-1");
        trace.toProperty().set("orders-db");
        trace.portProperty().set("3306");
        trace.traceNow();
        Trace t = trace.getTrace();
        assertNotNull(t);
        assertNull(t.forward().blockingHop(), "the request arrives");
        assertNotNull(t.reply().blockingHop(), "the reply is dropped at db-nacl's *");

        // The canvas: the trace panel's plan at the last hop, over the canvas's picture.
        DiagramCanvasViewModel canvas = new DiagramCanvasViewModel(messages);
        canvas.setDiagram(diagram);
        DiagramPicture picture = canvas.getPicture();
        TracePathPlan plan = TracePathPlan.of(t.query(), trace.getRows(), trace.getRows().size() - 1,
                new HopShapes(diagram.model()), id -> picture.item(id).isPresent());
        String droppedOnCanvas = plan.currentShapeId();
        assertTrue(plan.currentBlocked());
        Set<String> requestOnCanvas = new HashSet<>();
        for (TraceLeg leg : plan.legs()) {
            if (!leg.reply()) {
                requestOnCanvas.add(centre(picture, leg.fromId()));
                requestOnCanvas.add(centre(picture, leg.toId()));
            }
        }
        assertTrue(requestOnCanvas.contains(centre(picture, web)), "the request starts at the unplaced web-1");

        String cli = cliSvg("--trace-from", "web-1", "--trace-to", "orders-db", "--protocol", "tcp", "--port", "3306");
        String app = appExport(trace).svgText();

        assertEquals(Set.of(droppedOnCanvas), blockedShapes(cli, "reply"));
        assertEquals(Set.of(droppedOnCanvas), blockedShapes(app, "reply"));
        assertEquals(requestOnCanvas, lineEnds(cli, "forward-"));
        assertEquals(requestOnCanvas, lineEnds(app, "forward-"));
    }

    private String cliSvg(String... traceArgs) throws Exception {
        Path out = tmp.resolve("cli-" + traceArgs.length + ".svg");
        List<String> args = new java.util.ArrayList<>(List.of("render", file.toString(), "-o", out.toString()));
        args.addAll(List.of(traceArgs));
        StringWriter err = new StringWriter();
        int code = HopscopeCommand.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                args.toArray(String[]::new));
        assertEquals(0, code, err::toString);
        return Files.readString(out);
    }

    private ShareViewModel appExport(TraceViewModel trace) {
        DiagramDocument document = trace == null ? DiagramDocument.empty() : trace.document();
        if (trace == null) {
            document.replace(diagram, null);
        }
        ShareViewModel share = new ShareViewModel(document, messages);
        if (trace != null) {
            share.shownTraceProperty().set(trace.getTrace());
        }
        return share;
    }

    private static String centre(DiagramPicture picture, String id) {
        Rect b = picture.item(id).orElseThrow().bounds();
        return point(b.centerX(), b.centerY());
    }

    private static String point(double x, double y) {
        return Math.round(x * 100) / 100.0 + "," + Math.round(y * 100) / 100.0;
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** The frame of the shape group carrying {@code resourceId}. */
    private static Rect frameOf(String svg, String resourceId) throws Exception {
        NodeList groups = parse(svg).getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (resourceId.equals(g.getAttribute("data-resource-id"))) {
                Element frame = (Element) g.getElementsByTagName("rect").item(0);
                return new Rect(num(frame, "x"), num(frame, "y"), num(frame, "width"), num(frame, "height"));
            }
        }
        throw new AssertionError("no shape " + resourceId + " in the SVG");
    }

    /** The shapes a direction's deny frame stands around ({@code <direction>-blocked-at-<shape>}). */
    private static Set<String> blockedShapes(String svg, String direction) throws Exception {
        NodeList groups = parse(svg).getElementsByTagName("g");
        Set<String> ids = new HashSet<>();
        String prefix = direction + "-blocked-at-";
        for (int i = 0; i < groups.getLength(); i++) {
            String id = ((Element) groups.item(i)).getAttribute("data-resource-id");
            if (id.startsWith(prefix)) {
                ids.add(id.substring(prefix.length()));
            }
        }
        return ids;
    }

    /** Both ends of every trace line whose id starts with {@code prefix}. */
    private static Set<String> lineEnds(String svg, String prefix) throws Exception {
        NodeList lines = parse(svg).getElementsByTagName("line");
        Map<String, Integer> seen = new HashMap<>();
        Set<String> ends = new HashSet<>();
        for (int i = 0; i < lines.getLength(); i++) {
            Element l = (Element) lines.item(i);
            if (l.getAttribute("data-resource-id").startsWith(prefix)) {
                ends.add(point(num(l, "x1"), num(l, "y1")));
                ends.add(point(num(l, "x2"), num(l, "y2")));
                seen.merge(prefix, 1, Integer::sum);
            }
        }
        assertFalse(seen.isEmpty(), "the SVG draws the " + prefix + " lines");
        return ends;
    }

    private static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }
}
