package io.hopscope.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hopscope.io.format.DiagramLoad;
import io.hopscope.io.format.DiagramReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The open dialog lists why a file did not open in the UI's language, each reason after its path. */
class ReadingReasonsTest {

    @TempDir
    Path dir;

    @Test
    void theOpenDialogsReasonsAreInTheUiLanguage() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": ");
        DiagramLoader loader = file -> {
            DiagramLoad load = DiagramReader.read(file);
            return new DiagramLoader.Loaded(load.diagram(), load.problems());
        };
        Reading reading = Reading.of(loader, bad);
        assertEquals(List.of(bad + ": $: 잘못된 JSON: 입력이 예기치 않게 끝남(1행 12열)"),
                reading.failureReasons("?", Locale.KOREAN));
        assertEquals(List.of(bad + ": $: malformed JSON: unexpected end of input (line 1, column 12)"),
                reading.failureReasons("?", Locale.ROOT));
    }
}
