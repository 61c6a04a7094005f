package io.hopscope.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hopscope.engine.Hop;
import io.hopscope.engine.PathResult;
import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.Protocol;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every case of ../shared/conformance: each scenario's aws/ directory imported through the AWS
 * importer, every case traced, and the verdicts, blockedAt, blockedDirection, blockedRule and the
 * named path components (in order, extra hops allowed) compared with the expectation.
 */
class ConformanceTest {
    static final Path ROOT = Path.of("..", "shared", "conformance");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    List<DynamicNode> everyConformanceCase() throws IOException {
        JsonNode index = JSON.readTree(ROOT.resolve("index.json").toFile());
        List<DynamicNode> scenarios = new ArrayList<>();
        int total = 0;
        for (JsonNode s : index) {
            String name = s.get("scenario").asText();
            Path dir = ROOT.resolve(name);
            JsonNode cases = JSON.readTree(dir.resolve("cases.json").toFile());
            assertEquals(s.get("cases").asInt(), cases.size(), name + " case count");
            List<DynamicTest> tests = new ArrayList<>();
            for (JsonNode c : cases) {
                tests.add(DynamicTest.dynamicTest(c.get("id").asText(), () -> runCase(AwsModels.load(dir.resolve("aws")), c)));
                total++;
            }
            scenarios.add(DynamicContainer.dynamicContainer(name, tests));
        }
        // At least the 43 public cases; more may be dropped in beside them.
        assertTrue(total >= 43, "the conformance suite has at least 43 cases, found " + total);
        return scenarios;
    }

    static TraceQuery query(JsonNode c) {
        String proto = c.get("protocol").asText();
        Protocol protocol = proto.equals("-1") ? new Protocol(c.get("protocolNumber").asInt()) : Protocol.parse(proto);
        return new TraceQuery(c.get("from").asText(), c.get("to").asText(), protocol, integer(c, "port"),
                integer(c, "srcPort"), integer(c, "icmpType"), integer(c, "icmpCode"), ip(c, "srcIp"), ip(c, "dstIp"),
                integer(c, "ipVersion"));
    }

    static void runCase(NetworkModel model, JsonNode c) {
        Trace t = new Tracer(model).trace(query(c));
        JsonNode e = c.get("expect");
        String context = c.get("id").asText() + ": " + describe(t);
        assertEquals(e.get("forward").asText(), t.forward().verdict().name(), "forward verdict, " + context);
        JsonNode ret = e.get("return");
        if (ret == null || ret.isNull()) {
            assertNull(t.reply(), "no reply expected, " + context);
        } else {
            assertNotNull(t.reply(), "reply expected, " + context);
            assertEquals(ret.asText(), t.reply().verdict().name(), "return verdict, " + context);
        }
        String blockedAt = text(e, "blockedAt");
        String direction = text(e, "blockedDirection");
        PathResult blockedPath = "return".equals(direction) ? t.reply() : t.forward();
        if (blockedAt == null) {
            assertNull(t.forward().blockedAt(), context);
            if (t.reply() != null) {
                assertNull(t.reply().blockedAt(), context);
            }
        } else {
            assertEquals(blockedAt, blockedPath.blockedAt(), "blockedAt (" + direction + "), " + context);
            if ("return".equals(direction)) {
                assertNull(t.forward().blockedAt(), context);
            }
            String rule = text(e, "blockedRule");
            if (rule != null) {
                assertEquals(rule, blockedPath.blockingHop().reason(), "blockedRule, " + context);
            }
            // The conformance README keeps raCode "for humans ... not for exact matching": several
            // drops have only an approximate Reachability Analyzer code, so require one, not the same one.
            if (text(e, "raCode") != null) {
                assertNotNull(blockedPath.blockingHop().code(), "a dropping hop names an RA code, " + context);
            }
        }
        assertPathContains(e.get("forwardPath"), t.forward(), "forwardPath, " + context);
        assertPathContains(e.get("returnPath"), t.reply(), "returnPath, " + context);
    }

    /** The named components appear in this order; the product may list more hops between them. */
    static void assertPathContains(JsonNode expected, PathResult path, String context) {
        if (expected == null || expected.isNull()) {
            return;
        }
        assertNotNull(path, context);
        List<String> ids = path.hops().stream().map(Hop::componentId).toList();
        int at = 0;
        for (JsonNode n : expected) {
            String want = n.asText();
            while (at < ids.size() && !ids.get(at).equals(want)) {
                at++;
            }
            if (at == ids.size()) {
                fail(context + ": " + want + " missing or out of order in " + ids);
            }
            at++;
        }
    }

    private static String describe(Trace t) {
        StringBuilder sb = new StringBuilder("forward ").append(summary(t.forward()));
        if (t.reply() != null) {
            sb.append(" / return ").append(summary(t.reply()));
        }
        return sb.toString();
    }

    /** One line per direction for failure messages: verdict, hop ids with decisions, the blocking reason. */
    static String summary(PathResult p) {
        Hop h = p.blockingHop();
        return p.verdict() + " " + p.hops().stream().map(x -> x.componentId() + ":" + x.decision()).toList()
                + (h == null ? "" : " blocked " + h.reason() + " - " + h.explanation());
    }

    private static Integer integer(JsonNode c, String field) {
        JsonNode n = c.get(field);
        return n == null || n.isNull() ? null : n.asInt();
    }

    private static IpAddress ip(JsonNode c, String field) {
        JsonNode n = c.get(field);
        return n == null || n.isNull() ? null : IpAddress.parse(n.asText());
    }

    private static String text(JsonNode e, String field) {
        JsonNode n = e.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
