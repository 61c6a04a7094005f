package io.hopscope.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on output paths made before any work, so a bad -o fails fast with one clear line. */
final class CliFiles {

    private CliFiles() {
    }

    /** Why {@code file} cannot be written, or null when it looks writable. */
    static String whyUnwritable(Path file) {
        if (Files.isDirectory(file)) {
            return "is a directory, not a file";
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return "cannot write: folder " + parent + " does not exist";
        }
        if (!Files.isWritable(parent)) {
            return "cannot write: folder " + parent + " is not writable";
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            return "cannot write: the file is read-only";
        }
        return null;
    }
}
