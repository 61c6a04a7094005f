package io.hopscope.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hopscope.cli.HopscopeCommand;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exposure and check cases of contract v2, run through the command line as CI would:
 * exposure probes ask whether some row covers an address, protocol and port; check cases compare
 * the exit code and which JUnit test cases fail.
 */
final class ReachConformance {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReachConformance() {
    }

    static void exposure(Path dir, JsonNode c) throws IOException {
        List<String> args = new ArrayList<>(List.of("exposure", dir.resolve("aws").toString(), "--to", c.get("to").asText(),
                "--format", "json"));
        if (c.has("from")) {
            args.add("--from");
            args.add(c.get("from").asText());
        }
        Run r = run(args);
        assertEquals(0, r.code, c.get("id").asText() + " stderr: " + r.err);
        JsonNode answer = JSON.readTree(r.out);
        for (JsonNode probe : c.get("probes")) {
            IpAddress ip = IpAddress.parse(probe.get("from").asText());
            Protocol p = Protocol.parse(probe.get("protocol").asText());
            int port = probe.path("port").asInt(-1);
            JsonNode row = covering(answer, ip, p, port);
            String context = c.get("id").asText() + " probe " + probe + " in " + r.out;
            assertEquals(probe.get("expect").asBoolean(), row != null, context);
            if (row != null && probe.has("verdict")) {
                assertEquals(probe.get("verdict").asText(), row.get("verdict").asText(), context);
            }
        }
    }

    private static JsonNode covering(JsonNode answer, IpAddress ip, Protocol p, int port) {
        for (JsonNode target : answer.get("targets")) {
            for (JsonNode row : target.get("reachableFrom")) {
                boolean internet = row.get("source").asText().equals("internet");
                assertFalse(internet && ip.isPrivateIpv4() && covers(row.get("addresses"), ip),
                        "a row of source internet covers the private address " + ip + ": " + row);
                if (covers(row.get("addresses"), ip) && protocolMatches(row, p) && portMatches(row, port)) {
                    return row;
                }
            }
        }
        return null;
    }

    private static boolean covers(JsonNode addresses, IpAddress ip) {
        for (JsonNode a : addresses) {
            if (Cidr.parse(a.asText()).contains(ip)) {
                return true;
            }
        }
        return false;
    }

    private static boolean protocolMatches(JsonNode row, Protocol p) {
        String proto = row.get("protocol").asText();
        return proto.equals("all") || proto.equals(p.label());
    }

    private static boolean portMatches(JsonNode row, int port) {
        JsonNode ports = row.has("ports") ? row.get("ports") : row.get("types");
        if (port < 0 || ports == null) {
            return true;
        }
        for (JsonNode r : ports) {
            if (PortRange.parse(r.asText()).contains(port)) {
                return true;
            }
        }
        return false;
    }

    static void check(Path dir, JsonNode c) throws IOException {
        Run r = run(List.of("check", dir.resolve("aws").toString(), "--policy", dir.resolve(c.get("policy").asText()).toString(),
                "--format", "junit"));
        JsonNode e = c.get("expect");
        String context = c.get("id").asText() + " stdout: " + r.out + " stderr: " + r.err;
        assertEquals(e.get("exitCode").asInt(), r.code, context);
        for (JsonNode name : e.path("failing")) {
            assertTrue(testcase(r.out, name.asText()).contains("<failure"), name + " must fail, " + context);
        }
        for (JsonNode name : e.path("passing")) {
            String tc = testcase(r.out, name.asText());
            assertFalse(tc.isEmpty() || tc.contains("<failure"), name + " must pass, " + context);
        }
    }

    /** The XML of the test case named {@code name}, or "" when there is none. */
    private static String testcase(String xml, String name) {
        int at = xml.indexOf("name=\"" + name + "\"");
        if (at < 0) {
            return "";
        }
        int end = xml.indexOf("<testcase", at);
        return xml.substring(at, end < 0 ? xml.length() : end);
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HopscopeCommand.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }
}
