package io.hopscope.edit.paste;


import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hopscope.check.ModelValidator;
import io.hopscope.check.Problem;
import io.hopscope.diagram.Diagram;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.TraceQueryException;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.Protocol;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Samples, a one-VPC paste, validator errors and trace comparison shared by the VPC copy tests. */
final class VpcCopies {

    /** The middle VPC of the peering sample: peered with A and with C. */
    static final String PEERING_VPC_B = "vpc-0a1b2c3d4e5f60402";

    private VpcCopies() {
    }

    static Diagram sample(String name) {
        return DiagramReader.read(Path.of("diagrams/" + name + ".json")).diagram();
    }

    static PastePlan duplicate(Diagram d, String vpcId) {
        return PastePlanner.paste(d.model(), d.model(), Set.of(vpcId), d.layout().shapes(),
                d.layout().shapes().values(), 40);
    }

    static List<String> errors(NetworkModel m) {
        return ModelValidator.validate(m).stream().filter(Problem::isError).map(Problem::message).toList();
    }

    /** Traces from/to in the original and the copies of both in the copy; 1 when both could be traced. */
    static int compare(Tracer tracer, String sample, String from, String to, Map<String, String> copies,
                               Map<String, String> originalOf, int port) {
        String what = sample + " " + from + " -> " + to + " tcp/" + port;
        Trace original;
        try {
            original = tracer.trace(TraceQuery.of(from, to, Protocol.TCP, port));
        } catch (TraceQueryException e) {
            original = null;
        }
        Trace copy;
        try {
            copy = tracer.trace(TraceQuery.of(copies.getOrDefault(from, from), copies.getOrDefault(to, to),
                    Protocol.TCP, port));
        } catch (TraceQueryException e) {
            copy = null;
        }
        assertEquals(original == null, copy == null, what);
        if (original == null) {
            return 0;
        }
        assertEquals(original.reachable(), copy.reachable(), what);
        assertEquals(original.forward().verdict(), copy.forward().verdict(), what);
        assertEquals(path(original.forward().hops(), Map.of()), path(copy.forward().hops(), originalOf), what);
        assertEquals(original.reply() == null, copy.reply() == null, what);
        if (original.reply() != null) {
            assertEquals(original.reply().verdict(), copy.reply().verdict(), what);
            assertEquals(path(original.reply().hops(), Map.of()), path(copy.reply().hops(), originalOf), what);
        }
        return 1;
    }

    static List<String> path(List<Hop> hops, Map<String, String> originalOf) {
        return hops.stream().map(h -> originalOf.getOrDefault(h.componentId(), h.componentId()) + " "
                + h.decision() + " " + h.code() + " " + h.reason()).toList();
    }
}
