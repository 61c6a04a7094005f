package io.hopscope.io.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan large enough for the second thread to read the instances' tags ahead: the tags are the
 * ones the mapping reads itself, and a malformed one is refused by the mapping, as on one thread.
 */
class TfTagsAheadTest {

    @TempDir
    Path dir;

    @Test
    void aMalformedTagSetIsRefusedAsOnOneThread() throws Exception {
        Path plan = dir.resolve("plan.json");
        TerraformPlanGenerator.write(plan, 10);
        ObjectMapper json = new ObjectMapper();
        JsonNode root = json.readTree(plan.toFile());
        List<ObjectNode> instances = new ArrayList<>();
        collectInstances(root.path("planned_values"), instances);
        assertTrue(instances.size() >= TfHashes.MIN_RESOURCES / 2, "large enough for the tags to be read ahead");
        ObjectNode last = instances.get(instances.size() - 1);
        ((ObjectNode) last.get("values")).put("tags", 5);
        json.writeValue(plan.toFile(), root);

        TfInputException e = assertThrows(TfInputException.class, () -> TerraformImporter.importFile(plan, false));
        assertTrue(e.getMessage().endsWith(".values.tags: expected an object, found a number"), e.getMessage());
        assertTrue(e.getMessage().startsWith("$.planned_values."), e.getMessage());
    }

    @Test
    void theTagsReadAheadAreTheInstancesOwn() throws Exception {
        Path plan = dir.resolve("plan.json");
        TerraformPlanGenerator.write(plan, 10);
        TerraformImport imported = TerraformImporter.importFile(plan, false);
        assertEquals(10 * TerraformPlanGenerator.INSTANCES, imported.model().workloads().size());
        // Each instance is named by its own Name tag, whichever thread read it.
        imported.model().workloads().forEach(w -> assertTrue(w.name() != null && !w.name().isBlank(), w.id()));
        assertEquals(imported.model().workloads().size(),
                imported.model().workloads().stream().map(w -> w.name()).distinct().count(), "every name its own");
    }

    private static void collectInstances(JsonNode node, List<ObjectNode> out) {
        if (node.isObject() && "aws_instance".equals(node.path("type").asText()) && node.path("values").isObject()
                && !"data".equals(node.path("mode").asText())) {
            out.add((ObjectNode) node);
        }
        for (JsonNode child : node) {
            collectInstances(child, out);
        }
    }
}
