package io.hopscope.conformance;

import io.hopscope.engine.Blocker;
import io.hopscope.engine.Hop;
import io.hopscope.engine.PathResult;
import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.TraceQueryException;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.io.aws.AwsImporter;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.Protocol;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every interface of the real AWS snapshots in ../shared/aws-samples traced to every other, to the
 * internet and from it, checking the invariants every trace must keep (no crash, blockedAt is the
 * first blocking hop, no reply after a dropped request, replies never fail at a security group).
 */
class RealSnapshotTracesTest {
    private static final Path SAMPLES = Path.of("..", "shared", "aws-samples");

    @TestFactory
    List<DynamicTest> everySampleTracesCleanly() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(SAMPLES)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(dir.getFileName().toString(), () -> traceAll(dir)));
            }
        }
        assertTrue(tests.size() >= 4, "samples found: " + tests.size());
        return tests;
    }

    private static void traceAll(Path dir) {
        NetworkModel model = AwsImporter.importDirectory(dir).model();
        Tracer tracer = new Tracer(model);
        List<String> refs = new ArrayList<>();
        for (NetworkInterface eni : model.networkInterfaces()) {
            if (eni.primaryIp() != null) {
                refs.add(eni.id());
            }
        }
        refs.add("203.0.113.10");
        int traced = 0;
        for (String from : refs) {
            for (String to : refs) {
                if (from.equals(to)) {
                    continue;
                }
                for (Protocol p : List.of(Protocol.TCP, Protocol.UDP, Protocol.ICMP)) {
                    Trace t;
                    try {
                        t = tracer.trace(new TraceQuery(from, to, p, p.hasPorts() ? 443 : null, null, null, null, null, null, null));
                    } catch (TraceQueryException e) {
                        continue;
                    }
                    checkInvariants(t);
                    traced++;
                }
            }
        }
        assertTrue(traced > 0, "traced " + traced + " flows in " + dir);
    }

    private static void checkInvariants(Trace t) {
        checkPath(t.forward());
        if (!t.forward().delivered()) {
            assertNull(t.reply());
        } else {
            checkPath(t.reply());
            for (Hop h : t.reply().hops()) {
                if (h.componentType().equals("security-group") || h.componentType().equals("network-interface")) {
                    assertEquals(io.hopscope.engine.Decision.TRACKED, h.decision());
                }
            }
        }
        for (Blocker b : t.blockers()) {
            assertTrue(b.hop().blocks());
            if (b.onReply()) {
                assertNotEquals("security-group", b.hop().componentType());
            }
        }
        assertEquals(t.forward().delivered() && t.reply() != null && t.reply().delivered(), t.reachable());
    }

    private static void checkPath(PathResult p) {
        Hop first = p.blockingHop();
        assertEquals(first == null ? null : first.componentId(), p.blockedAt());
        if (first != null) {
            assertEquals(first, p.hops().get(p.hops().size() - 1), "no hop after the first blocker");
            assertTrue(first.code() != null && first.reason() != null && !first.explanation().isBlank(), first.toString());
        }
        for (Hop h : p.hops()) {
            assertTrue(!h.explanation().isBlank() && h.packet() != null, h.toString());
        }
    }
}
