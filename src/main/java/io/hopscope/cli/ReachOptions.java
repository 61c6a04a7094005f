package io.hopscope.cli;

import io.hopscope.model.net.Protocol;

import java.io.PrintWriter;
import java.util.List;

/** What exposure and matrix share: --shard parsing, protocol parsing and the progress line on stderr. */
final class ReachOptions {
    private ReachOptions() {
    }

    /** A usage error of these commands; the message is the stderr line. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** The part of {@code all} that shard "i/n" takes: the i-th of n contiguous blocks, so outputs concatenate. */
    static <T> List<T> shard(List<T> all, String spec) {
        if (spec == null) {
            return all;
        }
        String[] parts = spec.split("/", -1);
        int i;
        int n;
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            i = Integer.parseInt(parts[0].trim());
            n = Integer.parseInt(parts[1].trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--shard must be i/n (e.g. 2/8), not '" + spec + "'");
        }
        if (n < 1 || i < 1 || i > n) {
            throw new UsageException("--shard " + spec + ": i must be between 1 and n");
        }
        int from = (int) ((long) (i - 1) * all.size() / n);
        int to = (int) ((long) i * all.size() / n);
        return all.subList(from, to);
    }

    /** Whether this shard prints the CSV header: the first shard, or an unsharded run. */
    static boolean firstShard(String spec) {
        return spec == null || spec.trim().startsWith("1/");
    }

    static Protocol protocol(String text, Protocol fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Protocol.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--protocol: " + e.getMessage());
        }
    }

    static void format(String format, String... allowed) {
        if (!List.of(allowed).contains(format)) {
            throw new UsageException("--format must be " + String.join(", ", allowed) + ", not '" + format + "'");
        }
    }

    /** Prints "what: done/total" to stderr at most once a second, and once at the end of long runs. */
    static final class Progress {
        private final PrintWriter err;
        private final String what;
        private final long total;
        private final long start = System.nanoTime();
        private long lastPrint = System.nanoTime();
        private boolean printed;

        Progress(PrintWriter err, String what, long total) {
            this.err = err;
            this.what = what;
            this.total = total;
        }

        synchronized void done(long n) {
            long now = System.nanoTime();
            if (now - lastPrint >= 1_000_000_000L && n < total) {
                lastPrint = now;
                printed = true;
                err.printf("progress: %s %d/%d (%d%%), %.1f s%n", what, n, total, n * 100 / Math.max(1, total),
                        (now - start) / 1e9);
                err.flush();
            }
        }

        void finish() {
            if (printed) {
                err.printf("progress: %s %d/%d (100%%), %.1f s%n", what, total, total, (System.nanoTime() - start) / 1e9);
                err.flush();
            }
        }
    }
}
