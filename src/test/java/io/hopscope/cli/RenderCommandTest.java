package io.hopscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Layout;
import io.hopscope.io.format.DiagramLoad;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.io.format.DiagramWriter;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path tmp;
    private Path diagram;

    private int run(String... args) {
        return HopscopeCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static List<String> lines(StringWriter w) {
        String s = w.toString();
        return s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }

    @BeforeEach
    void importSample() {
        diagram = tmp.resolve("nat.hopscope.json");
        assertEquals(0, run("import", "../shared/aws-samples/batfish-test-nat-gateway", "-o", diagram.toString()));
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    @Test
    void pngAtScaleTwoIsTwiceTheSizeAndReopensAsTheDiagram() throws IOException {
        Path one = tmp.resolve("one.png");
        Path two = tmp.resolve("two.png");

        assertEquals(0, run("render", diagram.toString(), "-o", one.toString()), err::toString);
        assertEquals(0, run("render", diagram.toString(), "-o", two.toString(), "--scale", "2"), err::toString);

        BufferedImage a = ImageIO.read(one.toFile());
        BufferedImage b = ImageIO.read(two.toFile());
        assertEquals(2 * a.getWidth(), b.getWidth());
        assertEquals(2 * a.getHeight(), b.getHeight());
        assertTrue(lines(out).get(0).startsWith("rendered " + diagram + " -> " + one + " ("), out.toString());
        DiagramLoad reopened = DiagramReader.read(two);
        assertTrue(reopened.errors().isEmpty(), () -> reopened.errors().toString());
        assertEquals(DiagramReader.read(diagram).diagram(), reopened.diagram());
    }

    @Test
    void svgHasAnElementPerShapeAndAPngRendersAgain() throws IOException {
        Path png = tmp.resolve("nat.png");
        Path svg = tmp.resolve("nat.svg");
        assertEquals(0, run("render", diagram.toString(), "-o", png.toString()));

        assertEquals(0, run("render", png.toString(), "-o", svg.toString()), err::toString);

        String text = Files.readString(svg);
        for (String id : DiagramReader.read(diagram).diagram().layout().shapes().keySet()) {
            assertTrue(text.contains("data-resource-id=\"" + id + "\""), id);
        }
    }

    @Test
    void diagramWithoutShapesIsDrawnWithTheAutomaticLayout() throws IOException {
        Diagram d = DiagramReader.read(diagram).diagram();
        Path bare = tmp.resolve("bare.hopscope.json");
        DiagramWriter.save(d.withLayout(Layout.EMPTY), bare);
        Path svg = tmp.resolve("bare.svg");

        assertEquals(0, run("render", bare.toString(), "-o", svg.toString()), err::toString);

        assertTrue(Files.readString(svg).contains("data-resource-id=\"" + d.model().vpcs().get(0).id() + "\""));
    }

    @Test
    void traceOverlayDrawsTheRequestAndFramesWhereTheReplyIsDropped() throws IOException {
        // The sample's DB subnet NACL lets the request in but has no outbound ephemeral rule [NACL].
        Path svg = tmp.resolve("trace.svg");

        assertEquals(0, run("render", "diagrams/ec2-to-rds-broken-return.json", "-o", svg.toString(),
                "--trace-from", "i-0a1b2c3d4e5f60110", "--trace-to", "orders-db", "--protocol", "tcp", "--port", "3306"),
                err::toString);

        String text = Files.readString(svg);
        assertTrue(text.contains("class=\"hs-allow\" data-resource-id=\"forward-"), "request line");
        assertTrue(text.contains("data-resource-id=\"reply-blocked-at-subnet-0a1b2c3d4e5f60104\""), "frame on db-a");
        assertFalse(text.contains("forward-blocked-at-"), "the request arrives");
    }

    @Test
    void traceWithOneEndOrAnUnknownReferenceExitsTwo() {
        assertEquals(2, run("render", diagram.toString(), "-o", tmp.resolve("x.svg").toString(), "--trace-from", "x"));
        assertEquals(List.of("error: a trace needs both --trace-from and --trace-to"), lines(err));
        err.getBuffer().setLength(0);

        assertEquals(2, run("render", diagram.toString(), "-o", tmp.resolve("x.svg").toString(), "--trace-from",
                "nope", "--trace-to", "nope-either"));
        assertEquals(1, lines(err).size(), err::toString);
        assertTrue(lines(err).get(0).startsWith("error: --from 'nope'"), err.toString());
        assertFalse(Files.exists(tmp.resolve("x.svg")));
    }

    @Test
    void unknownFormatExtensionExitsTwo() {
        Path gif = tmp.resolve("nat.gif");
        assertEquals(2, run("render", diagram.toString(), "-o", gif.toString()));
        assertEquals(List.of("error: " + gif + ": unknown format extension (use .png or .svg)"), lines(err));
        assertFalse(Files.exists(gif));
    }

    @Test
    void missingDiagramExitsTwoNamingIt() {
        Path missing = tmp.resolve("missing.hopscope.json");
        assertEquals(2, run("render", missing.toString(), "-o", tmp.resolve("x.svg").toString()));
        assertEquals(List.of("error: " + missing + ": no such file"), lines(err));
    }

    @Test
    void plainPngIsNotADiagram() throws IOException {
        Path plain = tmp.resolve("plain.png");
        ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", plain.toFile());
        assertEquals(2, run("render", plain.toString(), "-o", tmp.resolve("x.svg").toString()));
        assertEquals(List.of("error: " + plain + ": this PNG carries no Hopscope diagram"), lines(err));
    }

    @Test
    void scaleOtherThanOneOrTwoExitsTwo() {
        assertEquals(2, run("render", diagram.toString(), "-o", tmp.resolve("x.png").toString(), "--scale", "3"));
        assertEquals(List.of("error: --scale: expected 1 or 2, found 3"), lines(err));
    }

    @Test
    void outputInAMissingFolderExitsTwo() {
        Path out = tmp.resolve("nowhere").resolve("x.svg");
        assertEquals(2, run("render", diagram.toString(), "-o", out.toString()));
        assertTrue(lines(err).get(0).startsWith("error: " + out + ": cannot write"), err.toString());
    }
}
