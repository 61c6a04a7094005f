package io.hopscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --diff} on Terraform plans: a plan that adds an ssh rule opens tcp 22 from the
 * internet, a plan that deletes the database's ingress rule closes tcp 5432 from the web server;
 * the four formats tell the same story and the exit code is {@code check}'s on the planned network.
 */
class CheckDiffCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DIR = Path.of("src/test/resources/terraform");
    private static final String OPENS = DIR.resolve("diff-opens-ssh-plan.json").toString();
    private static final String CLOSES = DIR.resolve("diff-closes-postgres-plan.json").toString();
    private static final String POLICY = DIR.resolve("diff-policy.yaml").toString();

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HopscopeCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aNewSshRuleOpensPort22FromTheInternet() throws Exception {
        Run text = run("check", OPENS, "--policy", POLICY, "--diff");
        assertEquals(1, text.code(), "the ssh assertion fails after the change: " + text.err());
        assertTrue(text.out().contains("PASS  -> FAIL  ssh is closed from the internet  [broken]"), text.out());
        assertTrue(text.out().contains("PASS  -> PASS  https is open to the web server  [holds]"), text.out());
        assertTrue(text.out().matches("(?s).*opens\\s+UNREACHABLE\\s+REACHABLE\\s+internet .*203\\.0\\.113\\.80 tcp\\s+22\\s.*"),
                text.out());
        assertTrue(text.out().contains("1 opened, 0 closed, 0 changed; 1 assertion(s) broken by the change"), text.out());

        JsonNode json = JSON.readTree(run("check", OPENS, "--policy", POLICY, "--diff", "--format", "json").out());
        assertEquals(false, json.get("passed").asBoolean());
        assertEquals("broken", json.at("/assertions/0/status").asText());
        assertTrue(json.at("/assertions/0/before/holds").asBoolean());
        assertEquals(1, json.get("flows").size(), json.toString());
        JsonNode flow = json.at("/flows/0");
        assertEquals("opens", flow.get("change").asText());
        assertEquals("internet", flow.get("from").asText());
        assertEquals("eni-0d00000000000001", flow.get("to").asText());
        assertEquals("203.0.113.80", flow.get("destination").asText());
        assertEquals("[\"22\"]", flow.get("ports").toString());
        assertEquals("UNREACHABLE", flow.get("before").asText());
        assertEquals("REACHABLE", flow.get("after").asText());
        assertTrue(flow.get("addresses").toString().contains("\"8.0.0.0/7\""), "public addresses: " + flow);
        assertTrue(!flow.get("addresses").toString().contains("10.0.0.0/8"), "private addresses never come from the internet");
    }

    @Test
    void deletingTheDatabaseRuleClosesPostgresFromTheWebServer() throws Exception {
        JsonNode json = JSON.readTree(run("check", CLOSES, "--policy", POLICY, "--diff", "--format", "json").out());
        assertEquals("holds", json.at("/assertions/0/status").asText());
        assertEquals("broken", json.at("/assertions/1/status").asText());
        assertTrue(json.at("/assertions/1/after/counterexample").asText().contains("UNREACHABLE at sg-0d00000000000002"));
        assertEquals(1, json.get("flows").size(), json.toString());
        JsonNode flow = json.at("/flows/0");
        assertEquals("closes", flow.get("change").asText());
        assertEquals("web-1", flow.get("fromName").asText());
        assertEquals("[\"10.0.1.10/32\"]", flow.get("addresses").toString());
        assertEquals("10.0.2.10", flow.get("destination").asText());
        assertEquals("REACHABLE", flow.get("before").asText());
        assertEquals("UNREACHABLE", flow.get("after").asText());
    }

    @Test
    void junitAndSarifCarryTheSameVerdictsAndFlows() throws Exception {
        Run junit = run("check", CLOSES, "--policy", POLICY, "--diff", "--format", "junit");
        assertEquals(1, junit.code());
        assertTrue(junit.out().contains("tests=\"3\" failures=\"1\""), junit.out());
        assertTrue(junit.out().contains("<failure message=\"broken: tcp 5432"), junit.out());
        assertTrue(junit.out().contains("closes: tcp 5432 from web-1 10.0.1.10/32 to db-1 (eni-0d00000000000002) 10.0.2.10:"
                + " REACHABLE -&gt; UNREACHABLE"), junit.out());

        Run sarif = run("check", OPENS, "--policy", POLICY, "--diff", "--format", "sarif");
        assertEquals(1, sarif.code());
        JsonNode results = JSON.readTree(sarif.out()).at("/runs/0/results");
        assertEquals(2, results.size(), results.toString());
        assertEquals("hopscope/expect-unreachable", results.at("/0/ruleId").asText());
        assertEquals("error", results.at("/0/level").asText());
        assertEquals("hopscope/change-opens", results.at("/1/ruleId").asText());
        assertEquals("warning", results.at("/1/level").asText());
        assertEquals(2, results.at("/1/locations/0/physicalLocation/region/startLine").asInt(), "located at its assertion");
    }

    @Test
    void exitCodeIsThatOfTheCheckOnThePlannedNetwork() throws Exception {
        Path lenient = tmp.resolve("https.yaml");
        Files.writeString(lenient, "assertions:\n  - name: https is open\n    from: internet\n    to: web-1\n"
                + "    protocol: tcp\n    ports: \"443\"\n    expect: reachable\n");
        Run ok = run("check", OPENS, "--policy", lenient.toString(), "--diff");
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertTrue(ok.out().contains("No flow of the policy changes verdict."), ok.out());
    }

    @Test
    void aPlanThatCreatesTheNetworkOpensEverythingItAllows() throws Exception {
        Path policy = tmp.resolve("app-db.yaml");
        Files.writeString(policy, "assertions:\n  - name: app reaches db\n    from: app-1\n    to: db-1\n"
                + "    protocol: tcp\n    ports: \"5432\"\n    expect: reachable\n");
        Run r = run("check", DIR.resolve("v5-rules-endpoints-plan.json").toString(), "--policy", policy.toString(), "--diff",
                "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = JSON.readTree(r.out());
        assertEquals("new", json.at("/assertions/0/status").asText());
        assertTrue(json.at("/assertions/0/before").isNull());
        assertEquals("opens", json.at("/flows/0/change").asText());
        assertEquals("ABSENT", json.at("/flows/0/before").asText());
    }

    @Test
    void diffNeedsAPlanAndAMatchingSelector() throws Exception {
        Run state = run("check", "../shared/terraform-samples/infracost-modules-count-foreach-state-tf0.14.json", "--policy",
                POLICY, "--diff");
        assertEquals(2, state.code());
        assertTrue(state.err().contains("a diff needs a plan"), state.err());
        Run diagram = run("check", "diagrams/ec2-to-rds.json", "--policy", POLICY, "--diff");
        assertEquals(2, diagram.code());
        assertTrue(diagram.err().contains("--diff needs a Terraform plan"), diagram.err());
        Path typo = tmp.resolve("typo.yaml");
        Files.writeString(typo, "assertions:\n  - name: x\n    from: internet\n    to: web-2\n    expect: unreachable\n");
        Run bad = run("check", OPENS, "--policy", typo.toString(), "--diff");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains(typo + ":2:5: assertion 'x'"), bad.err());
    }
}
