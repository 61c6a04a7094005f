package io.hopscope.io.input;

import io.hopscope.text.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * The one way Hopscope opens an input file: only regular files (a FIFO would block the reader
 * forever, {@code /dev/zero} never ends), with the size checked before reading and a limit kept
 * while reading, because a file may grow after the check and {@code /proc}-like files report a
 * size of 0. Symbolic links are followed, so the check applies to what a link points at.
 */
public final class InputFiles {

    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFSOCK = 0140000;

    private InputFiles() {
    }

    /**
     * Why {@code file} cannot be read as an input file, or null when it is a regular file:
     * "no such file", "is a directory", "is a FIFO (named pipe), not a regular file", ...
     */
    public static String whyNotRegular(Path file) {
        Text why = whyNotRegularText(file);
        return why == null ? null : why.toString();
    }

    /** {@link #whyNotRegular} as a keyed text, for the app to say in the UI's language; null for a regular file. */
    public static Text whyNotRegularText(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Text.of(Files.isSymbolicLink(file) ? "input.danglingLink" : "input.noSuchFile");
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? "" : e.getReason().toLowerCase(Locale.ROOT);
            if (reason.contains("levels of symbolic links")) {
                return Text.of("input.linkLoop");
            }
            return Text.of("input.cannotRead", e.getReason() == null ? e.getClass().getSimpleName() : e.getReason());
        } catch (IOException e) {
            return Text.of("input.cannotRead", e.getMessage());
        }
        if (attributes.isRegularFile()) {
            return null;
        }
        if (attributes.isDirectory()) {
            return Text.of("input.directory");
        }
        return Text.of("input.special", specialKind(file));
    }

    /** "a FIFO (named pipe)", "a character device", ... from the Unix mode where the platform has one. */
    private static Text specialKind(Path file) {
        try {
            Object mode = Files.getAttribute(file, "unix:mode");
            if (mode instanceof Integer m) {
                return Text.of(switch (m & S_IFMT) {
                    case S_IFIFO -> "input.kind.fifo";
                    case S_IFCHR -> "input.kind.characterDevice";
                    case S_IFBLK -> "input.kind.blockDevice";
                    case S_IFSOCK -> "input.kind.socket";
                    default -> "input.kind.special";
                });
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // no Unix view (Windows): the generic name below is still right
        }
        return Text.of("input.kind.special");
    }

    /**
     * The bytes of a regular file of at most {@code maxBytes}, refused before reading when it is
     * bigger and while reading when it grows past the limit. {@code what} names the limit in the
     * message ("diagram files"): one of the {@code input.what.*} texts.
     */
    public static byte[] readAll(Path file, long maxBytes, Text what) throws IOException {
        Text why = whyNotRegularText(file);
        if (why != null) {
            throw new InputRefusedException(why);
        }
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new InputRefusedException(tooBig(size, maxBytes, what));
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new InputRefusedException(grew(maxBytes, what));
            }
            return bytes;
        }
    }

    /** A stream over a regular file that fails once more than {@code maxBytes} have been read. */
    public static InputStream open(Path file, long maxBytes, Text what) throws IOException {
        Text why = whyNotRegularText(file);
        if (why != null) {
            throw new InputRefusedException(why);
        }
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new InputRefusedException(tooBig(size, maxBytes, what));
        }
        return new LimitedInputStream(Files.newInputStream(file), maxBytes, () -> grew(maxBytes, what));
    }

    /** "is 70 MB, over the 64 MB limit for diagram files". */
    public static Text tooBig(long size, long max, Text what) {
        return Text.of("input.tooBig", size(size), size(max), what);
    }

    /** "grew past the 64 MB limit for PNG files while it was read": a file that changed under the reader. */
    private static Text grew(long max, Text what) {
        return Text.of("input.grew", size(max), what);
    }

    /** "64 MB", "1,500 bytes": sizes as people read them. */
    public static String bytes(long n) {
        return size(n).toString();
    }

    /** {@link #bytes} as a keyed text, for a sentence the app shows in the UI's language ("64MB", "1,500바이트"). */
    public static Text size(long n) {
        if (n >= 1024 * 1024 && n % (1024 * 1024) == 0 || n >= 10L * 1024 * 1024) {
            return Text.of("input.size.megabytes", String.format(Locale.ROOT, "%,d", n / (1024 * 1024)));
        }
        return Text.of("input.size.bytes", String.format(Locale.ROOT, "%,d", n));
    }

}
