package io.hopscope.io.format;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * The temporary files {@link AtomicFileWriter} writes beside a target ({@code .name.<digits>.tmp})
 * and their removal when a save was interrupted (power cut, killed process) and left one behind.
 */
public final class StaleTemps {

    private StaleTemps() {
    }

    static String tempName(String targetName, String unique) {
        return "." + targetName + "." + unique + ".tmp";
    }

    /**
     * Deletes the temporary files of interrupted saves of {@code target} that are older than
     * {@code minAge} (a younger one may belong to a save running right now in another process).
     * Returns how many were deleted; a folder that cannot be listed deletes nothing.
     */
    public static int removeStale(Path target, Duration minAge) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || absolute.getFileName() == null || !Files.isDirectory(dir)) {
            return 0;
        }
        Pattern ours = Pattern.compile(Pattern.quote("." + absolute.getFileName() + ".") + "\\d+" + Pattern.quote(".tmp"));
        Instant cutoff = Instant.now().minus(minAge);
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (ours.matcher(entry.getFileName().toString()).matches() && isOldRegularFile(entry, cutoff)) {
                    removed += Files.deleteIfExists(entry) ? 1 : 0;
                }
            }
        } catch (IOException | SecurityException e) {
            // Cleaning up is a courtesy: a folder we cannot list or a file we cannot delete stays.
        }
        return removed;
    }

    private static boolean isOldRegularFile(Path entry, Instant cutoff) throws IOException {
        return Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                && Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(cutoff);
    }
}
