package io.hopscope.cli;

import io.hopscope.check.Problem;
import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.render.Drawing;
import io.hopscope.diagram.render.DiagramPicture;
import io.hopscope.diagram.render.DiagramPictureBuilder;
import io.hopscope.diagram.render.DrawingBuilder;
import io.hopscope.diagram.render.TraceOverlay;
import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.TraceQueryException;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.export.PngExporter;
import io.hopscope.export.TraceOverlays;
import io.hopscope.io.format.AtomicFileWriter;
import io.hopscope.io.format.DiagramLoad;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.io.svg.SvgWriter;
import io.hopscope.model.net.Protocol;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code hopscope render FILE -o OUT.png|OUT.svg [--scale 1|2] [--trace-from REF --trace-to REF
 * --protocol P --port N]}: draws a diagram, optionally with a trace on top, without a window. A PNG carries the diagram inside it, so it reopens in Hopscope.
 */
public final class RenderCommand implements Callable<Integer> {

    private final CommandSpec spec = CommandSpecs.command(this, "render",
            "Draw a diagram as a picture, headless. The format follows OUT's",
            "extension: .svg (vector, one element per shape with its resource id)",
            "or .png (carries the diagram itself, so the picture reopens in",
            "Hopscope). Resources without a shape are drawn where the app shows them.",
            "With --trace-from and --trace-to, the trace is drawn on top: the request",
            "as a green line, the reply dashed, a red frame where a packet stops.");

    private final PositionalParamSpec fileParameter = CommandSpecs.file(spec, "FILE",
            "the diagram (*.hopscope.json, or a PNG exported by Hopscope)");

    private final OptionSpec outputOption = CommandSpecs.add(spec, OptionSpec.builder("-o", "--output").type(Path.class)
            .paramLabel("OUT").description("OUT.png or OUT.svg").required(true));

    private final OptionSpec scaleOption = CommandSpecs.add(spec, CommandSpecs.valued("--scale", int.class, "1|2",
            "pixels per canvas unit: 2 for high-density screens (default: ${DEFAULT-VALUE})").defaultValue("1"));

    private final OptionSpec traceFromOption = CommandSpecs.add(spec, CommandSpecs.valued("--trace-from", String.class,
            "REF", "draw a trace from REF (as in 'trace --from')"));

    private final OptionSpec traceToOption = CommandSpecs.add(spec, CommandSpecs.valued("--trace-to", String.class,
            "REF", "... to REF (as in 'trace --to')"));

    private final OptionSpec protocolOption = CommandSpecs.add(spec, CommandSpecs.valued("--protocol", String.class,
            "P", "the traced packet's protocol (default tcp)"));

    private final OptionSpec portOption = CommandSpecs.add(spec, CommandSpecs.valued("--port", Integer.class,
            "N", "the traced packet's destination port"));

    RenderCommand() {
        CommandSpecs.exitCodes(spec, "0:the picture was written (there may be warnings)",
                "2:FILE cannot be read or has errors, OUT has an unknown extension or cannot be written, a bad --scale, "
                        + "or a trace reference that does not resolve; nothing is written then");
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return render(out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int render(PrintWriter out, PrintWriter err) {
        int scale = scaleOption.getValue();
        Path output = outputOption.getValue();
        Path file = fileParameter.getValue();
        if (scale != 1 && scale != 2) {
            return fail(err, "--scale: expected 1 or 2, found " + scale);
        }
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean png = name.endsWith(".png");
        if (!png && !name.endsWith(".svg")) {
            return fail(err, output + ": unknown format extension (use .png or .svg)");
        }
        String unwritable = CliFiles.whyUnwritable(output);
        if (unwritable != null) {
            return fail(err, output + ": " + unwritable);
        }
        DiagramFiles.Read read = DiagramFiles.read(file);
        DiagramLoad load = read.load();
        if (load.diagram() == null) {
            Problem first = load.firstError().orElseThrow();
            return fail(err, file + ": " + first);
        }
        ProblemLines.print(err, load.problems(), p -> ProblemLines.line(read.withFile() ? null : file.toString(), p, true),
                file + ": ");
        if (load.hasErrors()) {
            // A picture of an invalid diagram would be shared as if it were right: refuse, write nothing.
            return fail(err, file + ": not rendered: the diagram has errors (listed above; see 'hopscope validate')");
        }
        // The app's picture: a hand-written diagram may lack shapes, and those resources are drawn
        // where the canvas shows them (DiagramPictureBuilder), so the file and the window agree.
        Diagram diagram = load.diagram();
        DiagramPicture picture = DiagramPictureBuilder.headless().build(diagram);
        TraceOverlay trace;
        try {
            trace = trace(diagram, picture);
        } catch (TraceQueryException e) {
            return fail(err, QueryFlags.message(e));
        }
        byte[] bytes;
        int[] size;
        try {
            Drawing drawing = DrawingBuilder.build(diagram, picture, trace);
            bytes = png ? PngExporter.export(drawing, diagram, scale)
                    : SvgWriter.toSvg(drawing, scale).getBytes(StandardCharsets.UTF_8);
            size = PngExporter.pixelSize(drawing, scale);
        } catch (IllegalArgumentException e) {
            return fail(err, output + ": " + e.getMessage());
        }
        try {
            AtomicFileWriter.write(output, bytes);
        } catch (IOException e) {
            return fail(err, output + ": cannot write: " + e.getMessage());
        }
        out.println("rendered " + file + " -> " + output + " (" + size[0] + " x " + size[1] + ")");
        return HopscopeCommand.EXIT_OK;
    }

    /** The overlay of the requested trace, or none; the query is checked as the trace command does. */
    private TraceOverlay trace(Diagram diagram, DiagramPicture picture) {
        String traceFrom = traceFromOption.getValue();
        String traceTo = traceToOption.getValue();
        String protocol = protocolOption.getValue();
        Integer port = portOption.getValue();
        if (traceFrom == null && traceTo == null) {
            if (protocol != null || port != null) {
                throw new TraceQueryException("--protocol and --port need --trace-from and --trace-to");
            }
            return TraceOverlay.NONE;
        }
        if (traceFrom == null || traceTo == null) {
            throw new TraceQueryException("a trace needs both --trace-from and --trace-to");
        }
        Protocol p = null;
        if (protocol != null) {
            try {
                p = Protocol.parse(protocol);
            } catch (IllegalArgumentException e) {
                throw new TraceQueryException("--protocol: " + e.getMessage());
            }
        }
        Trace t = new Tracer(diagram.model()).trace(TraceQuery.of(traceFrom, traceTo, p, port));
        return TraceOverlays.of(diagram.model(), picture, t);
    }

    private static int fail(PrintWriter err, String message) {
        err.println("error: " + message);
        return HopscopeCommand.EXIT_INPUT_ERROR;
    }
}
