package io.hopscope.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hopscope.engine.Hop;
import io.hopscope.engine.PathResult;
import io.hopscope.engine.PortOutcome;
import io.hopscope.engine.Trace;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.PortSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every case of ../shared/conformance-v2 (contract v2): imported through the AWS importer and traced
 * like the v1 cases, then also the port-range verdict, sourcePorts / translatedPorts, unknownAt, and
 * the lists of acceptable ids the v2 README allows. Scenarios whose features are other issues' work
 * are reported as skipped with the reason, so the runner grows as they land.
 */
class ConformanceV2Test {
    static final Path ROOT = Path.of("..", "shared", "conformance-v2");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every public case runs here, exposure and check (90, 96) included. */
    private static final int MIN_RUN = 33;
    /** Scenario number -> why it does not run here yet: none left. */
    private static final Map<String, String> LATER = Map.of();

    @TestFactory
    List<DynamicNode> everyConformanceV2Case() throws IOException {
        JsonNode index = JSON.readTree(ROOT.resolve("index.json").toFile());
        List<DynamicNode> scenarios = new ArrayList<>();
        int run = 0;
        for (JsonNode s : index) {
            String name = s.get("scenario").asText();
            Path dir = ROOT.resolve(name);
            JsonNode cases = JSON.readTree(dir.resolve("cases.json").toFile());
            assertEquals(s.get("cases").asInt(), cases.size(), name + " case count");
            String later = laterReason(name, cases);
            List<DynamicTest> tests = new ArrayList<>();
            for (JsonNode c : cases) {
                if (later != null) {
                    tests.add(DynamicTest.dynamicTest(c.get("id").asText(), () -> Assumptions.abort(later)));
                } else {
                    String kind = c.path("kind").asText("trace");
                    tests.add(DynamicTest.dynamicTest(c.get("id").asText(), () -> {
                        switch (kind) {
                            case "exposure" -> ReachConformance.exposure(dir, c);
                            case "check" -> ReachConformance.check(dir, c);
                            default -> runCase(AwsModels.load(dir.resolve("aws")), c);
                        }
                    }));
                    run++;
                }
            }
            scenarios.add(DynamicContainer.dynamicContainer(name, tests));
        }
        // Scenarios 51, 52, 55, 62, 64, 68, 70, 73, 74, 77, 78, 80, 81 and 86.
        assertTrue(run >= MIN_RUN, "at least " + MIN_RUN + " contract-v2 cases run here, found " + run);
        return scenarios;
    }

    /** Why a scenario does not run yet, or null: by number, and any case kind this runner does not know. */
    static String laterReason(String scenario, JsonNode cases) {
        String known = LATER.get(scenario.substring(0, scenario.indexOf('-')));
        if (known != null) {
            return known;
        }
        for (JsonNode c : cases) {
            String kind = c.path("kind").asText("trace");
            if (!List.of("trace", "exposure", "check").contains(kind)) {
                return "case kind '" + kind + "' has no runner yet";
            }
        }
        return null;
    }

    static void runCase(NetworkModel model, JsonNode c) {
        Trace t = new Tracer(model).trace(ConformanceTest.query(c));
        JsonNode e = c.get("expect");
        String context = c.get("id").asText() + ": " + describe(t);
        String verdict = text(e, "verdict");
        if (verdict != null) {
            assertEquals(verdict, t.verdict().name(), "verdict, " + context);
        }
        if (e.has("unknownAt")) {
            assertOneOf(e.get("unknownAt"), t.unknownAt(), "unknownAt, " + context);
        } else if (t.unknownAt() != null && verdict != null) {
            fail("unexpected unknownAt " + t.unknownAt() + ", " + context);
        }
        if (e.has("sourcePorts")) {
            assertPorts(e.get("sourcePorts"), t.sourcePorts(), "sourcePorts, " + context);
        }
        if (e.has("translatedPorts")) {
            JsonNode want = e.get("translatedPorts");
            assertEquals(want.size(), t.translatedPorts().size(), "translatedPorts count, " + context);
            for (int i = 0; i < want.size(); i++) {
                assertOneOf(want.get(i).get("at"), t.translatedPorts().get(i).at(), "translatedPorts.at, " + context);
                assertPorts(want.get(i), t.translatedPorts().get(i), "translatedPorts, " + context);
            }
        }
        if ("PORT_DEPENDENT".equals(verdict)) {
            return;
        }
        if (e.has("reachable")) {
            assertEquals(e.get("reachable").asBoolean(), t.reachable(), "reachable, " + context);
        }
        checkDirections(e, t, context);
        JsonNode excludes = e.get("forwardPathExcludes");
        if (excludes != null) {
            List<String> ids = t.forward().hops().stream().map(Hop::componentId).toList();
            for (JsonNode x : excludes) {
                assertFalse(ids.contains(x.asText()), x.asText() + " must not be on the request path, " + context);
            }
        }
    }

    private static void checkDirections(JsonNode e, Trace t, String context) {
        JsonNode directions = e.get("blockedDirection");
        boolean listed = directions != null && directions.isArray();
        if (!listed) {
            if (e.has("forward")) {
                assertEquals(e.get("forward").asText(), t.forward().verdict().name(), "forward verdict, " + context);
            }
            JsonNode ret = e.get("return");
            if (e.has("return") && (ret == null || ret.isNull())) {
                assertNull(t.reply(), "no reply expected, " + context);
            } else if (ret != null) {
                assertNotNull(t.reply(), "reply expected, " + context);
                assertEquals(ret.asText(), t.reply().verdict().name(), "return verdict, " + context);
            }
        }
        JsonNode blockedAt = e.get("blockedAt");
        if (e.has("blockedAt") && (blockedAt == null || blockedAt.isNull())) {
            assertNull(t.forward().blockedAt(), context);
            if (t.reply() != null) {
                assertNull(t.reply().blockedAt(), context);
            }
        } else if (blockedAt != null) {
            PathResult blocked = null;
            for (String d : directions == null ? List.of("forward") : listed ? texts(directions) : List.of(directions.asText())) {
                PathResult p = "return".equals(d) ? t.reply() : t.forward();
                if (p != null && p.blockedAt() != null && (blocked == null || !blocked.equals(p))) {
                    blocked = blocked == null ? p : blocked;
                }
            }
            assertNotNull(blocked, "a block expected, " + context);
            assertOneOf(blockedAt, blocked.blockedAt(), "blockedAt, " + context);
            String rule = text(e, "blockedRule");
            if (rule != null) {
                assertEquals(rule, blocked.blockingHop().reason(), "blockedRule, " + context);
            }
            if (text(e, "raCode") != null) {
                assertNotNull(blocked.blockingHop().code(), "a dropping hop names an RA code, " + context);
            }
        }
        if (!listed) {
            assertPath(e.get("forwardPath"), t.forward(), "forwardPath, " + context);
            assertPath(e.get("returnPath"), t.reply(), "returnPath, " + context);
        }
    }

    private static void assertPorts(JsonNode want, PortOutcome got, String context) {
        assertNotNull(got, context);
        if (want.has("profile") && got.at() == null) {
            assertEquals(want.get("profile").asText(), got.profile(), "profile, " + context);
        }
        if (want.has("range")) {
            assertEquals(want.get("range").asText(), got.range().toString(), "range, " + context);
        }
        if (want.has("working")) {
            assertEquals(texts(want.get("working")), got.working().texts(), "working, " + context);
        }
        if (want.has("failing")) {
            assertEquals(texts(want.get("failing")), got.failing().texts(), "failing, " + context);
        }
        if (want.has("decidedAt")) {
            assertOneOf(want.get("decidedAt"), got.decidedAt(), "decidedAt, " + context);
        }
        assertEquals(got.range(), got.working().union(got.failing()), "working and failing cover the range, " + context);
        assertEquals(PortSet.EMPTY, got.working().intersect(got.failing()), "working and failing are disjoint, " + context);
    }

    /** The named components in this order, each entry one id or a list of acceptable ids; extra hops allowed. */
    private static void assertPath(JsonNode expected, PathResult path, String context) {
        if (expected == null || expected.isNull()) {
            return;
        }
        assertNotNull(path, context);
        List<String> ids = path.hops().stream().map(Hop::componentId).toList();
        int at = 0;
        for (JsonNode n : expected) {
            List<String> want = n.isArray() ? texts(n) : List.of(n.asText());
            while (at < ids.size() && !want.contains(ids.get(at))) {
                at++;
            }
            if (at == ids.size()) {
                fail(context + ": " + want + " missing or out of order in " + ids);
            }
            at++;
        }
    }

    private static void assertOneOf(JsonNode want, String got, String context) {
        if (want == null || want.isNull()) {
            assertNull(got, context);
            return;
        }
        List<String> ok = want.isArray() ? texts(want) : List.of(want.asText());
        assertTrue(ok.contains(got), context + ": expected one of " + ok + ", got " + got);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String describe(Trace t) {
        StringBuilder sb = new StringBuilder("verdict ").append(t.verdict()).append(" forward ").append(summary(t.forward()));
        if (t.reply() != null) {
            sb.append(" / return ").append(summary(t.reply()));
        }
        if (t.sourcePorts() != null) {
            sb.append(" / sourcePorts ").append(t.sourcePorts());
        }
        t.translatedPorts().forEach(p -> sb.append(" / translated ").append(p));
        return sb.toString();
    }

    private static String summary(PathResult p) {
        return ConformanceTest.summary(p);
    }

    private static String text(JsonNode e, String field) {
        JsonNode n = e.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
