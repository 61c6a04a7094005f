package io.hopscope.app.window;

import io.hopscope.diagram.Diagram;
import java.io.IOException;
import java.nio.file.Path;

/** Writes a diagram to a file; the app's is the file-format writer (atomic), a test's may fail on purpose. */
@FunctionalInterface
public interface DiagramSaver {
    void save(Diagram diagram, Path file) throws IOException;
}
