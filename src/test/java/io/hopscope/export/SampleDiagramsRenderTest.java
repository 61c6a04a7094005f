package io.hopscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.render.Drawing;
import io.hopscope.diagram.render.DrawingBuilder;
import io.hopscope.io.format.DiagramLoad;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.io.svg.SvgWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shareable sample diagrams in diagrams/ export to both formats, and the PNG reopens. */
class SampleDiagramsRenderTest {

    @TempDir
    Path tmp;

    static List<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("diagrams"))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleExportsToSvgAndToAPngThatReopensEqual(Path file) throws IOException {
        Diagram diagram = DiagramReader.read(file).diagram();
        Drawing drawing = DrawingBuilder.build(diagram);
        assertFalse(drawing.boxes().isEmpty());

        String svg = SvgWriter.toSvg(drawing, 1);
        for (String id : diagram.layout().shapes().keySet()) {
            assertTrue(svg.contains("data-resource-id=\"" + id + "\""), file + ": " + id);
        }
        Path png = tmp.resolve("sample.png");
        Files.write(png, PngExporter.export(diagram, 1));
        DiagramLoad back = DiagramReader.read(png);
        assertTrue(back.errors().isEmpty(), () -> back.errors().toString());
        assertEquals(diagram, back.diagram());
    }
}
