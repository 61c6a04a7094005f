package io.hopscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** exposure, matrix and check through the command line: formats, exit codes, shards, bad input. */
class ReachCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String THREE_TIER = "diagrams/three-tier.json";

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HopscopeCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void matrixShardsConcatenateToTheWholeAnswer() {
        Run whole = run("matrix", THREE_TIER, "--protocol", "tcp", "--port", "443", "--format", "csv");
        assertEquals(0, whole.code, whole.err);
        StringBuilder joined = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            Run part = run("matrix", THREE_TIER, "--protocol", "tcp", "--port", "443", "--format", "csv", "--shard", i + "/3");
            assertEquals(0, part.code, part.err);
            joined.append(part.out);
        }
        assertEquals(whole.out, joined.toString());
        assertTrue(whole.out.startsWith("from,from_name,to,to_name,verdict,blocked_at\n"));
        int cells = whole.out.split("\n").length - 1;
        int side = (int) Math.round(Math.sqrt(cells));
        assertTrue(side >= 4 && side * side == cells, "one line per cell of n x n interfaces: " + cells);
    }

    @Test
    void exposureShardsConcatenateToTheWholeAnswer() {
        Run whole = run("exposure", THREE_TIER, "--to", "all", "--protocol", "tcp", "--format", "csv");
        assertEquals(0, whole.code, whole.err);
        StringBuilder joined = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            Run part = run("exposure", THREE_TIER, "--to", "all", "--protocol", "tcp", "--format", "csv", "--shard", i + "/4");
            assertEquals(0, part.code, part.err);
            joined.append(part.out);
        }
        assertEquals(whole.out, joined.toString());
    }

    @Test
    void exposureJsonFollowsTheContract() throws IOException {
        Run r = run("exposure", "diagrams/ec2-to-rds.json", "--to", "orders-db", "--format", "json");
        assertEquals(0, r.code, r.err);
        JsonNode t = JSON.readTree(r.out).get("targets").get(0);
        assertEquals("orders-db", t.get("name").asText());
        JsonNode row = t.get("reachableFrom").get(0);
        assertEquals("tcp", row.get("protocol").asText());
        assertEquals("3306", row.get("ports").get(0).asText());
        assertEquals("REACHABLE", row.get("verdict").asText());
        assertTrue(row.get("allowedBy").size() >= 2, row.toString());
        for (JsonNode x : t.get("reachableFrom")) {
            assertTrue(!x.get("source").asText().equals("internet"), "orders-db is private: " + x);
        }
    }

    @Test
    void checkExitCodesAndReports(@TempDir Path dir) throws IOException {
        Run ok = run("check", "diagrams/ec2-to-rds.json", "--policy", "diagrams/ec2-to-rds.policy.yaml");
        assertEquals(0, ok.code, ok.out + ok.err);
        Run failed = run("check", "diagrams/ec2-to-rds-broken-return.json", "--policy", "diagrams/ec2-to-rds.policy.yaml",
                "--format", "sarif");
        assertEquals(1, failed.code, failed.err);
        JsonNode sarif = JSON.readTree(failed.out);
        assertEquals("2.1.0", sarif.get("version").asText());
        JsonNode result = sarif.get("runs").get(0).get("results").get(0);
        assertTrue(result.get("message").get("text").asText().contains("counterexample"), result.toString());
        assertTrue(result.at("/locations/0/physicalLocation/region/startLine").asInt() > 1);
        Run junit = run("check", "diagrams/ec2-to-rds-broken-return.json", "--policy", "diagrams/ec2-to-rds.policy.yaml",
                "--format", "junit");
        assertEquals(1, junit.code);
        assertTrue(junit.out.contains("<testsuite") && junit.out.contains("<failure"), junit.out);
        Run json = run("check", "diagrams/ec2-to-rds.json", "--policy", "diagrams/ec2-to-rds.policy.yaml", "--format", "json");
        assertTrue(JSON.readTree(json.out).get("passed").asBoolean());

        Path typo = dir.resolve("typo.yaml");
        Files.writeString(typo, "assertions:\n  - name: x\n    from: internet\n    to: orders-dbb\n    expect: unreachable\n");
        Run bad = run("check", "diagrams/ec2-to-rds.json", "--policy", typo.toString());
        assertEquals(2, bad.code);
        assertTrue(bad.err.contains("orders-dbb") && bad.err.contains(":2:"), bad.err);
        assertEquals("", bad.out);

        Path nothing = dir.resolve("nothing.yaml");
        Files.writeString(nothing, "assertions:\n  - name: x\n    from: internet\n    to: tag:Tier=none\n    expect: unreachable\n");
        Run empty = run("check", "diagrams/ec2-to-rds.json", "--policy", nothing.toString());
        assertEquals(2, empty.code);
        assertTrue(empty.err.contains("matches nothing"), empty.err);

        Path key = dir.resolve("key.yaml");
        Files.writeString(key, "assertions:\n  - name: x\n    form: internet\n    to: all\n    expect: unreachable\n");
        Run unknown = run("check", "diagrams/ec2-to-rds.json", "--policy", key.toString());
        assertEquals(2, unknown.code);
        assertTrue(unknown.err.contains(":3:5: unknown key 'form'"), unknown.err);

        Path big = dir.resolve("big.yaml");
        Files.write(big, new byte[10 * 1024 * 1024]);
        Run huge = run("check", "diagrams/ec2-to-rds.json", "--policy", big.toString());
        assertEquals(2, huge.code);
        assertTrue(huge.err.startsWith("error: ") && huge.err.lines().count() == 1, huge.err);
    }

    @Test
    void badSelectorsAndOptionsAreInputErrors() {
        Run r = run("exposure", THREE_TIER, "--to", "sgg:app-sg");
        assertEquals(2, r.code);
        assertTrue(r.err.contains("sgg:app-sg"), r.err);
        assertEquals(2, run("matrix", THREE_TIER, "--protocol", "tcp").code, "a port is needed");
        assertEquals(2, run("matrix", THREE_TIER, "--protocol", "tcp", "--port", "70000").code);
        assertEquals(2, run("matrix", THREE_TIER, "--protocol", "tcp", "--port", "1", "--shard", "4/3").code);
        assertEquals(2, run("exposure", THREE_TIER, "--to", "all", "--ports", "99999", "--protocol", "tcp").code);
        assertEquals(2, run("exposure", THREE_TIER, "--to", "all", "--format", "xml").code);
    }
}
