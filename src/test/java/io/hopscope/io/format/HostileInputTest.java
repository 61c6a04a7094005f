package io.hopscope.io.format;

import static io.hopscope.io.format.ReaderFixture.assertError;
import static io.hopscope.io.format.ReaderFixture.assertStructuralFailure;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile files are refused quickly, with an error problem and never an exception. */
class HostileInputTest {

    private static final Duration FAST = Duration.ofSeconds(5);
    private static final String HEADER = "{\"format\": \"hopscope-diagram\", \"version\": 1, ";

    private static DiagramLoad fast(Supplier<DiagramLoad> read) {
        DiagramLoad load = assertTimeoutPreemptively(FAST, read::get);
        assertStructuralFailure(load);
        return load;
    }

    @Test
    void veryDeepNestingIsRefused() {
        String json = HEADER + "\"title\": " + "[".repeat(200_000) + "]".repeat(200_000) + "}";
        DiagramLoad load = fast(() -> DiagramReader.read(json, "deep.json"));
        assertError(load, "$", "refused: Document nesting depth");
    }

    @Test
    void deepObjectsAreRefused() {
        String json = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
        assertError(fast(() -> DiagramReader.read(json, "deep.json")), "$", "nesting depth");
    }

    @Test
    void hugeStringIsRefused() {
        String json = HEADER + "\"description\": \"" + "x".repeat(2_000_000) + "\", \"model\": {}}";
        assertError(fast(() -> DiagramReader.read(json, "string.json")), "$", "refused: String value length");
    }

    @Test
    void hugeArrayIsRefusedByTheTokenLimit() {
        StringBuilder sb = new StringBuilder(HEADER).append("\"model\": {\"vpcs\": [");
        sb.append("0,".repeat(5_000_000)).append("0]}}");
        String json = sb.toString();
        assertError(fast(() -> DiagramReader.read(json, "array.json")), "$", "refused: Token count");
    }

    @Test
    void hugeNumberIsRefused() {
        String json = HEADER + "\"model\": {}, \"layout\": {\"shapes\": {\"x\": {\"x\": " + "9".repeat(5_000) + "}}}}";
        assertError(fast(() -> DiagramReader.read(json, "number.json")), "$", "refused: Number value length");
    }

    @Test
    void hugeVersionNumberIsATypeError() {
        String json = "{\"format\": \"hopscope-diagram\", \"version\": 99999999999999999999, \"model\": {}}";
        assertError(fast(() -> DiagramReader.read(json, "v.json")), "$.version", "expected a whole number");
    }

    @Test
    void exponentOverflowInACoordinateIsRefused() {
        String json = HEADER + "\"model\": {\"vpcs\": [{\"id\": \"vpc-1\", \"ipv4Cidrs\": [\"10.0.0.0/16\"]}]},"
                + " \"layout\": {\"shapes\": {\"vpc-1\": {\"x\": 1e999999, \"y\": 0, \"width\": 1, \"height\": 1}}}}";
        assertError(fast(() -> DiagramReader.read(json, "exp.json")), "$.layout.shapes['vpc-1'].x", "is not a finite number");
    }

    @Test
    void nanAndInfinityCoordinatesAreRefused() {
        for (String bad : new String[] {"NaN", "Infinity", "-Infinity"}) {
            String json = HEADER + "\"model\": {}, \"layout\": {\"shapes\": {\"a\": {\"x\": " + bad
                    + ", \"y\": 0, \"width\": 1, \"height\": 1}}}}";
            assertError(fast(() -> DiagramReader.read(json, "nan.json")), "$", "malformed JSON");
        }
    }

    @Test
    void nanAsTextIsATypeError() {
        String json = HEADER + "\"model\": {}, \"layout\": {\"notes\": [{\"id\": \"n\", \"x\": \"NaN\", \"y\": 0,"
                + " \"width\": 1, \"height\": 1}]}}";
        assertError(fast(() -> DiagramReader.read(json, "nan.json")), "$.layout.notes[0].x", "expected a number, found a string");
    }

    @Test
    void typeConfusionFieldsAreUnknownFieldsNotInstructions() {
        String json = HEADER + "\"@class\": \"java.lang.ProcessBuilder\", \"model\": {\"vpcs\": [{\"id\": \"vpc-1\","
                + " \"__proto__\": {\"admin\": true}, \"ipv4Cidrs\": [\"10.0.0.0/16\"]}]}}";
        DiagramLoad load = fast(() -> DiagramReader.read(json, "proto.json"));
        assertError(load, "$['@class']", "unknown field '@class'");
        assertError(load, "$.model.vpcs[0].__proto__", "unknown field '__proto__'");
    }

    @Test
    void objectWhereArrayExpectedIsATypeError() {
        String json = HEADER + "\"model\": {\"vpcs\": {\"0\": {\"id\": \"vpc-1\"}, \"length\": 1}}}";
        assertError(fast(() -> DiagramReader.read(json, "obj.json")), "$.model.vpcs", "expected an array, found an object");
    }

    @Test
    void arrayWhereStringExpectedIsATypeError() {
        String json = HEADER + "\"model\": {\"vpcs\": [{\"id\": [\"vpc-1\", \"vpc-2\"], \"ipv4Cidrs\": \"10.0.0.0/16\"}]}}";
        DiagramLoad load = fast(() -> DiagramReader.read(json, "arr.json"));
        assertError(load, "$.model.vpcs[0].id", "expected a string, found an array");
        assertError(load, "$.model.vpcs[0].ipv4Cidrs", "expected an array, found a string");
    }

    @Test
    void rootThatIsNotAnObjectIsRefused() {
        assertError(fast(() -> DiagramReader.read("[1, 2, 3]", "arr.json")), "$", "expected an object, found an array");
        assertError(fast(() -> DiagramReader.read("\"hopscope-diagram\"", "str.json")), "$", "expected an object, found a string");
    }

    @Test
    void trailingContentIsRefused() {
        String json = DiagramWriter.toJson(io.hopscope.diagram.Diagram.EMPTY) + "{\"more\": 1}";
        assertError(fast(() -> DiagramReader.read(json, "trail.json")), "$", "malformed JSON");
    }

    @Test
    void fileOverTheSizeCapIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.hopscope.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(DiagramFormat.MAX_FILE_BYTES + 1); // sparse: costs no disk
        }
        DiagramLoad load = fast(() -> DiagramReader.read(big));
        assertError(load, "", "over the 64 MB limit");
    }

    @Test
    void binaryFileIsRefused(@TempDir Path dir) throws IOException {
        Path bin = dir.resolve("image.png");
        Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff, (byte) 0xfe, 1, 2});
        DiagramLoad load = fast(() -> DiagramReader.read(bin));
        assertTrue(load.problems().size() == 1, load.problems().toString());
    }

    @Test
    void missingFileIsOneProblem(@TempDir Path dir) {
        DiagramLoad load = fast(() -> DiagramReader.read(dir.resolve("nope.json")));
        assertError(load, "", "no such file");
    }
}
