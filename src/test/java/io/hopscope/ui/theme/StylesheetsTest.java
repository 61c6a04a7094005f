package io.hopscope.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JavaFX's CSS parser only logs a rule it cannot read and silently drops everything after an
 * unclosed brace, so a broken stylesheet would not fail any UI test: check the structure here.
 */
class StylesheetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/io/hopscope/ui/theme/light.css", "/io/hopscope/ui/theme/dark.css"})
    void everyRuleIsClosedBeforeTheNextOneOpens(String resource) throws IOException {
        String css;
        try (InputStream in = StylesheetsTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                if (depth > 0) {
                    fail(resource + ": a rule opens at line " + line + " (comments removed) before the previous one closed");
                }
                depth++;
            } else if (c == '}') {
                depth--;
            }
        }
        assertEquals(0, depth, resource + ": unbalanced braces");
    }
}
