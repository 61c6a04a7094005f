package io.hopscope.io.format;

import io.hopscope.text.Text;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The diagram carried inside an exported PNG, so the picture reopens as an editable diagram: the
 * file's JSON in a compressed international text chunk ({@code iTXt}, PNG spec 11.3.4.5) with the
 * keyword {@code hopscope-diagram}, placed before {@code IEND}. Image viewers ignore the chunk.
 * Reading walks the chunks without loading the image data and keeps the reader's limits: no
 * chunk or inflated text beyond {@link DiagramFormat#MAX_FILE_BYTES}.
 */
public final class PngDiagramChunk {

    public static final String KEYWORD = "hopscope-diagram";
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int ITXT = type("iTXt");
    private static final int ZTXT = type("zTXt");
    private static final int IEND = type("IEND");

    private PngDiagramChunk() {
    }

    /** Whether {@code head} (the first bytes of a file) is the PNG signature. */
    public static boolean isPng(byte[] head) {
        return head.length >= SIGNATURE.length && Arrays.equals(Arrays.copyOf(head, SIGNATURE.length), SIGNATURE);
    }

    /** {@code png} with the diagram JSON added as an iTXt chunk just before IEND. */
    public static byte[] embed(byte[] png, String json) {
        if (!isPng(png)) {
            throw new IllegalArgumentException("not a PNG image");
        }
        int iend = findIend(png);
        byte[] chunk = chunk(ITXT, itxtData(json));
        byte[] out = new byte[png.length + chunk.length];
        System.arraycopy(png, 0, out, 0, iend);
        System.arraycopy(chunk, 0, out, iend, chunk.length);
        System.arraycopy(png, iend, out, iend + chunk.length, png.length - iend);
        return out;
    }

    /**
     * The diagram JSON of a PNG stream (positioned after nothing was read), empty when the PNG has
     * no such chunk. Throws {@link IOException} for a truncated or corrupt file or a chunk over
     * the limits.
     */
    public static Optional<String> extract(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        byte[] signature = new byte[SIGNATURE.length];
        in.readFully(signature);
        if (!isPng(signature)) {
            throw new PngChunkException("not a PNG image", Text.of("diagram.read.png.notPng"));
        }
        while (true) {
            int length;
            try {
                length = in.readInt();
            } catch (EOFException e) {
                return Optional.empty();
            }
            int type = in.readInt();
            if (length < 0) {
                throw new PngChunkException("corrupt PNG: negative chunk length", Text.of("diagram.read.png.negativeLength"));
            }
            if (type == IEND) {
                return Optional.empty();
            }
            if (type != ITXT && type != ZTXT) {
                in.skipNBytes(length + 4L);
                continue;
            }
            if (length > DiagramFormat.MAX_FILE_BYTES) {
                throw new PngChunkException("a text chunk of " + length + " bytes is over the " + limitMb() + " MB limit for diagrams",
                        Text.of("diagram.read.png.chunkTooBig", String.valueOf(length), String.valueOf(limitMb())));
            }
            byte[] data = new byte[length];
            in.readFully(data);
            int crc = in.readInt();
            if (crc != crc(type, data)) {
                throw new PngChunkException("corrupt PNG: a text chunk fails its CRC check", Text.of("diagram.read.png.crc"));
            }
            Optional<String> text = type == ITXT ? fromItxt(data) : fromZtxt(data);
            if (text.isPresent()) {
                return text;
            }
        }
    }

    private static Optional<String> fromItxt(byte[] data) throws IOException {
        int k = keywordEnd(data);
        if (k < 0 || k + 2 >= data.length) {
            return Optional.empty();
        }
        boolean compressed = data[k + 1] == 1;
        int lang = indexOf(data, k + 3);
        int translated = lang < 0 ? -1 : indexOf(data, lang + 1);
        if (translated < 0) {
            throw new PngChunkException("corrupt PNG: malformed " + KEYWORD + " chunk", Text.of("diagram.read.png.malformed", KEYWORD));
        }
        byte[] text = Arrays.copyOfRange(data, translated + 1, data.length);
        return Optional.of(new String(compressed ? inflate(text) : text, StandardCharsets.UTF_8));
    }

    private static Optional<String> fromZtxt(byte[] data) throws IOException {
        int k = keywordEnd(data);
        if (k < 0 || k + 1 >= data.length) {
            return Optional.empty();
        }
        // zTXt text is Latin-1 by the PNG spec; a diagram written there is read as UTF-8 bytes anyway.
        return Optional.of(new String(inflate(Arrays.copyOfRange(data, k + 2, data.length)), StandardCharsets.UTF_8));
    }

    /** The index of the keyword's terminating zero when the keyword is ours, else -1. */
    private static int keywordEnd(byte[] data) {
        byte[] keyword = KEYWORD.getBytes(StandardCharsets.ISO_8859_1);
        if (data.length <= keyword.length || data[keyword.length] != 0) {
            return -1;
        }
        return Arrays.equals(Arrays.copyOf(data, keyword.length), keyword) ? keyword.length : -1;
    }

    private static int indexOf(byte[] data, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static long limitMb() {
        return DiagramFormat.MAX_FILE_BYTES / (1024 * 1024);
    }

    /** Inflates with a bound, so a small chunk cannot expand into gigabytes (a zip bomb). */
    private static byte[] inflate(byte[] compressed) throws IOException {
        Inflater inflater = new Inflater();
        inflater.setInput(compressed);
        ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length * 4);
        byte[] buffer = new byte[64 * 1024];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new PngChunkException("corrupt PNG: the " + KEYWORD + " text is truncated",
                            Text.of("diagram.read.png.textTruncated", KEYWORD));
                }
                out.write(buffer, 0, n);
                if (out.size() > DiagramFormat.MAX_FILE_BYTES) {
                    throw new PngChunkException("the embedded diagram is over the " + limitMb() + " MB limit for diagrams",
                            Text.of("diagram.read.png.embeddedTooBig", String.valueOf(limitMb())));
                }
            }
        } catch (DataFormatException e) {
            throw new PngChunkException("corrupt PNG: the " + KEYWORD + " text does not inflate: " + e.getMessage(),
                    Text.of("diagram.read.png.noInflate", KEYWORD, String.valueOf(e.getMessage())));
        } finally {
            inflater.end();
        }
        return out.toByteArray();
    }

    private static byte[] itxtData(String json) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(KEYWORD.getBytes(StandardCharsets.ISO_8859_1));
        data.write(0);
        data.write(1); // compressed
        data.write(0); // zlib
        data.write(0); // no language tag
        data.write(0); // no translated keyword
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(json.getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            int n = deflater.deflate(buffer);
            data.write(buffer, 0, n);
        }
        deflater.end();
        return data.toByteArray();
    }

    private static byte[] chunk(int type, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(12 + data.length);
        b.putInt(data.length).putInt(type).put(data).putInt(crc(type, data));
        return b.array();
    }

    /** The CRC of a chunk covers its type and data, not its length (PNG spec 5.3). */
    private static int crc(int type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(ByteBuffer.allocate(4).putInt(type).array());
        crc.update(data);
        return (int) crc.getValue();
    }

    private static int findIend(byte[] png) {
        int pos = SIGNATURE.length;
        ByteBuffer b = ByteBuffer.wrap(png);
        while (pos + 8 <= png.length) {
            int length = b.getInt(pos);
            int type = b.getInt(pos + 4);
            if (type == IEND) {
                return pos;
            }
            if (length < 0 || pos + 12L + length > png.length) {
                break;
            }
            pos += 12 + length;
        }
        throw new IllegalArgumentException("PNG without an IEND chunk");
    }

    private static int type(String name) {
        return ByteBuffer.wrap(name.getBytes(StandardCharsets.ISO_8859_1)).getInt();
    }
}
