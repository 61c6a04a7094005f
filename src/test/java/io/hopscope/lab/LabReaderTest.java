package io.hopscope.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.check.Problem;
import io.hopscope.diagram.Diagram;
import io.hopscope.io.format.DiagramWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabReaderTest {

    private static final Path LAB = LabFiles.LABS.resolve("nacl-ephemeral-return.json");

    private static String lab() throws IOException {
        return Files.readString(LAB);
    }

    private static List<String> errors(String json) {
        LabLoad load = LabReader.read(json, "lab.json");
        assertNull(load.file(), "a lab with errors gives no lab");
        return load.errors().stream().map(Problem::toString).toList();
    }

    private static boolean has(List<String> errors, String path, String words) {
        return errors.stream().anyMatch(e -> e.contains(path) && e.contains(words));
    }

    @Test
    void aMissingTranslationIsAnErrorAtItsPath() throws IOException {
        String json = lab().replaceFirst("\"ko\": \"NACL 반환 트래픽[^\"]*\"", "\"kr\": \"x\"");
        List<String> errors = errors(json);
        assertTrue(has(errors, "$.lab.title.ko", "required field is missing"), errors.toString());
        assertTrue(has(errors, "$.lab.title.kr", "unknown field"), errors.toString());
    }

    @Test
    void aNewerLabVersionIsRefusedWithBothNumbers() throws IOException {
        List<String> errors = errors(lab().replace("\"version\": 1,\n    \"id\"", "\"version\": 2,\n    \"id\""));
        assertTrue(has(errors, "$.lab.version", "lab version 2, this one reads 1"), errors.toString());
    }

    @Test
    void anAssertionIsReadByThePolicyReaderAndItsErrorPlacedAtItsPath() throws IOException {
        List<String> errors = errors(lab().replace("\"to\": \"orders-db\",\n        \"protocol\": \"tcp\"",
                "\"to\": \"subnet-\",\n        \"protocol\": \"tcp\"").replaceFirst("\"expect\": \"reachable\"",
                "\"expect\": \"sometimes\""));
        assertTrue(has(errors, "$.lab.assertions[0]", "expect must be reachable or unreachable"), errors.toString());
    }

    @Test
    void unknownConstraintsAndDifficultiesAreNamed() throws IOException {
        List<String> errors = errors(lab().replace("\"kind\": \"no-world-open\"", "\"kind\": \"no-fun\"")
                .replace("\"difficulty\": \"beginner\"", "\"difficulty\": \"easy\""));
        assertTrue(has(errors, "$.lab.constraints[0].kind", "'no-fun' is not a lab constraint"), errors.toString());
        assertTrue(has(errors, "$.lab.difficulty", "'easy' is not a difficulty"), errors.toString());
    }

    @Test
    void aPlainDiagramIsNotALab() {
        Diagram d = LabFiles.read(LAB).diagram();
        List<String> errors = errors(DiagramWriter.toJson(d));
        assertTrue(has(errors, "$.lab", "this is a diagram, not a lab"), errors.toString());
    }

    @Test
    void anAttemptKeepsItsStartAndReadsBackEqual(@TempDir Path dir) throws IOException {
        LabFile shipped = LabFiles.read(LAB);
        LabFile solved = LabFiles.read(LabFiles.SOLUTIONS.resolve("nacl-ephemeral-return.json"));
        LabFile attempt = shipped.withDiagram(solved.diagram());
        Path file = dir.resolve("attempt.json");
        LabWriter.save(attempt, file);
        LabFile back = LabFiles.read(file);
        assertEquals(shipped.diagram(), back.start());
        assertEquals(solved.diagram(), back.diagram());
        assertTrue(Files.readString(file).contains("\"start\": {"));
        assertEquals(Files.readString(LAB), LabWriter.toJson(shipped), "an unchanged lab is written without a start");
    }
}
