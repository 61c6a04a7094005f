package io.hopscope.engine;

import java.util.List;

/**
 * The result of one trace: the resolved query, the request ({@code forward}), the reply
 * ({@code reply}, null when the request is dropped) and every component that blocks the flow; then
 * the verdict over every port the client and the NAT gateways on the path may pick (contract v2):
 * {@code sourcePorts} (null for a protocol without ports), {@code translatedPorts} (one per NAT
 * gateway on the path) and {@code unknownAt}, the component the model could not evaluate.
 */
public record Trace(ResolvedQuery query, PathResult forward, PathResult reply, List<Blocker> blockers,
                    Verdict verdict, PortOutcome sourcePorts, List<PortOutcome> translatedPorts, String unknownAt) {

    public Trace {
        blockers = List.copyOf(blockers);
        translatedPorts = translatedPorts == null ? List.of() : List.copyOf(translatedPorts);
        if (verdict == null) {
            verdict = forward.delivered() && reply != null && reply.delivered() ? Verdict.REACHABLE : Verdict.UNREACHABLE;
        }
    }

    /** A trace whose verdict is the shown packet's outcome (no port ranges evaluated). */
    public Trace(ResolvedQuery query, PathResult forward, PathResult reply, List<Blocker> blockers) {
        this(query, forward, reply, blockers, null, null, List.of(), null);
    }

    /** Request and reply both arrive: a connection can be established (for the packet shown). */
    public boolean reachable() {
        return forward.delivered() && reply != null && reply.delivered();
    }
}
