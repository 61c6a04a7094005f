package io.hopscope.io.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hopscope-diagram chunk, byte by byte, including hostile chunks. */
class PngDiagramChunkTest {

    /** The smallest valid PNG: a 1x1 grey pixel (IHDR, IDAT, IEND). */
    static byte[] tinyPng() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        out.writeBytes(chunk("IHDR", ByteBuffer.allocate(13).putInt(1).putInt(1).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0).array()));
        out.writeBytes(chunk("IDAT", deflate(new byte[] {0, (byte) 0x80})));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    static byte[] chunk(String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(t).put(data).putInt((int) crc.getValue())
                .array();
    }

    static byte[] deflate(byte[] data) {
        Deflater d = new Deflater();
        d.setInput(data);
        d.finish();
        byte[] buf = new byte[data.length / 100 + 1024];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }

    /** {@code png} with an extra chunk inserted right before IEND (the last 12 bytes). */
    static byte[] withChunkBeforeIend(byte[] png, byte[] chunk) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, png.length - 12);
        out.writeBytes(chunk);
        out.write(png, png.length - 12, 12);
        return out.toByteArray();
    }

    private static Optional<String> extract(byte[] png) throws IOException {
        return PngDiagramChunk.extract(new ByteArrayInputStream(png));
    }

    @Test
    void embeddedTextComesBackExactlyIncludingNonAscii() throws IOException {
        String json = "{\"title\": \"Prod \u00e9t\u00e9 \u6771\u4eac\"}";
        assertEquals(Optional.of(json), extract(PngDiagramChunk.embed(tinyPng(), json)));
    }

    @Test
    void chunkGoesBeforeIendSoThePngStaysValid() {
        byte[] png = PngDiagramChunk.embed(tinyPng(), "{}");
        assertEquals("IEND", new String(png, png.length - 8, 4, StandardCharsets.ISO_8859_1));
        assertTrue(new String(png, StandardCharsets.ISO_8859_1).contains("iTXt" + PngDiagramChunk.KEYWORD));
    }

    @Test
    void zTxtChunkWithTheKeywordIsReadToo() throws IOException {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(PngDiagramChunk.KEYWORD.getBytes(StandardCharsets.ISO_8859_1));
        data.write(0);
        data.write(0);
        data.writeBytes(deflate("{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.of("{\"a\":1}"), extract(withChunkBeforeIend(tinyPng(), chunk("zTXt", data.toByteArray()))));
    }

    @Test
    void otherTextChunksAreIgnored() throws IOException {
        byte[] other = chunk("iTXt", "Comment\0\0\0\0\0hello".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(Optional.empty(), extract(withChunkBeforeIend(tinyPng(), other)));
    }

    @Test
    void chunkWithABadCrcIsRefused() {
        byte[] png = PngDiagramChunk.embed(tinyPng(), "{}");
        png[png.length - 13] ^= 0x55; // last byte of our chunk's CRC
        IOException e = assertThrows(IOException.class, () -> extract(png));
        assertTrue(e.getMessage().contains("CRC"), e.getMessage());
    }

    @Test
    void textThatInflatesPastTheLimitIsRefused() {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes((PngDiagramChunk.KEYWORD + "\0").getBytes(StandardCharsets.ISO_8859_1));
        data.writeBytes(new byte[] {1, 0, 0, 0});
        data.writeBytes(deflate(new byte[(int) DiagramFormat.MAX_FILE_BYTES + 1024]));
        byte[] png = withChunkBeforeIend(tinyPng(), chunk("iTXt", data.toByteArray()));
        IOException e = assertThrows(IOException.class, () -> extract(png));
        assertTrue(e.getMessage().contains("limit"), e.getMessage());
    }

    @Test
    void chunkLongerThanTheLimitIsRefusedBeforeReadingIt() {
        byte[] header = ByteBuffer.allocate(8).putInt(Integer.MAX_VALUE).put("iTXt".getBytes(StandardCharsets.ISO_8859_1))
                .array();
        byte[] png = tinyPng();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, png.length - 12);
        out.writeBytes(header);
        IOException e = assertThrows(IOException.class, () -> extract(out.toByteArray()));
        assertTrue(e.getMessage().contains("limit"), e.getMessage());
    }

    @Test
    void truncatedPngReadsAsAClearError(@TempDir Path dir) throws IOException {
        byte[] png = PngDiagramChunk.embed(tinyPng(), "{}");
        Path file = dir.resolve("cut.png");
        Files.write(file, java.util.Arrays.copyOf(png, png.length - 20));
        DiagramLoad load = DiagramReader.read(file);
        assertNull(load.diagram());
        assertTrue(load.firstError().orElseThrow().message().startsWith("corrupt PNG"), load.problems().toString());
    }

    @Test
    void aCorruptChunkIsSaidInKoreanInTheAppAndInTheSameEnglishOnTheCommandLine(@TempDir Path dir) throws IOException {
        byte[] png = PngDiagramChunk.embed(tinyPng(), "{}");
        png[png.length - 13] ^= 0x55;
        Path file = dir.resolve("bad-crc.png");
        Files.write(file, png);
        io.hopscope.check.Problem p = DiagramReader.read(file).firstError().orElseThrow();
        assertEquals("corrupt PNG: a text chunk fails its CRC check", p.message());
        assertEquals("손상된 PNG: 텍스트 청크의 CRC 검사가 실패함", p.text().format(java.util.Locale.KOREAN));
        assertEquals(p.message(), p.text().format(java.util.Locale.ENGLISH));
    }
}
