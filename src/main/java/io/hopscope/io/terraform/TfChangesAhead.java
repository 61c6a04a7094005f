package io.hopscope.io.terraform;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import io.hopscope.io.terraform.TfTopLevel.Member;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A large plan's {@code resource_changes} read on a second thread while the reader's thread parses
 * {@code planned_values}: the changes are more than half of a plan's bytes (every resource's before
 * and after values) and only their {@code after_unknown} masks are kept, so on two cores their
 * reading leaves the critical path. This thread finds every top-level member's bytes
 * ({@link TfTopLevel}), parsing the changes on its way instead of scanning their bytes too (they
 * were a quarter of its work); the reader's thread, on reaching {@code resource_changes}, takes
 * their masks from here and parses the members after them from their own bytes. The masks are built by the same
 * code from the same bytes as a reading in one pass would; when anything here fails, the reader
 * starts over in one pass, so a bad file is refused with the same message and JSON path. Both
 * threads read the file by position through one channel, closed when the reader is done (which
 * stops this thread if the reader failed before it needed the changes).
 */
final class TfChangesAhead implements AutoCloseable {

    /** Below this a thread costs more than it saves: real plans are kilobytes, a 10,000-resource plan 55 MB. */
    static final int MIN_BYTES = 4 * 1024 * 1024;
    private static final String CHANGES = "resource_changes";

    /**
     * The reader's limits for a member's bytes parsed alone: one level less nesting, since in the
     * whole file the top-level object is the first level.
     */
    private static final JsonFactory MEMBERS = TfJsonReader.FACTORY.rebuild()
            .streamReadConstraints(TfJsonReader.FACTORY.streamReadConstraints().rebuild()
                    .maxNestingDepth(TfJsonReader.FACTORY.streamReadConstraints().getMaxNestingDepth() - 1).build())
            .build();

    private final FileChannel channel;
    private final long size;
    /** The scan of the top level, which reads the changes on its way (their bytes are parsed, not also scanned). */
    private final FutureTask<List<Member>> members;
    /** Written by the scan before it completes; read after {@link #members} is done. */
    private Map<String, JsonNode> unknowns;

    private TfChangesAhead(FileChannel channel, long size) {
        this.channel = channel;
        this.size = size;
        this.members = new FutureTask<>(() -> TfTopLevel.members(channel, size, CHANGES, this::readChanges));
    }

    /**
     * Starts reading ahead when the file (already checked and opened by the reader) is large enough
     * and there is a second core to do it; null otherwise.
     */
    static TfChangesAhead startIfWorthIt(Path file, long maxBytes, int minBytes) {
        if (Runtime.getRuntime().availableProcessors() < 2) {
            return null;
        }
        FileChannel channel;
        long size;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
            size = channel.size();
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (size < minBytes || size > maxBytes) {
            closeQuietly(channel);
            return null;
        }
        TfChangesAhead ahead = new TfChangesAhead(channel, size);
        Thread worker = new Thread(ahead.members, "terraform-changes");
        // A reader that fails before it needs the changes does not wait for them, nor does the JVM.
        worker.setDaemon(true);
        worker.start();
        return ahead;
    }

    /**
     * The members after {@code resource_changes} when its value starts at byte {@code offset} of the
     * file, or null when the scan found the file not plain (the reader then reads on in one pass).
     */
    List<Member> membersAfterChanges(long offset) {
        List<Member> all;
        try {
            all = members.get();
        } catch (ExecutionException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return null;
        }
        if (all == null) {
            return null;
        }
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).name().equals(CHANGES)) {
                return all.get(i).start() == offset ? all.subList(i + 1, all.size()) : null;
            }
        }
        return null;
    }

    /** The {@code after_unknown} mask of each change by address; throws what reading them threw. */
    Map<String, JsonNode> unknownByAddress() throws Exception {
        try {
            members.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        return unknowns == null ? new HashMap<>() : unknowns;
    }

    /** A parser over one member's value, with the reader's limits. */
    JsonParser parser(Member m) throws IOException {
        return new TfDuplicateKeys(MEMBERS.createParser(new Range(channel, m.start(), m.end())));
    }

    /** A member's bytes must hold its value and nothing else, as the one-pass reader would have seen. */
    static void requireEnd(JsonParser p) throws IOException {
        if (p.nextToken() != null) {
            throw new IOException("more than one value in a member's bytes");
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /**
     * The changes' masks, parsed from their first byte on; returns where their value ended, just
     * after its closing bracket, where the scan goes on. A second {@code resource_changes} makes the
     * scan find the file not plain, so the last one read here is never used.
     */
    private long readChanges(long start) throws Exception {
        Map<String, JsonNode> byAddress = new HashMap<>();
        try (JsonParser p = new TfDuplicateKeys(MEMBERS.createParser(new Range(channel, start, size)))) {
            TfChangeReader.read(p, p.nextToken(), byAddress);
            unknowns = byAddress;
            return start + p.currentLocation().getByteOffset();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was read through it
        }
    }

    /** Bytes {@code [start, end)} of the file, read by position: the reader's thread and this one share the channel. */
    private static final class Range extends InputStream {
        private final FileChannel channel;
        private final long end;
        private long position;

        Range(FileChannel channel, long start, long end) {
            this.channel = channel;
            this.position = start;
            this.end = end;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (position >= end) {
                return -1;
            }
            int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - position)), position);
            if (n > 0) {
                position += n;
            }
            return n;
        }
    }
}
