package io.hopscope.io.terraform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where each member of a JSON document's top-level object lies, found from its quotes and
 * brackets alone: a fraction of the work of tokenising it, so a second thread can find a plan's
 * {@code resource_changes} while the first parses {@code planned_values}. The file is read through
 * a small window, never held whole (a 55 MB array would cost the heap a collection). Nothing is
 * checked beyond the brackets: each member's bytes are parsed afterwards, and a file this scan does
 * not find plain (a duplicate or escaped name, a stray byte between members, no closing bracket)
 * gets no members, so it is read from the start as one document and refused with that reader's
 * message.
 */
final class TfTopLevel {

    private static final int WINDOW = 64 * 1024;

    /** A member's name and its value's bytes, {@code [start, end)}. */
    record Member(String name, long start, long end) {
    }

    /** Parses the value of one member from its first byte and says where it ended (the scan skips its bytes). */
    interface ValueReader {
        long read(long start) throws Exception;
    }

    private final FileChannel channel;
    private final long size;
    private final byte[] buf;
    private long bufStart;
    private int bufLength;

    private final String readName;
    private final ValueReader reader;

    private TfTopLevel(FileChannel channel, long size, byte[] buf, int bufLength, String readName, ValueReader reader) {
        this.readName = readName;
        this.reader = reader;
        this.channel = channel;
        this.size = size;
        this.buf = buf;
        this.bufLength = bufLength;
    }

    /** The members of the document in the first {@code size} bytes of the file, or null when it is not a plain object. */
    static List<Member> members(FileChannel channel, long size) throws IOException {
        try {
            return members(channel, size, null, null);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("no member is read here", e);
        }
    }

    /**
     * As {@link #members(FileChannel, long)}, but the value of the member named {@code readName} is
     * parsed by {@code reader} instead of scanned: a parser has to read its bytes anyway, so they are
     * not gone through twice. What the reader throws ends the scan.
     */
    static List<Member> members(FileChannel channel, long size, String readName, ValueReader reader) throws Exception {
        return new TfTopLevel(channel, size, new byte[WINDOW], 0, readName, reader).members();
    }

    /** As {@link #members(FileChannel, long)} for a document in memory. */
    static List<Member> members(byte[] document) {
        try {
            return new TfTopLevel(null, document.length, document, document.length, null, null).members();
        } catch (Exception e) {
            throw new IllegalStateException("no file is read here", e);
        }
    }

    private List<Member> members() throws Exception {
        long i = whitespace(0);
        if (at(i) != '{') {
            return null;
        }
        List<Member> members = new ArrayList<>();
        Set<String> names = new HashSet<>();
        i = whitespace(i + 1);
        if (at(i) == '}') {
            return members;
        }
        while (at(i) == '"') {
            long close = stringEnd(i);
            String name = close < 0 ? null : plainName(i + 1, close);
            if (name == null) {
                return null;
            }
            i = whitespace(close + 1);
            if (at(i) != ':') {
                return null;
            }
            long start = whitespace(i + 1);
            long end = name.equals(readName) ? reader.read(start) : valueEnd(start);
            if (end < 0 || !names.add(name)) {
                return null;
            }
            members.add(new Member(name, start, end));
            i = whitespace(end);
            if (at(i) == '}') {
                return members;
            }
            if (at(i) != ',') {
                return null;
            }
            i = whitespace(i + 1);
        }
        return null;
    }

    /** The index after the value starting at {@code i}, or -1 when it does not end. */
    private long valueEnd(long i) throws IOException {
        int first = at(i);
        if (first == '"') {
            long close = stringEnd(i);
            return close < 0 ? -1 : close + 1;
        }
        if (first != '{' && first != '[') {
            long j = i;
            for (int c = first; c >= 0 && c != ',' && c != '}' && !isWhitespace(c); c = at(++j)) {
                // a number or literal runs to the next separator; the parser checks its spelling
            }
            return j == i ? -1 : j;
        }
        int depth = 0;
        long j = i;
        while (window(j)) {
            byte[] b = buf;
            int k = (int) (j - bufStart);
            for (; k < bufLength; k++) {
                byte c = b[k];
                if (c == '"') {
                    long close = stringEnd(bufStart + k);
                    if (close < 0) {
                        return -1;
                    }
                    if (!window(close)) {
                        return -1;
                    }
                    b = buf;
                    k = (int) (close - bufStart);
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if ((c == '}' || c == ']') && --depth == 0) {
                    return bufStart + k + 1;
                }
            }
            j = bufStart + k;
        }
        return -1;
    }

    /** The index of the quote closing the string opened at {@code open}, or -1. */
    private long stringEnd(long open) throws IOException {
        long j = open + 1;
        while (window(j)) {
            byte[] b = buf;
            int k = (int) (j - bufStart);
            for (; k < bufLength; k++) {
                byte c = b[k];
                if (c == '"') {
                    return bufStart + k;
                }
                if (c == '\\') {
                    k++;
                }
            }
            j = bufStart + k;
        }
        return -1;
    }

    /** The name between two quotes, or null when it holds an escape (Terraform writes none). */
    private String plainName(long from, long to) throws IOException {
        ByteArrayOutputStream name = new ByteArrayOutputStream();
        for (long j = from; j < to; j++) {
            int c = at(j);
            if (c == '\\') {
                return null;
            }
            name.write(c);
        }
        return name.toString(StandardCharsets.UTF_8);
    }

    private long whitespace(long i) throws IOException {
        while (isWhitespace(at(i))) {
            i++;
        }
        return i;
    }

    /** The byte at {@code i}, or -1 past the end. */
    private int at(long i) throws IOException {
        return window(i) ? buf[(int) (i - bufStart)] & 0xFF : -1;
    }

    /** Whether byte {@code i} exists; the window then holds it. */
    private boolean window(long i) throws IOException {
        if (i >= bufStart && i < bufStart + bufLength) {
            return true;
        }
        if (i < 0 || i >= size || channel == null) {
            return false;
        }
        ByteBuffer into = ByteBuffer.wrap(buf, 0, (int) Math.min(buf.length, size - i));
        while (into.hasRemaining()) {
            if (channel.read(into, i + into.position()) < 0) {
                break;
            }
        }
        bufStart = i;
        bufLength = into.position();
        return bufLength > 0;
    }

    /** JSON's four whitespace bytes (RFC 8259, section 2). */
    private static boolean isWhitespace(int c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }
}
