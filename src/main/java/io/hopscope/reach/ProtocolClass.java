package io.hopscope.reach;

import io.hopscope.model.net.Protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A set of IP protocols no rule of the model tells apart: one named protocol (tcp, udp, icmp, icmpv6,
 * or a number some rule names), or "other", every number no rule names, which rules with -1 treat
 * alike. {@code representative} is the protocol a concrete trace uses for the class.
 */
public record ProtocolClass(int representative, boolean other, List<String> others) {

    public boolean isIcmpLike() {
        return !other && (representative == 1 || representative == 58);
    }

    public boolean hasPorts() {
        return !other && (representative == 6 || representative == 17);
    }

    /** The largest value of the port dimension: 65535 for ports and ICMP type/code, 0 otherwise. */
    int maxPort() {
        return hasPorts() || isIcmpLike() ? 65535 : 0;
    }

    public Protocol protocol() {
        return new Protocol(representative);
    }

    /** "tcp", "icmp", "47", or "other". */
    public String label() {
        return other ? "other" : protocol().label();
    }

    /**
     * The classes for one IP version, given the protocol numbers the model's rules name. The other
     * family's ICMP (58 for IPv4, 1 for IPv6) is no packet of this version and is left out.
     */
    static List<ProtocolClass> classes(int version, Set<Integer> named) {
        int foreign = version == 4 ? 58 : 1;
        TreeSet<Integer> own = new TreeSet<>(named);
        own.remove(-1);
        own.add(6);
        own.add(17);
        own.add(version == 4 ? 1 : 58);
        own.remove(foreign);
        List<ProtocolClass> out = new ArrayList<>();
        for (int p : own) {
            out.add(new ProtocolClass(p, false, List.of()));
        }
        TreeSet<Integer> taken = new TreeSet<>(own);
        taken.add(foreign);
        List<String> rest = ranges(taken);
        if (!rest.isEmpty()) {
            out.add(new ProtocolClass(taken.contains(47) ? firstFree(taken) : 47, true, rest));
        }
        return out;
    }

    private static int firstFree(Set<Integer> used) {
        for (int p = 255; p >= 0; p--) {
            if (!used.contains(p)) {
                return p;
            }
        }
        return -1;
    }

    private static List<String> ranges(Set<Integer> used) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int p = 0; p <= 256; p++) {
            boolean free = p <= 255 && !used.contains(p);
            if (free && start < 0) {
                start = p;
            } else if (!free && start >= 0) {
                out.add(start == p - 1 ? Integer.toString(start) : start + "-" + (p - 1));
                start = -1;
            }
        }
        return out;
    }
}
