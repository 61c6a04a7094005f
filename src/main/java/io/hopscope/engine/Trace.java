package io.hopscope.engine;

import java.util.List;

/**
 * The result of one trace: the resolved query, the request ({@code forward}), the reply
 * ({@code reply}, null when the request is dropped) and every component that blocks the flow.
 */
public record Trace(ResolvedQuery query, PathResult forward, PathResult reply, List<Blocker> blockers) {

    public Trace {
        blockers = List.copyOf(blockers);
    }

    /** Request and reply both arrive: a connection can be established. */
    public boolean reachable() {
        return forward.delivered() && reply != null && reply.delivered();
    }
}
