package io.hopscope.reach;

import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IcmpMatch;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.PortRange;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Set;

/**
 * The model-wide cuts of components without a {@link CutSource} of their own: whatever CIDR,
 * address, port range or ICMP match their records hold, found by walking the record components, so
 * a component kind added to the model splits boxes correctly before anyone writes a source for it.
 */
final class RecordCuts {

    private RecordCuts() {
    }

    /** Every CIDR, address and port range reachable from a record's components, lists included. */
    static void collect(Object o, Cuts.Builder b, Set<Object> seen, int depth) {
        if (o == null || depth > 6) {
            return;
        }
        if (o instanceof Cidr c) {
            b.cidr(c);
        } else if (o instanceof IpAddress ip) {
            b.cidr(Cidr.host(ip));
        } else if (o instanceof PortRange p) {
            b.ports(p);
        } else if (o instanceof IcmpMatch m) {
            b.icmp(m);
        } else if (o instanceof Iterable<?> it) {
            for (Object x : it) {
                collect(x, b, seen, depth + 1);
            }
        } else if (o instanceof Map<?, ?> m) {
            for (Object x : m.values()) {
                collect(x, b, seen, depth + 1);
            }
        } else if (o.getClass().isRecord() && seen.add(o)) {
            for (RecordComponent rc : o.getClass().getRecordComponents()) {
                try {
                    Object v = rc.getAccessor().invoke(o);
                    // A listener's or target's port is an int: a single-port cut when the name says port.
                    if (v instanceof Integer p && p >= 0 && p <= 65535
                            && rc.getName().toLowerCase(java.util.Locale.ROOT).contains("port")) {
                        b.ports(new PortRange(p, p));
                    }
                    collect(v, b, seen, depth + 1);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + rc + " of " + o.getClass().getSimpleName(), e);
                }
            }
        }
    }
}
