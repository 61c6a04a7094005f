package io.hopscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Shape;
import io.hopscope.diagram.render.Drawing;
import io.hopscope.diagram.render.DrawnBox;
import io.hopscope.diagram.render.DrawingBuilder;
import io.hopscope.diagram.render.StyleRole;
import io.hopscope.io.format.DiagramLoad;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.io.format.DiagramWriter;
import io.hopscope.io.importing.AwsDiagramImporter;
import io.hopscope.model.Subnet;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngExporterTest {

    static final Diagram NAT = AwsDiagramImporter.importDirectory(
            Path.of("..", "shared", "aws-samples", "batfish-test-nat-gateway"), "nat").diagram();

    @TempDir
    Path dir;

    private static BufferedImage image(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image, "a plain PNG reader must still see the picture");
        return image;
    }

    /** The colour at canvas point (x, y) of a picture drawn at {@code scale}. */
    private static int pixel(BufferedImage image, Drawing drawing, double scale, double x, double y) {
        return image.getRGB((int) ((x - drawing.x()) * scale), (int) ((y - drawing.y()) * scale)) & 0xFFFFFF;
    }

    private static int rgb(String hex) {
        return Integer.parseInt(hex.substring(1), 16);
    }

    @Test
    void scaleTwoHasTwiceThePixelsInEachDirection() throws IOException {
        BufferedImage one = image(PngExporter.export(NAT, 1));
        BufferedImage two = image(PngExporter.export(NAT, 2));
        Drawing drawing = DrawingBuilder.build(NAT);
        assertEquals((int) Math.ceil(drawing.width()), one.getWidth());
        assertEquals((int) Math.ceil(drawing.height()), one.getHeight());
        assertEquals(2 * one.getWidth(), two.getWidth());
        assertEquals(2 * one.getHeight(), two.getHeight());
    }

    @Test
    void vpcAndSubnetInteriorsAreFilledWithTheirRoleColours() throws IOException {
        Drawing drawing = DrawingBuilder.build(NAT);
        for (int scale = 1; scale <= 2; scale++) {
            BufferedImage image = image(PngExporter.export(NAT, scale));
            Shape vpc = NAT.layout().shape(NAT.model().vpcs().get(0).id());
            // Bottom-left corner area of the VPC: inside it, below and left of every subnet.
            assertEquals(rgb(StyleRole.VPC.fill()), pixel(image, drawing, scale, vpc.x() + 10, vpc.y() + vpc.height() - 10));
            for (Subnet s : NAT.model().subnets()) {
                Shape box = NAT.layout().shape(s.id());
                StyleRole role = NAT.model().isPublic(s.id()) ? StyleRole.SUBNET_PUBLIC : StyleRole.SUBNET_PRIVATE;
                assertEquals(rgb(role.fill()), pixel(image, drawing, scale, box.x() + box.width() - 6, box.y() + box.height() - 6),
                        s.id() + " fill");
                assertEquals(rgb(role.band()), pixel(image, drawing, scale, box.x() + box.width() - 6, box.y() + 30),
                        s.id() + " header band");
            }
            // Outside every shape: the canvas background of the theme.
            assertEquals(rgb(StyleRole.Colors.CANVAS), pixel(image, drawing, scale, drawing.x() + 2, drawing.y() + 2));
        }
    }

    @Test
    void workloadsCarryTheirIconInTheirRoleColour() throws IOException {
        Drawing drawing = DrawingBuilder.build(NAT);
        BufferedImage image = image(PngExporter.export(NAT, 2));
        DrawnBox card = drawing.box(NAT.model().workloads().get(0).id());
        assertEquals("ec2", card.icon());
        int iconPixels = 0;
        for (double x = card.iconX(); x < card.iconX() + DrawnBox.ICON_SIZE; x += 0.5) {
            for (double y = card.iconY(); y < card.iconY() + DrawnBox.ICON_SIZE; y += 0.5) {
                if (pixel(image, drawing, 2, x, y) == rgb(StyleRole.WORKLOAD.iconColor())) {
                    iconPixels++;
                }
            }
        }
        // The chip glyph covers roughly half of its 32 x 32 pixel square at scale 2.
        assertTrue(iconPixels > 150, "icon pixels: " + iconPixels);
    }

    @Test
    void exportedPngReopensAsTheSameDiagram() throws IOException {
        Path png = dir.resolve("nat.png");
        Files.write(png, PngExporter.export(NAT, 2));

        DiagramLoad load = DiagramReader.read(png);

        assertTrue(load.errors().isEmpty(), () -> load.errors().toString());
        Diagram expected = DiagramReader.read(DiagramWriter.toJson(NAT), "nat").diagram();
        assertEquals(expected, load.diagram());
        assertEquals(NAT.layout(), load.diagram().layout());
    }

    @Test
    void pngWithoutTheChunkIsAClearError() throws IOException {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        Path png = dir.resolve("plain.png");
        ImageIO.write(image, "png", png.toFile());

        DiagramLoad load = DiagramReader.read(png);

        assertNull(load.diagram());
        assertEquals("this PNG carries no Hopscope diagram", load.firstError().orElseThrow().message());
    }

    @Test
    void tooLargeAPictureIsRefusedWithAHint() {
        Diagram huge = NAT.withLayout(NAT.layout().with(new Shape(NAT.model().vpcs().get(0).id(), 0, 0, 40_000, 40_000)));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> PngExporter.export(huge, 1));
        assertTrue(e.getMessage().contains("SVG"), e.getMessage());
    }

    @Test
    void pictureIsWideEnoughForTheCaptionBesideTheRightmostTile() throws IOException {
        Diagram d = DiagramReader.read(Path.of("diagrams", "ec2-to-rds-broken-return.json")).diagram();
        d = d.withLayout(d.layout().with(new Shape("internet-host", 1000, 60, 60, 60)));
        Drawing drawing = DrawingBuilder.build(d);
        DrawnBox client = drawing.box("internet-host");

        BufferedImage image = image(PngExporter.export(d, 1));

        double captionEnd = client.textX() + "internet 203.0.113.10/32".length() * 6;
        assertTrue(image.getWidth() >= captionEnd - drawing.x(), "width " + image.getWidth());
        // Some pixel of the subtitle, right of the tile, is ink rather than background.
        boolean ink = false;
        for (double x = client.textX(); x < captionEnd && !ink; x += 1) {
            for (double y = client.subtitleBaseline() - 8; y <= client.subtitleBaseline(); y += 1) {
                ink |= pixel(image, drawing, 1, x, y) != rgb(StyleRole.Colors.CANVAS);
            }
        }
        assertTrue(ink, "the caption is painted beside the tile");
    }
}
