package io.hopscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** trace, import, validate and render on Terraform JSON; bad Terraform input exits 2, names file and JSON path, writes nothing. */
class TerraformCommandsTest {
    private static final Path FIXTURES = Path.of("src/test/resources/terraform");
    private static final Path SAMPLES = Path.of("../shared/terraform-samples");

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = HopscopeCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void traceOfAPlanSaysWhichValuesArePlaceholders() {
        Run r = run("trace", FIXTURES.resolve("v5-rules-endpoints-plan.json").toString(), "--from", "app-1", "--to", "db-1",
                "--port", "5432");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Verdict:   REACHABLE"), r.out());
        assertTrue(r.out().contains("10.0.1.4  private address, assigned at apply of aws_instance.app"), r.out());
        Run json = run("trace", FIXTURES.resolve("v5-rules-endpoints-plan.json").toString(), "--from", "app-1", "--to", "db-1",
                "--port", "5432", "--format", "json");
        assertTrue(json.out().contains("\"placeholders\""), json.out());
        assertTrue(json.out().contains("\"address\" : \"aws_vpc_security_group_ingress_rule.db_from_app\"")
                || json.out().contains("\"address\" : \"aws_security_group.db\""), json.out());
    }

    @Test
    void beforeTracesThePriorStateOfAPlan() {
        Path plan = FIXTURES.resolve("v5-rules-endpoints-plan.json");
        Run r = run("trace", plan.toString(), "--before", "--from", "10.0.1.9", "--to", "10.0.1.20", "--port", "22");
        assertEquals(2, r.exit(), "the prior state has the VPC but no workload: " + r.out());
        assertTrue(r.err().contains("in the model"), r.err());
        Run state = run("trace", SAMPLES.resolve("infracost-modules-count-foreach-state-tf0.14.json").toString(), "--before",
                "--from", "a", "--to", "b", "--port", "1");
        assertEquals(2, state.exit());
        assertTrue(state.err().contains("--before needs a plan"), state.err());
    }

    @Test
    void aPlanWithMorePublicAddressesThanTestNet2HoldsImportsToADiagramThatOpensAgain() throws Exception {
        // One generated VPC asks for about 390 public addresses at apply; 198.51.100.0/24 has 245 to give.
        Path plan = tmp.resolve("large-plan.json");
        io.hopscope.io.terraform.TerraformPlanGenerator.write(plan, 1);
        Path out = tmp.resolve("large-plan.hopscope.json");
        Run r = run("import", plan.toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        Run validate = run("validate", out.toString());
        assertEquals(0, validate.exit(), validate.err() + validate.out());
        String diagram = Files.readString(out);
        assertTrue(diagram.contains("\"198.51.100.254\""), "the documentation block is used first");
        assertTrue(diagram.contains("\"198.18.0.10\""), "then the benchmarking block");
        Run trace = run("trace", out.toString(), "--from", "198.18.0.10", "--to", "198.51.100.10", "--port", "22");
        assertEquals(0, trace.exit(), trace.err());
    }

    @Test
    void importLaysOutAPlanAndTheDiagramTracesAsThePlanDoes() throws Exception {
        Path out = tmp.resolve("plan.json");
        Path plan = SAMPLES.resolve("checkov-terragoat-plan-tf0.12.json");
        Run r = run("import", plan.toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("aws_s3_bucket.data: skipped"), "skipped resources are listed with their address");
        assertEquals(0, run("validate", out.toString()).exit());
        assertEquals(0, run("validate", plan.toString()).exit());
        Path nacl = SAMPLES.resolve("tfcompliance-nacl-module-count-plan-tf1.0.json");
        Path naclDiagram = tmp.resolve("nacl.json");
        assertEquals(0, run("import", nacl.toString(), "-o", naclDiagram.toString()).exit());
        assertTrue(Files.readString(naclDiagram).contains("\"ruleSets\""), "unknown rule sets are kept in the diagram");
        Path svg = tmp.resolve("plan.svg");
        assertEquals(0, run("render", plan.toString(), "-o", svg.toString()).exit());
        assertTrue(Files.size(svg) > 0);
    }

    @Test
    void neitherPlanNorState() throws Exception {
        assertRefused(write("{\"format_version\": \"1.0\", \"variables\": {}}"), "$: neither a Terraform plan nor a state");
    }

    @Test
    void unsupportedFormatVersion() throws Exception {
        assertRefused(write("{\"format_version\": \"2.0\", \"values\": {\"root_module\": {}}}"),
                "$.format_version: '2.0' is not a format this Hopscope reads");
    }

    @Test
    void planOfAnotherProviderOnly() throws Exception {
        assertRefused(write("{\"format_version\": \"1.2\", \"planned_values\": {\"root_module\": {\"resources\": ["
                + "{\"address\": \"google_compute_network.vpc\", \"mode\": \"managed\", \"type\": \"google_compute_network\","
                + " \"name\": \"vpc\", \"provider_name\": \"registry.terraform.io/hashicorp/google\", \"values\": {}}]}}}"),
                "no resource of the AWS provider (found only registry.terraform.io/hashicorp/google)");
    }

    @Test
    void wrongTypeNamesItsJsonPath() throws Exception {
        assertRefused(write("{\"format_version\": \"1.0\", \"values\": {\"root_module\": {\"resources\": ["
                + "{\"address\": \"aws_vpc.main\", \"mode\": \"managed\", \"type\": \"aws_vpc\", \"name\": \"main\","
                + " \"values\": {\"id\": \"vpc-1\", \"cidr_block\": 42}}]}}}"),
                "$.values.root_module.resources[0].values.cidr_block: expected a string, found a number");
    }

    @Test
    void cyclicModuleReferences() throws Exception {
        String subnet = "{\"address\": \"module.a.aws_subnet.s\", \"mode\": \"managed\", \"type\": \"aws_subnet\", \"name\": \"s\","
                + " \"values\": {\"cidr_block\": \"10.0.1.0/24\"}}";
        String vpc = "{\"address\": \"aws_vpc.v\", \"mode\": \"managed\", \"type\": \"aws_vpc\", \"name\": \"v\","
                + " \"values\": {\"cidr_block\": \"10.0.0.0/16\"}}";
        String module = "{\"outputs\": {\"out\": {\"expression\": {\"references\": [\"var.x\"]}}}, \"resources\": [%s]}";
        String config = "{\"root_module\": {\"module_calls\": {"
                + "\"a\": {\"expressions\": {\"x\": {\"references\": [\"module.b.out\"]}}, \"module\": "
                + String.format(module, "{\"address\": \"aws_subnet.s\", \"type\": \"aws_subnet\", \"expressions\":"
                        + " {\"vpc_id\": {\"references\": [\"var.x\"]}}}") + "},"
                + "\"b\": {\"expressions\": {\"x\": {\"references\": [\"module.a.out\"]}}, \"module\": "
                + String.format(module, "") + "}}}}";
        Path f = write("{\"format_version\": \"1.2\", \"planned_values\": {\"root_module\": {\"resources\": [" + vpc + "],"
                + " \"child_modules\": [{\"resources\": [" + subnet + "]}]}}, \"resource_changes\": [{\"address\":"
                + " \"module.a.aws_subnet.s\", \"change\": {\"actions\": [\"create\"], \"after_unknown\": {\"vpc_id\": true}}}],"
                + " \"configuration\": " + config + "}");
        assertRefused(f, "$.configuration: cyclic module references");
    }

    @Test
    void planOver64MegabytesIsRefusedBeforeReading() throws Exception {
        Path f = tmp.resolve("huge-plan.json");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.write("{\"format_version\": \"1.2\", \"planned_values\": ".getBytes(StandardCharsets.UTF_8));
            raf.setLength(100L * 1024 * 1024);
        }
        assertRefused(f, "is 100 MB, over the 64 MB limit for Terraform JSON");
    }

    private Path write(String json) throws Exception {
        Path f = Files.createTempFile(tmp, "plan", ".json");
        Files.writeString(f, json);
        return f;
    }

    private void assertRefused(Path file, String message) {
        Path out = tmp.resolve("never-written.json");
        for (String[] args : new String[][] {
            {"import", file.toString(), "-o", out.toString()},
            {"trace", file.toString(), "--from", "a", "--to", "b", "--port", "22"},
            {"validate", file.toString()}}) {
            Run r = run(args);
            assertEquals(2, r.exit(), args[0] + ": " + r.err());
            assertTrue(r.err().contains(file.toString()), args[0] + " names the file: " + r.err());
            assertTrue(r.err().contains(message), args[0] + ": " + r.err());
            assertFalse(Files.exists(out), "nothing written");
        }
    }
}
