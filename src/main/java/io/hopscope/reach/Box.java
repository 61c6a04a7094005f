package io.hopscope.reach;

import java.util.ArrayList;
import java.util.List;

/**
 * A rectangle of the header space: source addresses x one protocol class x destination ports (for
 * ICMP, type x 256 + code; for protocols without ports the single value 0).
 */
public record Box(AddressRange addresses, ProtocolClass protocol, int portFrom, int portTo) {

    /** The common part of two boxes of the same protocol class, or null. */
    Box intersect(Box o) {
        if (!protocol.equals(o.protocol) || Math.max(portFrom, o.portFrom) > Math.min(portTo, o.portTo)) {
            return null;
        }
        AddressRange a = addresses.intersect(o.addresses);
        return a == null ? null : new Box(a, protocol, Math.max(portFrom, o.portFrom), Math.min(portTo, o.portTo));
    }

    /** The parts of this box outside {@code inner} (which lies inside it), as disjoint boxes. */
    List<Box> minus(Box inner) {
        List<Box> out = new ArrayList<>(4);
        for (AddressRange r : addresses.minus(inner.addresses)) {
            out.add(new Box(r, protocol, portFrom, portTo));
        }
        if (portFrom < inner.portFrom) {
            out.add(new Box(inner.addresses, protocol, portFrom, inner.portFrom - 1));
        }
        if (inner.portTo < portTo) {
            out.add(new Box(inner.addresses, protocol, inner.portTo + 1, portTo));
        }
        return out;
    }
}
