package io.hopscope.io.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User data is skipped unread, yet a plan imports exactly as it does without it, and a broken one is still refused. */
class TfUnreadValuesTest {

    @TempDir
    Path dir;

    @Test
    void userDataChangesNothingInTheImport() throws Exception {
        Path with = Files.createDirectories(dir.resolve("with")).resolve("plan.json");
        TerraformPlanGenerator.write(with, 1);
        ObjectMapper json = new ObjectMapper();
        JsonNode tree = json.readTree(with.toFile());
        int[] stripped = {0};
        strip(tree.path("planned_values").path("root_module"), stripped);
        assertTrue(stripped[0] >= TerraformPlanGenerator.INSTANCES, "the generated plan carries user data");
        Path without = Files.createDirectories(dir.resolve("without")).resolve("plan.json");
        json.writeValue(without.toFile(), tree);

        TfDocument doc = TfJsonReader.read(with);
        assertTrue(doc.planned().stream().noneMatch(r -> r.values().has("user_data_base64") || r.values().has("user_data")));
        TerraformImport a = TerraformImporter.importFile(with, false);
        TerraformImport b = TerraformImporter.importFile(without, false);
        assertEquals(b.model(), a.model());
        assertEquals(b.problems(), a.problems());
        assertFalse(a.model().workloads().isEmpty());
    }

    @Test
    void brokenJsonInsideSkippedUserDataIsStillRefused() throws Exception {
        Path plan = dir.resolve("broken.json");
        Files.writeString(plan, """
                {"format_version": "1.2", "planned_values": {"root_module": {"resources": [
                  {"address": "aws_instance.a", "type": "aws_instance", "name": "a",
                   "values": {"user_data_base64": {"x": 1, "x": 2}}}]}}}
                """);
        TfInputException e = assertThrows(TfInputException.class, () -> TfJsonReader.read(plan));
        assertTrue(e.getMessage().contains("Duplicate field 'x'"), e.getMessage());
    }

    private static void strip(JsonNode module, int[] count) {
        for (JsonNode r : module.path("resources")) {
            if (r.path("values") instanceof ObjectNode v) {
                count[0] += v.remove("user_data_base64") != null ? 1 : 0;
                v.remove("user_data");
            }
        }
        for (JsonNode child : module.path("child_modules")) {
            strip(child, count);
        }
    }
}
