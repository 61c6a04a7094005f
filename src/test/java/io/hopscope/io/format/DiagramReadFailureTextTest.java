package io.hopscope.io.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hopscope.check.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A diagram file that does not open says why in the UI's language (the kind of JSON error, its line
 * and column; a missing file, an empty one, a PNG without a diagram), and the command line's English
 * is what it always was.
 */
class DiagramReadFailureTextTest {

    @TempDir
    Path dir;

    private static Problem only(DiagramLoad load) {
        assertEquals(1, load.problems().size(), load.problems().toString());
        return load.problems().get(0);
    }

    @Test
    void malformedJsonNamesTheKindLineAndColumnInKorean() {
        Problem p = only(DiagramReader.read("{\n  \"format\": \"hopscope-diagram\",\n  \"version\": 1,\n  oops\n}\n", "bad.json"));
        assertEquals("$: malformed JSON at line 4, column 3: Unexpected character ('o' (code 111)): was expecting "
                + "double-quote to start field name", p.toString());
        assertEquals("잘못된 JSON: 예기치 않은 문자 'o'(4행 3열)", p.message(Locale.KOREAN));

        Problem dup = only(DiagramReader.read("{\"format\": \"hopscope-diagram\", \"format\": \"x\"}", "dup.json"));
        assertEquals("잘못된 JSON: 중복된 키 'format'(1행 40열)", dup.message(Locale.KOREAN));
    }

    @Test
    void fileLevelReasonsReadInKorean() throws Exception {
        Problem missing = only(DiagramReader.read(dir.resolve("gone.json")));
        assertEquals("no such file", missing.message());
        assertEquals("파일이 없음", missing.message(Locale.KOREAN));
        Problem empty = only(DiagramReader.read("", "empty.json"));
        assertEquals("empty.json is empty", empty.message());
        assertEquals("empty.json이(가) 비어 있음", empty.message(Locale.KOREAN));
        Path png = dir.resolve("plain.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0, 'I', 'E', 'N', 'D',
            (byte) 0xae, 0x42, 0x60, (byte) 0x82});
        Problem noDiagram = only(DiagramReader.read(png));
        assertEquals("이 PNG에는 Hopscope 다이어그램이 없음", noDiagram.message(Locale.KOREAN));
        assertEquals("디렉터리이며 다이어그램 파일이 아님", only(DiagramReader.read(dir)).message(Locale.KOREAN));
    }
}
