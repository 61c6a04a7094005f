package io.hopscope.io.format;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

/**
 * Replaces a file so that a crash, a full disk or an exception never leaves it half written:
 * the bytes go to a temporary file in the same directory (same file system, so the rename is
 * atomic), are forced to disk, and only then renamed over the target.
 *
 * <p>The result looks like a file written in place: a new file gets the permissions the process
 * umask gives (the temporary file is created without explicit permissions, so the OS applies the
 * umask), an existing file keeps its mode, and a symbolic link is written through (the file it
 * points at is replaced; the link stays a link). {@link #writePrivate} is for the user's own
 * recovery data, which only its owner may read.
 */
public final class AtomicFileWriter {

    /** Where the bytes go; tests swap in one that fails part way. */
    @FunctionalInterface
    public interface ByteSink {
        void write(FileChannel channel, byte[] bytes) throws IOException;
    }

    /** Content written as a stream, for files too large to build in memory first. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final ByteSink PLAIN = (channel, bytes) -> {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    };
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final int MAX_LINK_HOPS = 40;
    private static final int STREAM_BUFFER = 64 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFileWriter() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, PLAIN);
    }

    /** As {@link #write(Path, byte[])}, writing through {@code sink}. */
    public static void write(Path target, byte[] bytes, ByteSink sink) throws IOException {
        write(target, channel -> sink.write(channel, bytes), false);
    }

    /**
     * As {@link #write(Path, byte[])} with the bytes streamed by {@code content}: a 15 MB diagram
     * need not first be a string and then a byte array (a sixth of a large import's time).
     */
    public static void write(Path target, Content content) throws IOException {
        write(target, channel -> {
            // Not closed here: closing the stream would close the channel before it is forced.
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), STREAM_BUFFER);
            content.writeTo(out);
            out.flush();
        }, false);
    }

    /** As {@link #write(Path, byte[])}, but the file is readable by its owner only (mode 0600). */
    public static void writePrivate(Path target, byte[] bytes) throws IOException {
        write(target, channel -> PLAIN.write(channel, bytes), true);
    }

    /** Writes the new content into the open temporary file. */
    @FunctionalInterface
    private interface ChannelWriter {
        void write(FileChannel channel) throws IOException;
    }

    private static void write(Path target, ChannelWriter writer, boolean ownerOnly) throws IOException {
        Path absolute = throughLinks(target.toAbsolutePath());
        Path dir = absolute.getParent();
        Path temp = createTemp(dir, absolute.getFileName().toString());
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                writer.write(channel);
                channel.force(true);
            }
            copyMode(absolute, temp, ownerOnly);
            move(temp, absolute);
            moved = true;
            forceDirectory(dir);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * The file a save must replace: {@code path} itself, or the file its chain of symbolic links
     * ends at (which may not exist yet: a link to a file still to be written).
     */
    static Path throughLinks(Path path) throws IOException {
        Path current = path;
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops >= MAX_LINK_HOPS) {
                throw new IOException(path + ": too many levels of symbolic links");
            }
            Path link = Files.readSymbolicLink(current);
            current = current.toAbsolutePath().getParent().resolve(link).normalize();
        }
        return current;
    }

    /** {@code .name.<digits>.tmp}, created with no explicit permissions so the umask applies. */
    private static Path createTemp(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve(StaleTemps.tempName(name, Long.toUnsignedString(RANDOM.nextLong())));
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** An existing target's mode goes to its replacement; a private file gets 0600. */
    private static void copyMode(Path target, Path temp, boolean ownerOnly) throws IOException {
        PosixFileAttributeView tempView = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (tempView == null) {
            return;
        }
        if (ownerOnly) {
            tempView.setPermissions(OWNER_ONLY);
            return;
        }
        PosixFileAttributeView targetView = Files.getFileAttributeView(target, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (targetView != null && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            tempView.setPermissions(targetView.readAttributes().permissions());
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (certain network and FUSE mounts) refuse atomic renames; a plain
            // replace is still better than writing into the target itself.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename durable where the platform lets a directory be synced (not on Windows). */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort only: the data itself is already on disk.
        }
    }
}
