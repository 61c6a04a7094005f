package io.hopscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No source file of the product grows past 12 KB: a class that big does two jobs (issue 13's rule,
 * kept by a test because eight people adding features at once each added "just one method").
 */
class SourceFileSizeTest {

    private static final long LIMIT = 12 * 1024;

    @Test
    void noMainSourceFileExceedsTwelveKilobytes() throws IOException {
        Path main = Path.of("src/main/java");
        assertTrue(Files.isDirectory(main), "run from the project directory");
        List<String> tooBig;
        try (Stream<Path> files = Files.walk(main)) {
            tooBig = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> size(p) > LIMIT)
                    .map(p -> main.relativize(p) + " (" + size(p) + " bytes)")
                    .sorted()
                    .toList();
        }
        assertEquals(List.of(), tooBig, "split these by meaning: over " + LIMIT + " bytes");
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
