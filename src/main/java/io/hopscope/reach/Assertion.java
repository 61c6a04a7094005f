package io.hopscope.reach;

import io.hopscope.model.net.PortSet;
import io.hopscope.model.net.Protocol;

/**
 * One assertion of a policy: every source {@code from} names, to every destination {@code to}
 * names, with {@code protocol} on {@code ports}, must be {@link Expectation#REACHABLE} or must be
 * {@link Expectation#UNREACHABLE}. {@code protocol} may be {@link Protocol#ALL}; {@code ports} is
 * {@link PortSet#ALL} when the policy gave none (and for protocols without ports). {@code at} is where
 * the assertion stands in its file, for messages (null when it was built in code).
 */
public record Assertion(String name, Selector from, Selector to, Protocol protocol, PortSet ports,
                        Expectation expect, Location at) {

    /** A 1-based line and column in a policy file. */
    public record Location(int line, int column) {
        @Override
        public String toString() {
            return line + ":" + column;
        }
    }

    public enum Expectation {
        /** Every source, destination and port is REACHABLE (PORT_DEPENDENT breaks it). */
        REACHABLE,
        /** Nothing gets through for any client port. */
        UNREACHABLE;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Assertion {
        ports = ports == null ? PortSet.ALL : ports;
        protocol = protocol == null ? Protocol.ALL : protocol;
    }
}
