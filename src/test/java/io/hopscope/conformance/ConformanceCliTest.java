package io.hopscope.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hopscope.cli.HopscopeCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The same public cases, through the command line exactly as the contract describes it
 * ({@code trace DIR --from .. --to .. --format json}): exit 0, and the JSON's verdicts and
 * blockedAt per direction as expected. This is what scripts and CI see.
 */
class ConformanceCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    List<DynamicNode> everyCaseThroughTheCommandLine() throws IOException {
        JsonNode index = JSON.readTree(ConformanceTest.ROOT.resolve("index.json").toFile());
        List<DynamicNode> tests = new ArrayList<>();
        for (JsonNode s : index) {
            Path dir = ConformanceTest.ROOT.resolve(s.get("scenario").asText());
            for (JsonNode c : JSON.readTree(dir.resolve("cases.json").toFile())) {
                tests.add(DynamicTest.dynamicTest(c.get("id").asText(), () -> runThroughCli(dir.resolve("aws"), c)));
            }
        }
        assertTrue(tests.size() >= 43, "public cases found: " + tests.size());
        return tests;
    }

    private static void runThroughCli(Path awsDir, JsonNode c) throws IOException {
        List<String> args = new ArrayList<>(List.of("trace", awsDir.toString(),
                "--from", c.get("from").asText(), "--to", c.get("to").asText()));
        String protocol = c.get("protocol").asText();
        args.add("--protocol");
        args.add(protocol.equals("-1") ? c.get("protocolNumber").asText() : protocol);
        option(args, c, "port", "--port");
        option(args, c, "srcPort", "--source-port");
        option(args, c, "icmpType", "--icmp-type");
        option(args, c, "icmpCode", "--icmp-code");
        option(args, c, "srcIp", "--source-ip");
        option(args, c, "dstIp", "--destination-ip");
        option(args, c, "ipVersion", "--ip-version");
        args.add("--format");
        args.add("json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HopscopeCommand.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        String context = c.get("id").asText() + " " + args + " stderr: " + err;
        assertEquals(0, code, context);
        JsonNode result = JSON.readTree(out.toString());
        JsonNode expect = c.get("expect");
        assertEquals(expect.get("forward").asText(), result.get("forward").get("verdict").asText(), "forward, " + context);
        JsonNode expectedReturn = expect.get("return");
        if (expectedReturn == null || expectedReturn.isNull()) {
            assertTrue(result.get("return").isNull(), "no reply when the request is dropped, " + context);
        } else {
            assertEquals(expectedReturn.asText(), result.get("return").get("verdict").asText(), "return, " + context);
        }
        assertEquals(expect.get("forward").asText().equals("ALLOW")
                && expectedReturn != null && "ALLOW".equals(expectedReturn.asText()), result.get("reachable").asBoolean(),
                "reachable, " + context);
        JsonNode blockedAt = expect.get("blockedAt");
        if (blockedAt != null && !blockedAt.isNull()) {
            String direction = "return".equals(expect.path("blockedDirection").asText()) ? "return" : "forward";
            assertEquals(blockedAt.asText(), result.get(direction).get("blockedAt").asText(), "blockedAt, " + context);
        }
    }

    private static void option(List<String> args, JsonNode c, String field, String flag) {
        JsonNode v = c.get(field);
        if (v != null && !v.isNull()) {
            args.add(flag);
            args.add(v.asText());
        }
    }
}
