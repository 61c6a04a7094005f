package io.hopscope.reach;

import io.hopscope.engine.Verdict;

import java.util.List;

/**
 * One rectangle of an exposure answer: every address of {@code addresses} can open a connection to
 * the target's {@code destination} on every port (ICMP: type/code, "8" or "3/4") of {@code ports}
 * with {@code protocol} ("tcp", "udp", "icmp", "icmpv6", a number, "all", or "other" for every
 * number in {@code protocolNumbers} that no rule names). {@code example} is the cell whose concrete
 * trace stands for the row.
 */
public record ExposureRow(ReachEndpoint source, String protocol, List<String> protocolNumbers, boolean icmp,
                          List<String> ports, List<String> addresses, Verdict verdict, String destination,
                          List<String> via, List<AllowedBy> allowedBy, Cell example) {

    /** A rule that let the request (or its reply) through. */
    public record AllowedBy(String component, String rule) {
    }

    public ExposureRow {
        protocolNumbers = List.copyOf(protocolNumbers);
        ports = List.copyOf(ports);
        addresses = List.copyOf(addresses);
        via = List.copyOf(via);
        allowedBy = List.copyOf(allowedBy);
    }
}
