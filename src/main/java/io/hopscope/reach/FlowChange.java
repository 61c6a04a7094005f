package io.hopscope.reach;

import io.hopscope.engine.Verdict;

import java.util.List;

/**
 * A rectangle of flows whose verdict a change alters: every address in {@code addresses} (the
 * source's, as CIDR blocks) to {@code destination} of {@code to}, with {@code protocol} on every
 * port (ICMP: type) in {@code ports}, was {@code before} and is {@code after}. A null verdict is
 * "absent": the source, target or address does not exist on that side of the change.
 */
public record FlowChange(String assertion, String from, String fromName, String to, String toName,
                         String destination, String protocol, List<String> ports, List<String> addresses,
                         Verdict before, Verdict after) {

    public FlowChange {
        ports = List.copyOf(ports);
        addresses = List.copyOf(addresses);
    }

    /** "opens" (no connection before, one after), "closes" (the reverse) or "changes" (both sides alike). */
    public String change() {
        boolean was = opensConnection(before);
        boolean is = opensConnection(after);
        return !was && is ? "opens" : was && !is ? "closes" : "changes";
    }

    /** The verdict as a report writes it; absent when that side has no such endpoint. */
    public static String label(Verdict v) {
        return v == null ? "ABSENT" : v.name();
    }

    static boolean opensConnection(Verdict v) {
        return v == Verdict.REACHABLE || v == Verdict.PORT_DEPENDENT;
    }
}
