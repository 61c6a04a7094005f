package io.hopscope.app.files;

import io.hopscope.check.Problem;
import io.hopscope.diagram.Diagram;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a diagram file for the window. The app wires it to the file-format reader; tests give
 * one that returns diagrams built in code, so the window is tested without files on disk.
 */
@FunctionalInterface
public interface DiagramLoader {

    Loaded load(Path file);

    /** The diagram, or null when the file cannot be used; the problems say why (or warn). */
    record Loaded(Diagram diagram, List<Problem> problems) {

        public Loaded {
            problems = List.copyOf(problems);
        }
    }
}
