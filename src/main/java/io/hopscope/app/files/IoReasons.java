package io.hopscope.app.files;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.ResourceBundle;

/**
 * Says why a file operation failed in words a user can act on. Java's exceptions often carry only
 * the path ({@code NoSuchFileException: /a/b.json}), which a dialog that already names the file
 * would just repeat.
 */
public final class IoReasons {

    private IoReasons() {
    }

    /** The reason in the language of the UI's bundle {@code messages}; the system's own words where it has them. */
    public static String describe(Throwable e, ResourceBundle messages) {
        if (e instanceof AccessDeniedException) {
            return messages.getString("io.reason.permissionDenied");
        }
        if (e instanceof NoSuchFileException) {
            return messages.getString("io.reason.noFolder");
        }
        if (e instanceof NotDirectoryException) {
            return messages.getString("io.reason.notAFolder");
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
