/**
 * Pictures of diagrams for sharing: the one package outside {@code app}/{@code ui} allowed to use
 * {@code java.awt} (headless Java2D), never JavaFX, so the CLI's {@code render} runs on servers. It
 * paints the {@link io.hopscope.diagram.render.Drawing} of the picture the canvas shows, and says
 * where a trace goes on it: {@link io.hopscope.export.HopShapes} (used by the canvas too) and
 * {@link io.hopscope.export.TraceOverlays}.
 *
 * <p>Decision record, "a PNG that reopens as its diagram".
 * Context: people paste exported pictures into tickets and chats, and want to get back to the
 * editable diagram from the picture alone.
 * Options: (a) a sidecar .hopscope.json file (gets lost); (b) ImageIO metadata trees (verbose,
 * plugin-dependent, and the reader would need java.awt in {@code io.format}); (c) writing one
 * PNG chunk ourselves.
 * Choice: (c) a compressed {@code iTXt} chunk with keyword {@code hopscope-diagram} holding the
 * file's JSON, inserted before {@code IEND} by {@link io.hopscope.io.format.PngDiagramChunk}
 * (plain Java, CRC32 and Deflater from java.util.zip). Viewers ignore unknown text chunks;
 * {@link io.hopscope.io.format.DiagramReader} recognises the PNG signature and reads the chunk with
 * the same size limits as a diagram file.
 */
package io.hopscope.export;
