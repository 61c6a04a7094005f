package io.hopscope.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No bundle names a key twice: {@link Properties#load} keeps the later value without a word, so a
 * translation appended to the end of a file would silently replace the one a reviewer checked.
 */
class BundleDuplicateKeysTest {

    /** Properties that remember every key {@code load} sets a second time. */
    private static final class Recording extends Properties {
        private final transient List<String> twice = new ArrayList<>();

        @Override
        public synchronized Object put(Object key, Object value) {
            if (containsKey(key)) {
                twice.add(String.valueOf(key));
            }
            return super.put(key, value);
        }
    }

    @Test
    void noPropertiesFileNamesAKeyTwice() throws IOException {
        List<String> duplicates = new ArrayList<>();
        int files = 0;
        try (Stream<Path> walk = Files.walk(Path.of("src"))) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".properties")).sorted().toList()) {
                files++;
                Recording p = new Recording();
                try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                p.twice.forEach(key -> duplicates.add(f + ": " + key));
            }
        }
        assertTrue(files >= 4, "bundles found: " + files);
        assertEquals(List.of(), duplicates);
    }

    @Test
    void aKeyGivenTwiceIsCaught() throws IOException {
        Recording p = new Recording();
        p.load(new java.io.StringReader("a=1\nb = 2\n# a=3 is a comment\na : 4\n"));
        assertEquals(List.of("a"), p.twice);
    }
}
