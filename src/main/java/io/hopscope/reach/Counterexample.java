package io.hopscope.reach;

import io.hopscope.engine.Trace;

import java.util.List;

/**
 * One concrete flow that breaks an assertion: from, to, protocol, destination port (ICMP type for
 * ICMP), the client's source port, the verdict over every client port, and for an assertion that
 * expected reachable the blocking component, for one that expected unreachable the allowing path
 * (component ids in path order). {@code trace} is the concrete trace of that packet, to show hop by
 * hop; {@code fromRef}/{@code toRef} and the addresses re-run it with {@code trace}.
 */
public record Counterexample(String from, String to, String protocol, Integer port, Integer sourcePort,
                             String sourceIp, String destinationIp, String verdict, String blockedAt,
                             List<String> path, Trace trace) {
    public Counterexample {
        path = path == null ? List.of() : List.copyOf(path);
    }
}
