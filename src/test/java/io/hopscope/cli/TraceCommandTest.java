package io.hopscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trace command on conformance scenarios: text and JSON per the CLI contract, exit codes 0 and 2. */
class TraceCommandTest {
    private static final Path NACL_RETURN = Path.of("..", "shared", "conformance", "02-nacl-return-only-3306", "aws");

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = HopscopeCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void textShowsVerdictPerDirectionHopMarksAndDefaultSourcePort() {
        Run r = run("trace", NACL_RETURN.toString(), "--from", "i-02000000000000010", "--to", "orders-db", "--port", "3306");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Request: ALLOW"), r.out());
        assertTrue(r.out().contains("Reply:   DENY (blocked at acl-02000000000000017)"), r.out());
        assertTrue(r.out().contains("Source port 40000 (linux client default"), r.out());
        assertTrue(r.out().contains("\u2717 DENY      network-acl acl-02000000000000017"), r.out());
        assertTrue(r.out().contains("\u2713 TRACKED"), r.out());
        assertTrue(r.out().contains("fix: Add outbound rule"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void jsonUsesTheContractFieldNames() throws Exception {
        Run r = run("trace", NACL_RETURN.toString(), "--from", "i-02000000000000010", "--to", "orders-db",
                "--protocol", "tcp", "--port", "3306", "--source-port", "50000", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("i-02000000000000010", root.at("/query/from").asText());
        assertEquals(50000, root.at("/query/sourcePort").asInt());
        assertEquals("10.0.2.45", root.at("/query/destinationIp").asText());
        assertTrue(root.has("reachable"));
        assertEquals(false, root.get("reachable").asBoolean());
        assertEquals("ALLOW", root.at("/forward/verdict").asText());
        assertTrue(root.at("/forward/blockedAt").isNull());
        JsonNode first = root.at("/forward/hops/0");
        assertEquals("security-group", first.get("type").asText());
        assertEquals("egress", first.get("direction").asText());
        assertEquals(50000, first.at("/packet/srcPort").asInt());
        assertEquals(3306, first.at("/packet/dstPort").asInt());
        for (String f : new String[] {"component", "name", "verdict", "rule", "code", "explanation"}) {
            assertTrue(first.has(f), f);
        }
        assertEquals("DENY", root.at("/return/verdict").asText());
        assertEquals("acl-02000000000000017", root.at("/return/blockedAt").asText());
        JsonNode denied = root.at("/return/hops/1");
        assertEquals("*", denied.get("rule").asText());
        assertEquals("SUBNET_ACL_RESTRICTION", denied.get("code").asText());
    }

    @Test
    void droppedRequestHasNullReturn() throws Exception {
        Path dir = Path.of("..", "shared", "conformance", "05-custom-nacl-default-deny", "aws");
        Run r = run("trace", dir.toString(), "--from", "i-05000000000000010", "--to", "orders-db", "--port", "3306",
                "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("DENY", root.at("/forward/verdict").asText());
        assertTrue(root.get("return").isNull());
    }

    @Test
    void unknownReferenceExitsTwoWithOneLineNamingIt() {
        Run r = run("trace", NACL_RETURN.toString(), "--from", "i-02000000000000010", "--to", "no-such-db", "--port", "3306");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("no-such-db"), r.err());
    }

    @Test
    void tracesADiagramFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("two-tier.hopscope.json");
        io.hopscope.io.format.DiagramWriter.save(new io.hopscope.diagram.Diagram("two tier", "",
                io.hopscope.testing.engine.TwoTier.base().build(), null), file);
        Run r = run("trace", file.toString(), "--from", "web-1", "--to", "db-1", "--port", "3306", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertTrue(root.get("reachable").asBoolean(), r.out());
        assertEquals("sg-db", root.at("/forward/hops/4/component").asText());
        Run text = run("trace", file.toString(), "--from", "203.0.113.10", "--to", "db-1", "--port", "3306");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("Request: DENY (blocked at igw-1)"), text.out());
    }

    @Test
    void missingModelExitsTwoNamingTheFile() {
        Run r = run("trace", "no/such/model.json", "--from", "a", "--to", "b", "--port", "1");
        assertEquals(2, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("no/such/model.json"), r.err());
    }

    @Test
    void missingRequiredOptionIsOneStderrLine() {
        Run r = run("trace", NACL_RETURN.toString(), "--to", "orders-db");
        assertEquals(2, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("--from"), r.err());
    }

    @Test
    void badProtocolAndAddressAreInputErrors() {
        Run r = run("trace", NACL_RETURN.toString(), "--from", "x", "--to", "y", "--protocol", "smtp");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--protocol"), r.err());
        Run ip = run("trace", NACL_RETURN.toString(), "--from", "x", "--to", "y", "--destination-ip", "10.0.0.300");
        assertEquals(2, ip.exit());
        assertTrue(ip.err().contains("--destination-ip"), ip.err());
    }
}
