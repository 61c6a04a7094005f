package io.hopscope.reach;

import io.hopscope.engine.Trace;
import io.hopscope.engine.Verdict;
import io.hopscope.model.net.IpAddress;

/**
 * A box of the header space (source addresses x protocol class x destination ports) from one source
 * to one address of a target, in which every packet has the same fate: {@code trace} is the concrete
 * trace of the box's representative packet and stands for all of them.
 */
public record Cell(ReachEndpoint source, ReachEndpoint target, IpAddress destination, Box box, Trace trace) {

    public Verdict verdict() {
        return trace.verdict();
    }

    /** Whether a connection opens for at least one client port. */
    public boolean opens() {
        return trace.verdict() == Verdict.REACHABLE || trace.verdict() == Verdict.PORT_DEPENDENT;
    }
}
