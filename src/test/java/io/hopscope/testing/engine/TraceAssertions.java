package io.hopscope.testing.engine;

import io.hopscope.diagram.Diagram;
import io.hopscope.edit.Edit;
import io.hopscope.engine.Hop;
import io.hopscope.engine.PathResult;
import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.Protocol;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Shared helpers for engine tests: run a trace, list hop ids, apply a fix. */
public final class TraceAssertions {
    private TraceAssertions() {
    }

    public static Trace trace(NetworkModel model, String from, String to, String protocol, Integer port) {
        return new Tracer(model).trace(TraceQuery.of(from, to, Protocol.parse(protocol), port));
    }

    public static List<String> ids(PathResult path) {
        return path.hops().stream().map(Hop::componentId).toList();
    }

    /** Asserts the path's verdict, and when blocked where and by which rule key. */
    public static void assertBlocked(PathResult path, String blockedAt, String reason) {
        assertNotNull(path, "path");
        assertEquals(blockedAt, path.blockedAt(), "blockedAt in " + ids(path));
        Hop h = path.blockingHop();
        assertNotNull(h);
        assertEquals(reason, h.reason(), h.explanation());
    }

    public static NetworkModel apply(NetworkModel model, Edit edit) {
        return edit.apply(new Diagram("t", "", model, null)).model();
    }
}
