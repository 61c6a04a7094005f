package io.hopscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contract v2 on the command line: verdict, sourcePorts, translatedPorts and --client-profile. */
class TracePortRangeCommandTest {
    private static final Path WINDOWS = Path.of("..", "shared", "conformance-v2", "80-windows-client-linux-only-nacl", "aws");
    private static final Path NAT = Path.of("..", "shared", "conformance-v2", "81-nat-remap-vs-nacl-32768", "aws");

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = HopscopeCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static JsonNode json(Run r) throws Exception {
        assertEquals(0, r.exit(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void windowsClientAgainstALinuxOnlyReturnRuleIsPortDependentWithTheSplittingNacl() throws Exception {
        JsonNode root = json(run("trace", WINDOWS.toString(), "--from", "i-80000000000000013", "--to", "orders-db",
                "--port", "3306", "--format", "json"));
        assertEquals("PORT_DEPENDENT", root.get("verdict").asText());
        assertTrue(root.get("reachable").asBoolean(), "the shown packet (port 50000) gets through");
        assertEquals("windows", root.at("/sourcePorts/profile").asText());
        assertEquals("49152-65535", root.at("/sourcePorts/range").asText());
        assertEquals("49152-61000", root.at("/sourcePorts/working/0").asText());
        assertEquals("61001-65535", root.at("/sourcePorts/failing/0").asText());
        assertEquals("acl-8000000000000000e", root.at("/sourcePorts/decidedAt").asText());
        assertTrue(root.path("translatedPorts").isMissingNode(), "no NAT on the path");
    }

    @Test
    void clientProfileOverridesThePlatformAndAPinnedPortNarrowsTheRangeToItself() throws Exception {
        JsonNode linux = json(run("trace", WINDOWS.toString(), "--from", "i-80000000000000013", "--to", "orders-db",
                "--port", "3306", "--client-profile", "linux", "--format", "json"));
        assertEquals("REACHABLE", linux.get("verdict").asText());
        assertEquals("linux", linux.at("/sourcePorts/profile").asText());
        JsonNode pinned = json(run("trace", WINDOWS.toString(), "--from", "i-80000000000000013", "--to", "orders-db",
                "--port", "3306", "--source-port", "62000", "--format", "json"));
        assertEquals("UNREACHABLE", pinned.get("verdict").asText());
        assertEquals("62000", pinned.at("/sourcePorts/failing/0").asText());
        assertEquals(false, pinned.get("reachable").asBoolean());
    }

    @Test
    void natGatewayPortsAreReportedAsTranslatedPortsInJsonAndText() throws Exception {
        JsonNode root = json(run("trace", NAT.toString(), "--from", "i-81000000000000016", "--to", "203.0.113.10",
                "--port", "443", "--source-port", "40000", "--format", "json"));
        assertEquals("PORT_DEPENDENT", root.get("verdict").asText());
        assertEquals("nat-81000000000000009", root.at("/translatedPorts/0/at").asText());
        assertEquals("1024-65535", root.at("/translatedPorts/0/range").asText());
        assertEquals("32768-65535", root.at("/translatedPorts/0/working/0").asText());
        assertEquals("1024-32767", root.at("/translatedPorts/0/failing/0").asText());
        Run text = run("trace", NAT.toString(), "--from", "i-81000000000000016", "--to", "203.0.113.10", "--port", "443",
                "--source-port", "40000");
        assertTrue(text.out().contains("Verdict:   PORT_DEPENDENT"), text.out());
        assertTrue(text.out().contains("NAT ports at nat-81000000000000009 1024-65535: working 32768-65535, failing 1024-32767, split by acl-81000000000000014"), text.out());
    }

    @Test
    void anUnknownClientProfileIsAUsageError() {
        Run r = run("trace", WINDOWS.toString(), "--from", "i-80000000000000013", "--to", "orders-db", "--port", "3306",
                "--client-profile", "solaris");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--client-profile must be linux, windows, any, nat, elb or lambda"), r.err());
    }
}
