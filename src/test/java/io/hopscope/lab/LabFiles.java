package io.hopscope.lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The lab files of the repository: the shipped labs, their reference solutions and wrong attempts. */
final class LabFiles {

    static final Path LABS = Path.of("diagrams/labs");
    static final Path SOLUTIONS = Path.of("src/test/resources/labs/solutions");
    static final Path WRONG = Path.of("src/test/resources/labs/wrong");

    private LabFiles() {
    }

    static List<Path> json(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LabFile read(Path file) {
        LabLoad load = LabReader.read(file);
        if (load.file() == null) {
            throw new AssertionError(file + " does not read as a lab: " + load.errors());
        }
        return load.file();
    }

    static LabGrade grade(LabFile file) {
        return new LabGrader().grade(file);
    }
}
