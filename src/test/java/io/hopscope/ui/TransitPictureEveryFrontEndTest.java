package io.hopscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.cli.HopscopeCommand;
import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.render.CanvasLink;
import io.hopscope.diagram.render.DiagramPicture;
import io.hopscope.diagram.render.LinkKind;
import io.hopscope.diagram.render.Rect;
import io.hopscope.diagram.render.TraceLeg;
import io.hopscope.engine.Trace;
import io.hopscope.export.HopShapes;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.ui.canvas.DiagramCanvasViewModel;
import io.hopscope.ui.common.DiagramDocument;
import io.hopscope.ui.share.ShareViewModel;
import io.hopscope.ui.trace.TracePathPlan;
import io.hopscope.ui.trace.TraceViewModel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transit gateway's attachments are lines of the one picture: the canvas, the CLI's
 * {@code render} and the app's export draw the same line from the gateway to each attachment
 * subnet, and a trace across the gateway runs through the gateway's box in all three.
 */
class TransitPictureEveryFrontEndTest {

    private static final String TGW = "tgw-0a1b2c3d4e5f61119";
    private static final List<String> ATTACHMENT_SUBNETS = List.of("subnet-0a1b2c3d4e5f61104",
            "subnet-0a1b2c3d4e5f61105", "subnet-0a1b2c3d4e5f61106");
    private static final Pattern LINE = Pattern.compile(
            "<line[^>]*data-resource-id=\"([^\"]*)\" x1=\"([^\"]*)\" y1=\"([^\"]*)\" x2=\"([^\"]*)\" y2=\"([^\"]*)\"");

    private final ResourceBundle messages = ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.ENGLISH);

    @TempDir
    Path tmp;
    private Path file;
    private Diagram diagram;

    @BeforeEach
    void hubAndSpokes() throws Exception {
        file = Path.of("diagrams", "tgw-hub-spoke.json");
        diagram = DiagramReader.read(file).diagram();
    }

    @Test
    void theGatewayIsJoinedToEachAttachmentSubnetOnTheCanvasInTheCliRenderAndInTheAppExport() throws Exception {
        DiagramCanvasViewModel canvas = new DiagramCanvasViewModel(messages);
        canvas.setDiagram(diagram);
        List<CanvasLink> transit = canvas.getPicture().links().stream().filter(l -> l.kind() == LinkKind.TRANSIT).toList();
        assertEquals(3, transit.size());
        Set<String> onCanvas = new HashSet<>();
        for (CanvasLink l : transit) {
            assertEquals(TGW, l.fromId());
            assertTrue(ATTACHMENT_SUBNETS.contains(l.toId()), l.toId());
            assertTrue(l.resourceId().startsWith("tgw-attach-"), "a click on the line selects the attachment");
            onCanvas.add(l.fromId() + "->" + l.toId() + "@" + point(l.startX(), l.startY()) + ";" + point(l.endX(), l.endY()));
        }
        assertEquals(Set.of("att-hub", "att-app", "att-sandbox"),
                Set.copyOf(transit.stream().map(CanvasLink::label).toList()));

        assertEquals(onCanvas, transitLines(cliSvg()));
        assertEquals(onCanvas, transitLines(appExport().svgText()));
    }

    @Test
    void aTraceAcrossTheGatewayRunsThroughItsBoxOnTheCanvasInTheCliRenderAndInTheAppExport() throws Exception {
        DiagramDocument document = DiagramDocument.empty();
        document.replace(diagram, null);
        TraceViewModel trace = new TraceViewModel(document, messages);
        trace.fromProperty().set("app-1");
        trace.toProperty().set("shared-1");
        trace.portProperty().set("443");
        trace.traceNow();
        Trace t = trace.getTrace();
        assertNotNull(t);
        assertNull(t.forward().blockingHop());

        DiagramCanvasViewModel canvas = new DiagramCanvasViewModel(messages);
        canvas.setDiagram(diagram);
        DiagramPicture picture = canvas.getPicture();
        TracePathPlan plan = TracePathPlan.of(t.query(), trace.getRows(), trace.getRows().size() - 1,
                new HopShapes(diagram.model()), id -> picture.item(id).isPresent());
        List<String> request = new ArrayList<>();
        for (TraceLeg leg : plan.legs()) {
            if (!leg.reply()) {
                request.add(leg.fromId() + "->" + leg.toId());
            }
        }
        // Out of the app subnet (its attachment subnet) into the gateway, and on into the hub's.
        assertTrue(request.contains("subnet-0a1b2c3d4e5f61105->" + TGW), request::toString);
        assertTrue(request.contains(TGW + "->subnet-0a1b2c3d4e5f61104"), request::toString);

        String hub = centre(picture.item(TGW).orElseThrow().bounds());
        String cli = cliSvg("--trace-from", "app-1", "--trace-to", "shared-1", "--protocol", "tcp", "--port", "443");
        assertTrue(traceEnds(cli).contains(hub), "the CLI's request line meets the gateway");
        assertTrue(traceEnds(share(trace).svgText()).contains(hub), "the export's request line meets the gateway");
    }

    private ShareViewModel share(TraceViewModel trace) {
        ShareViewModel share = new ShareViewModel(trace.document(), messages);
        share.shownTraceProperty().set(trace.getTrace());
        return share;
    }

    private ShareViewModel appExport() {
        DiagramDocument document = DiagramDocument.empty();
        document.replace(diagram, null);
        return new ShareViewModel(document, messages);
    }

    private String cliSvg(String... traceArgs) throws Exception {
        Path out = tmp.resolve("cli-" + traceArgs.length + ".svg");
        List<String> args = new ArrayList<>(List.of("render", file.toString(), "-o", out.toString()));
        args.addAll(List.of(traceArgs));
        StringWriter err = new StringWriter();
        int code = HopscopeCommand.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                args.toArray(String[]::new));
        assertEquals(0, code, err::toString);
        return Files.readString(out);
    }

    /** The gateway's lines in an SVG, as "from->to@x1,y1;x2,y2". */
    private static Set<String> transitLines(String svg) {
        Set<String> lines = new HashSet<>();
        Matcher m = LINE.matcher(svg);
        while (m.find()) {
            String id = m.group(1).replace("&gt;", ">");
            if (id.startsWith(TGW + "->")) {
                lines.add(id + "@" + point(m.group(2), m.group(3)) + ";" + point(m.group(4), m.group(5)));
            }
        }
        return lines;
    }

    /** Both ends of every request line of the trace overlay. */
    private static Set<String> traceEnds(String svg) {
        Set<String> ends = new HashSet<>();
        Matcher m = LINE.matcher(svg);
        while (m.find()) {
            if (m.group(1).startsWith("forward-")) {
                ends.add(point(m.group(2), m.group(3)));
                ends.add(point(m.group(4), m.group(5)));
            }
        }
        return ends;
    }

    private static String centre(Rect b) {
        return point(b.centerX(), b.centerY());
    }

    private static String point(String x, String y) {
        return point(Double.parseDouble(x), Double.parseDouble(y));
    }

    private static String point(double x, double y) {
        return Math.round(x * 10) / 10.0 + "," + Math.round(y * 10) / 10.0;
    }
}
