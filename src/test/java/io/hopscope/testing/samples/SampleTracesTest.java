package io.hopscope.testing.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.engine.Hop;
import io.hopscope.engine.PathResult;
import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.net.IpAddress;
import io.hopscope.testing.samples.SampleTrace.Direction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each sample, traced by the engine, behaves as its description promises. */
class SampleTracesTest {

    static Stream<Arguments> expectations() {
        return SampleTraceExpectations.all().stream().map(t -> Arguments.of(readable(t), t));
    }

    /** "ec2-to-rds: web-1 -> orders-db tcp/3306": names instead of ids where the sample has them. */
    private static String readable(SampleTrace t) {
        NetworkModel m = SampleDiagrams.all().get(t.sample()).get().model();
        return t.sample() + ": " + m.find(t.from()).map(Resource::label).orElse(t.from()) + " -> "
                + m.find(t.to()).map(Resource::label).orElse(t.to()) + " " + t.protocol().label() + "/" + t.port();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void sampleTraceGivesTheVerdictsAndBlockerItsAuthorExpects(String label, SampleTrace expected) {
        Diagram diagram = SampleDiagrams.all().get(expected.sample()).get();
        TraceQuery query = TraceQuery.of(expected.from(), expected.to(), expected.protocol(), expected.port());
        if (expected.destinationIp() != null) {
            query = query.withAddresses(null, IpAddress.parse(expected.destinationIp()));
        }
        Trace trace = new Tracer(diagram.model()).trace(query);
        String context = label + " (" + expected.why() + ")\n" + describe(trace);

        assertEquals(expected.forward().name(), trace.forward().verdict().name(), "forward of " + context);
        if (expected.reply() == null) {
            assertNull(trace.reply(), "no reply expected for " + context);
        } else {
            assertNotNull(trace.reply(), "a reply expected for " + context);
            assertEquals(expected.reply().name(), trace.reply().verdict().name(), "reply of " + context);
        }
        if (expected.blockedDirection() != null) {
            PathResult blocked = expected.blockedDirection() == Direction.FORWARD ? trace.forward() : trace.reply();
            Hop hop = blocked.blockingHop();
            assertNotNull(hop, "a blocking hop expected in " + context);
            assertEquals(expected.blockedAt(), hop.componentId(), "blocker of " + context);
            assertEquals(expected.rule(), hop.rule(), "deciding rule of " + context);
        }
        for (String component : expected.via()) {
            assertTrue(trace.forward().hops().stream().anyMatch(h -> component.equals(h.componentId())),
                    "forward path should pass " + component + " in " + context);
        }
    }

    private static String describe(Trace trace) {
        return "forward: " + hops(trace.forward()) + "\nreply: " + (trace.reply() == null ? "-" : hops(trace.reply()));
    }

    private static String hops(PathResult path) {
        return path.verdict() + " " + path.hops().stream()
                .map(h -> h.componentId() + " " + h.decision() + (h.rule() == null ? "" : " [" + h.rule() + "]"))
                .collect(Collectors.joining(" | "));
    }
}
