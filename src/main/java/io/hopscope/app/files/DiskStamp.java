package io.hopscope.app.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What a file on disk looked like when the window read or wrote it: size, modification time and
 * a SHA-256 of the bytes. Comparing stamps tells whether someone else changed the file since; the
 * hash keeps a mere {@code touch} (new time, same bytes) from counting as a change.
 */
public record DiskStamp(long size, long modifiedMillis, String sha256) {

    /** The file's stamp now, or empty when it cannot be read (gone, not a regular file). */
    static Optional<DiskStamp> of(Path file) {
        try {
            if (file == null || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            long size = Files.size(file);
            long modified = Files.getLastModifiedTime(file).toMillis();
            return Optional.of(new DiskStamp(size, modified, hash(file)));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether {@code file} no longer holds what this stamp describes: it is gone, or its size or
     * bytes differ. The cheap size and time comparison comes first; bytes are hashed only when the
     * time moved.
     */
    boolean differsFrom(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return true;
            }
            if (Files.size(file) != size) {
                return true;
            }
            if (Files.getLastModifiedTime(file).toMillis() == modifiedMillis) {
                return false;
            }
            return !hash(file).equals(sha256);
        } catch (IOException | SecurityException e) {
            return true;
        }
    }

    private static String hash(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
