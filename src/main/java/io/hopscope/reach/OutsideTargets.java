package io.hopscope.reach;

import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.TraceQueryException;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * Assertions from an interface to something outside the model (an internet host, an on-premises
 * network, an AWS service), as labs ask ("the private instance reaches the internet through the NAT
 * gateway"). The cells of the reach engine range over source addresses towards one interface, so
 * these are traced port by port instead: each destination port of the assertion, or the first port of
 * a range wider than {@value #MAX_PORTS}, to one representative address of the destination.
 */
final class OutsideTargets {
    static final int MAX_PORTS = 32;
    /** A public documentation address (RFC 5737) standing for "the internet" as a destination. */
    private static final String INTERNET_HOST = "192.0.2.10";

    private OutsideTargets() {
    }

    /** The traces from interface {@code source} to outside destination {@code target}, one per port. */
    static List<Trace> traces(ReachEngine engine, ReachEndpoint source, ReachEndpoint target, Assertion a) {
        String to = switch (target.kind()) {
            case INTERNET -> target.id().equals("internet") ? INTERNET_HOST : target.id();
            case NETWORK -> target.id().startsWith("cidr:") ? target.addresses().get(0).network().plus(1).toString()
                    : target.id();
            default -> target.id();
        };
        List<Trace> out = new ArrayList<>();
        for (Integer port : ports(a.protocol(), a)) {
            try {
                out.add(engine.trace(TraceQuery.of(source.eni().id(), to, a.protocol(), port)));
            } catch (TraceQueryException e) {
                throw new SelectorException(e.getMessage());
            }
        }
        return out;
    }

    private static List<Integer> ports(Protocol protocol, Assertion a) {
        List<Integer> out = new ArrayList<>();
        if (!protocol.hasPorts()) {
            out.add(null);
            return out;
        }
        for (PortRange r : a.ports().ranges()) {
            int last = r.to() - r.from() < MAX_PORTS ? r.to() : r.from();
            for (int p = r.from(); p <= last; p++) {
                out.add(p);
            }
        }
        return out;
    }
}
