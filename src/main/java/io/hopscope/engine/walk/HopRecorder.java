package io.hopscope.engine.walk;

import io.hopscope.engine.Decision;
import io.hopscope.engine.Disposition;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;
import io.hopscope.engine.PathResult;
import java.util.ArrayList;
import java.util.List;

/**
 * What one walk saw: the hops up to and including the first blocker (the path), every later
 * blocker met while evaluating on as if earlier ones had allowed, and the packet that arrived.
 */
final class HopRecorder {
    private final List<Hop> hops = new ArrayList<>();
    private final List<Hop> laterBlockers = new ArrayList<>();
    private boolean blocked;
    private Packet arrived;

    void add(Hop h) {
        if (!blocked) {
            hops.add(h);
            blocked = h.blocks();
        } else if (h.blocks()) {
            laterBlockers.add(h);
        }
    }

    void arrive(Packet p) {
        if (arrived == null) {
            arrived = p;
        }
    }

    /** The packet as it reached the far end (possibly only by assuming earlier blockers allowed), or null. */
    Packet arrivedPacket() {
        return arrived;
    }

    List<Hop> laterBlockers() {
        return laterBlockers;
    }

    PathResult result() {
        Hop first = blocked ? hops.get(hops.size() - 1) : null;
        boolean ok = first == null && arrived != null;
        // [rulebook 12] a walk that ended at a component the model does not evaluate is not a drop.
        boolean unknown = first == null && arrived == null && !hops.isEmpty()
                && hops.get(hops.size() - 1).decision() == Decision.UNKNOWN;
        Disposition d = ok ? Disposition.ALLOW : unknown ? Disposition.UNKNOWN : Disposition.DENY;
        return new PathResult(d, first == null ? null : first.componentId(), hops);
    }
}
