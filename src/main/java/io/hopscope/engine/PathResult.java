package io.hopscope.engine;

import java.util.List;

/** One direction of a trace: its verdict, the first blocking component (null when it arrives) and its hops. */
public record PathResult(Disposition verdict, String blockedAt, List<Hop> hops) {

    public PathResult {
        hops = List.copyOf(hops);
    }

    public boolean delivered() {
        return verdict == Disposition.ALLOW;
    }

    /** The hop that dropped the packet, or null. */
    public Hop blockingHop() {
        for (Hop h : hops) {
            if (h.blocks()) {
                return h;
            }
        }
        return null;
    }
}
