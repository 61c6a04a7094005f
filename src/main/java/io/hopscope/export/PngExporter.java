package io.hopscope.export;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.render.Drawing;
import io.hopscope.diagram.render.DrawingBuilder;
import io.hopscope.diagram.render.TraceOverlay;
import io.hopscope.io.format.DiagramWriter;
import io.hopscope.io.format.PngDiagramChunk;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A diagram as a PNG picture that carries the diagram itself (see {@link PngDiagramChunk}), so
 * dropping the picture back on Hopscope reopens it. Painted with headless Java2D.
 */
public final class PngExporter {

    /** Past this many pixels the image would need gigabytes of memory: SVG is the way then. */
    public static final long MAX_PIXELS = 120_000_000L;
    public static final int MAX_SIDE = 32_000;

    static {
        // Commands run on servers without a display; AWT must not try to open one.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private PngExporter() {
    }

    /** Width and height in pixels of the picture of {@code drawing} at {@code scale}. */
    public static int[] pixelSize(Drawing drawing, double scale) {
        return new int[] {(int) Math.ceil(drawing.width() * scale), (int) Math.ceil(drawing.height() * scale)};
    }

    /** The PNG file bytes of {@code diagram} at {@code scale} (1 = one pixel per canvas unit). */
    public static byte[] export(Diagram diagram, double scale) {
        return export(diagram, TraceOverlay.NONE, scale);
    }

    /** As {@link #export(Diagram, double)} with a trace drawn over the diagram. */
    public static byte[] export(Diagram diagram, TraceOverlay trace, double scale) {
        return export(DrawingBuilder.build(diagram, trace), diagram, scale);
    }

    /** The PNG of {@code drawing}, carrying {@code diagram} (what opening the PNG reopens). */
    public static byte[] export(Drawing drawing, Diagram diagram, double scale) {
        int[] size = pixelSize(drawing, scale);
        if (size[0] > MAX_SIDE || size[1] > MAX_SIDE || (long) size[0] * size[1] > MAX_PIXELS) {
            throw new IllegalArgumentException("the picture would be " + size[0] + " x " + size[1]
                    + " pixels, too large for a PNG; export SVG instead, or a smaller scale");
        }
        BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            new DrawingPainter().paint(drawing, g, scale);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", png)) {
                throw new IllegalStateException("this Java has no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return PngDiagramChunk.embed(png.toByteArray(), DiagramWriter.toJson(diagram));
    }
}
