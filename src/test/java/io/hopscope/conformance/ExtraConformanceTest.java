package io.hopscope.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The red-team scenarios in src/test/resources/conformance-extra: the same format as the shared
 * conformance suite (numbered in the gaps it leaves, so the numbers may meet the held-back scenarios
 * one day; ids are only required unique here), each case derived from a rulebook section and checked
 * by the very same harness, {@link ConformanceTest#runCase}.
 */
class ExtraConformanceTest {
    static final Path ROOT = Path.of("src", "test", "resources", "conformance-extra");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    List<DynamicNode> everyExtraConformanceCase() throws IOException {
        JsonNode index = JSON.readTree(ROOT.resolve("index.json").toFile());
        List<DynamicNode> scenarios = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode s : index) {
            String name = s.get("scenario").asText();
            Path dir = ROOT.resolve(name);
            JsonNode cases = JSON.readTree(dir.resolve("cases.json").toFile());
            assertEquals(s.get("cases").asInt(), cases.size(), name + " case count");
            List<DynamicTest> tests = new ArrayList<>();
            for (JsonNode c : cases) {
                String id = c.get("id").asText();
                assertTrue(ids.add(id), "duplicate case id " + id);
                assertTrue(id.startsWith(name.substring(0, 3)), id + " is numbered after its scenario");
                tests.add(DynamicTest.dynamicTest(id, () -> ConformanceTest.runCase(AwsModels.load(dir.resolve("aws")), c)));
            }
            scenarios.add(DynamicContainer.dynamicContainer(name, tests));
        }
        assertTrue(scenarios.size() >= 20 && ids.size() >= 50, scenarios.size() + " scenarios, " + ids.size() + " cases");
        return scenarios;
    }
}
