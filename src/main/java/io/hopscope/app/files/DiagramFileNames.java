package io.hopscope.app.files;

import java.nio.file.Path;
import java.util.Locale;

/** Names of diagram files: Save writes JSON, so a picture's name becomes a {@code .json} one. */
public final class DiagramFileNames {

    private DiagramFileNames() {
    }

    /** {@code net.png} becomes {@code net.json}; a name with no picture extension is kept. */
    public static Path asJson(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".png") || lower.endsWith(".svg")) {
            return file.resolveSibling(name.substring(0, name.length() - 4) + ".json");
        }
        return file;
    }
}
