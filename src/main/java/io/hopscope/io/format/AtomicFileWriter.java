package io.hopscope.io.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that a crash, a full disk or an exception never leaves it half written:
 * the bytes go to a temporary file in the same directory (same file system, so the rename is
 * atomic), are forced to disk, and only then renamed over the target.
 */
public final class AtomicFileWriter {

    /** Where the bytes go; tests swap in one that fails part way. */
    @FunctionalInterface
    public interface ByteSink {
        void write(FileChannel channel, byte[] bytes) throws IOException;
    }

    private static final ByteSink PLAIN = (channel, bytes) -> {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    };

    private AtomicFileWriter() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, PLAIN);
    }

    /** As {@link #write(Path, byte[])}, writing through {@code sink}. */
    public static void write(Path target, byte[] bytes, ByteSink sink) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                sink.write(channel, bytes);
                channel.force(true);
            }
            move(temp, absolute);
            moved = true;
            forceDirectory(dir);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
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
