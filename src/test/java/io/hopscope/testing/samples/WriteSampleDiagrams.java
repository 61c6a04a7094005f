package io.hopscope.testing.samples;

import io.hopscope.io.format.DiagramWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Regenerates {@code diagrams/<name>.json} from the builders. Run after changing a sample:
 * {@code mvn -B -o -q test -Dtest=WriteSampleDiagramsTest -Dhopscope.writeSamples=true}; then
 * {@link SampleFilesAreCurrentTest} holds the files to it.
 */
public final class WriteSampleDiagrams {

    /** Where the samples live, relative to the repository root (Maven's working directory). */
    public static final Path DIRECTORY = Paths.get("diagrams");

    private WriteSampleDiagrams() {
    }

    public static Path fileOf(String sample) {
        return DIRECTORY.resolve(sample + ".json");
    }

    /** Writes every sample atomically; returns how many files were written. */
    public static int writeAll() throws IOException {
        Files.createDirectories(DIRECTORY);
        int written = 0;
        for (var e : SampleDiagrams.all().entrySet()) {
            DiagramWriter.save(e.getValue().get(), fileOf(e.getKey()));
            written++;
        }
        return written;
    }

    public static void main(String[] args) throws IOException {
        writeAll();
    }
}
