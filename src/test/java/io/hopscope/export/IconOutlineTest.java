package io.hopscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.render.IconPaths;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Icon path data parsed once (IconPaths) and painted by Java2D keeps each glyph's geometry. */
class IconOutlineTest {

    private static Path2D.Double parse(String d) {
        return DrawingPainter.outline(IconPaths.parse(d));
    }


    @Test
    void everyIconParsesIntoItsTwentyFourUnitBox() throws IOException {
        List<String> names;
        try (Stream<Path> s = Files.list(Path.of("src/main/resources/io/hopscope/icons"))) {
            names = s.map(p -> p.getFileName().toString().replace(".svg", "")).sorted().toList();
        }
        assertTrue(names.size() >= 10, names.toString());
        for (String name : names) {
            Rectangle2D bounds = DrawingPainter.outline(IconPaths.path(name)).getBounds2D();
            assertTrue(bounds.getMinX() >= -0.01 && bounds.getMinY() >= -0.01 && bounds.getMaxX() <= 24.01
                    && bounds.getMaxY() <= 24.01, name + " " + bounds);
            assertTrue(bounds.getWidth() > 8 && bounds.getHeight() > 8, name + " is drawn too small: " + bounds);
        }
    }

    @Test
    void relativeCommandsImplicitLinesAndCompactNumbersFollowTheSvgGrammar() {
        Path2D.Double p = parse("M2 2h4v.5.5l-1-1zM10,10 12 12");
        Rectangle2D b = p.getBounds2D();
        assertEquals(new Rectangle2D.Double(2, 2, 10, 10), b);
    }

    @Test
    void halfCircleArcBulgesToTheSweepSide() {
        // From (0,10) to (20,10) with radius 10, sweep 1: the upper half (y down to 0).
        Rectangle2D upper = parse("M0 10A10 10 0 0 1 20 10").getBounds2D();
        assertEquals(0, upper.getMinY(), 0.01);
        assertEquals(10, upper.getMaxY(), 0.01);
        Rectangle2D lower = parse("M0 10a10 10 0 0 0 20 0").getBounds2D();
        assertEquals(20, lower.getMaxY(), 0.01);
    }
}
