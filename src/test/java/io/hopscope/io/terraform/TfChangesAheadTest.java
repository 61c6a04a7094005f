package io.hopscope.io.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.io.terraform.TfTopLevel.Member;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a plan's changes on a second thread gives the very document one pass gives, and a bad
 * file the very refusal: every sample and fixture, a generated plan, and files broken before,
 * inside and after the changes are read both ways (a threshold of 0 bytes forces the second thread).
 */
class TfChangesAheadTest {

    private static final String PLAN = """
            {"format_version": "1.2", "terraform_version": "1.7.5",
             "planned_values": {"root_module": {"resources": [
               {"address": "aws_vpc.main", "type": "aws_vpc", "name": "main", "values": {"cidr_block": "10.0.0.0/16"}}]}},
             "resource_changes": [
               {"address": "aws_vpc.main", "change": {"actions": ["create"], "before": null,
                "after": {"cidr_block": "10.0.0.0/16", "tags": {"Name": "a \\"quoted\\" ]} name\\\\"}},
                "after_unknown": {"id": true, "arn": true}}}],
             "output_changes": {},
             "prior_state": {"values": {"root_module": {"resources": []}}},
             "configuration": {"provider_config": {"aws": {"expressions": {"region": {"constant_value": "eu-west-1"}}}}}}
            """;

    @TempDir
    Path dir;

    @Test
    void everySampleAndFixtureReadsAsInOnePass() throws Exception {
        List<Path> files;
        try (Stream<Path> shared = Files.list(Path.of("../shared/terraform-samples"));
             Stream<Path> fixtures = Files.list(Path.of("src/test/resources/terraform"))) {
            files = Stream.concat(shared, fixtures).filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            assertNotNull(TfTopLevel.members(Files.readAllBytes(f)), f + " is a plain object");
            assertSame(onePass(f), ahead(f), f.toString());
        }
    }

    @Test
    void aGeneratedPlanReadsAsInOnePass() throws Exception {
        Path plan = dir.resolve("plan.json");
        TerraformPlanGenerator.write(plan, 1);
        TfDocument doc = ahead(plan);
        assertSame(onePass(plan), doc, plan.toString());
        assertTrue(doc.planned().stream().anyMatch(r -> r.unknown() != null), "the changes' masks were joined");
    }

    @Test
    void membersAreFoundAcrossEscapedQuotesAndBrackets() {
        byte[] json = PLAN.getBytes(StandardCharsets.UTF_8);
        List<Member> members = TfTopLevel.members(json);
        assertNotNull(members);
        assertEquals(List.of("format_version", "terraform_version", "planned_values", "resource_changes", "output_changes",
                "prior_state", "configuration"), members.stream().map(Member::name).toList());
        Member changes = members.get(3);
        String text = new String(json, (int) changes.start(), (int) (changes.end() - changes.start()), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("[") && text.endsWith("]"), text);
        assertEquals("\"1.2\"", new String(json, (int) members.get(0).start(), 5, StandardCharsets.UTF_8));
    }

    @Test
    void aFileIsScannedThroughItsWindowAsInMemory() throws Exception {
        // An escaped quote, an escaped backslash and a bracket in a string at every place around the
        // first window boundaries (64 KiB), and a whole generated plan.
        for (int shift = 0; shift < 8; shift++) {
            String padding = "x".repeat(64 * 1024 - 12 + shift);
            String json = "{\"a\": \"" + padding + "\\\"]\\\\\", \"b\": [\"" + padding + "}\\\"\"], \"c\": 1.5e3 }";
            assertWindowed(json.getBytes(StandardCharsets.UTF_8), 3);
        }
        Path plan = dir.resolve("plan.json");
        TerraformPlanGenerator.write(plan, 1);
        assertWindowed(Files.readAllBytes(plan), 5);
    }

    private void assertWindowed(byte[] json, int count) throws IOException {
        Path f = Files.write(dir.resolve("windowed.json"), json);
        List<Member> inMemory = TfTopLevel.members(json);
        assertNotNull(inMemory);
        assertEquals(count, inMemory.size());
        try (FileChannel channel = FileChannel.open(f)) {
            assertEquals(inMemory, TfTopLevel.members(channel, channel.size()));
        }
    }

    @Test
    void theChangesParsedOnTheScansWayEndWhereScanningThemEnds() throws Exception {
        Path generated = dir.resolve("generated.json");
        TerraformPlanGenerator.write(generated, 1);
        Path small = Files.writeString(dir.resolve("small.json"), PLAN);
        List<Path> files;
        try (Stream<Path> shared = Files.list(Path.of("../shared/terraform-samples"))) {
            files = Stream.concat(shared, Stream.of(generated, small)).filter(f -> f.toString().endsWith(".json")).toList();
        }
        int plans = 0;
        for (Path f : files) {
            List<Member> scanned = TfTopLevel.members(Files.readAllBytes(f));
            Member changes = scanned.stream().filter(m -> m.name().equals("resource_changes")).findFirst().orElse(null);
            if (changes == null) {
                continue;
            }
            plans++;
            try (TfChangesAhead ahead = TfChangesAhead.startIfWorthIt(f, TfJsonReader.MAX_BYTES, 0)) {
                assertEquals(scanned.subList(scanned.indexOf(changes) + 1, scanned.size()),
                        ahead.membersAfterChanges(changes.start()), f.toString());
                assertFalse(ahead.unknownByAddress().isEmpty(), f + ": the masks were read");
            }
        }
        assertTrue(plans >= 3, "plans among the files: " + plans);
    }

    @Test
    void aFileThatIsNotAPlainObjectHasNoMembers() {
        for (String json : List.of("[1]", "{\"a\": 1, \"a\": 2}", "{\"a\": 1 x \"b\": 2}", "{\"a\": [1, 2}",
                "{\"a\": \"open}", "{\"a\\u0062\": 1}", "{\"a\": }", "")) {
            assertNull(TfTopLevel.members(json.getBytes(StandardCharsets.UTF_8)), json);
        }
        assertEquals(List.of(), TfTopLevel.members(" { } ".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aBrokenPlanIsRefusedAsInOnePass() throws Exception {
        List<String> broken = List.of(
                // inside the changes: malformed, a wrong type, a duplicate key
                PLAN.replace("\"actions\": [\"create\"]", "\"actions\": [\"create\" \"x\"]"),
                PLAN.replace("{\"address\": \"aws_vpc.main\", \"change\"", "{\"address\": 7, \"change\""),
                PLAN.replace("\"before\": null", "\"before\": null, \"before\": 1"),
                // after them: malformed skipped output, a wrong prior state, configuration nested too deep
                PLAN.replace("\"output_changes\": {}", "\"output_changes\": {\"a\": tru}"),
                PLAN.replace("\"prior_state\": {\"values\"", "\"prior_state\": {\"values\": 3, \"x\""),
                PLAN.replace("\"provider_config\": {", "\"deep\": " + "[".repeat(199) + "]".repeat(199) + ", \"provider_config\": {"),
                // before them, and around them: a wrong format, a duplicate top-level key, trailing garbage
                PLAN.replace("\"format_version\": \"1.2\"", "\"format_version\": 1.2"),
                PLAN.replace("\"output_changes\": {}", "\"output_changes\": {}, \"resource_changes\": []"),
                PLAN.replace("\"output_changes\": {},", "\"output_changes\": {} ,,"));
        for (int i = 0; i < broken.size(); i++) {
            Path f = dir.resolve("broken-" + i + ".json");
            Files.writeString(f, broken.get(i));
            TfInputException one = assertThrows(TfInputException.class, () -> onePass(f), broken.get(i));
            TfInputException two = assertThrows(TfInputException.class, () -> ahead(f), broken.get(i));
            assertEquals(one.getMessage(), two.getMessage());
        }
    }

    @Test
    void nestingAtTheLimitIsReadAsInOnePass() throws Exception {
        // 198 arrays inside configuration are 200 levels with the top-level object: the limit itself.
        Path f = dir.resolve("deep.json");
        Files.writeString(f, PLAN.replace("\"provider_config\": {",
                "\"deep\": " + "[".repeat(198) + "]".repeat(198) + ", \"provider_config\": {"));
        assertSame(onePass(f), ahead(f), f.toString());
    }

    /** Field by field: a resource is equal only to itself ({@link TfResource#equals}). */
    private static void assertSame(TfDocument expected, TfDocument actual, String file) {
        assertEquals(List.of(expected.file(), expected.plan(), expected.formatVersion(), String.valueOf(expected.terraformVersion()),
                String.valueOf(expected.configuration())), List.of(actual.file(), actual.plan(), actual.formatVersion(),
                String.valueOf(actual.terraformVersion()), String.valueOf(actual.configuration())), file);
        assertEquals(fields(expected.planned()), fields(actual.planned()), file);
        assertEquals(fields(expected.prior()), fields(actual.prior()), file);
    }

    private static List<List<Object>> fields(List<TfResource> resources) {
        return resources.stream().map(r -> List.<Object>of(r.address(), r.text(), r.values(), r.unknown(), r.path(),
                String.valueOf(r.provider()))).toList();
    }

    private static TfDocument onePass(Path f) throws IOException, TfInputException {
        return TfJsonReader.read(f, TfJsonReader.MAX_BYTES, Integer.MAX_VALUE);
    }

    private static TfDocument ahead(Path f) throws IOException, TfInputException {
        return TfJsonReader.read(f, TfJsonReader.MAX_BYTES, 0);
    }
}
