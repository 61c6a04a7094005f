package io.hopscope.app;

import io.hopscope.io.format.DiagramLoad;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.app.files.DiagramLoader;
import java.nio.file.Path;

/** Opens diagram files with the file-format reader (format v1). */
public final class FileDiagramLoader {

    private FileDiagramLoader() {
    }

    public static DiagramLoader.Loaded load(Path file) {
        DiagramLoad load = DiagramReader.read(file);
        return new DiagramLoader.Loaded(load.diagram(), load.problems());
    }
}
