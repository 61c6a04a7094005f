package io.hopscope.reach;

import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IcmpMatch;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of one inbound rule list (a security group set's inbound rules, a network ACL's inbound
 * entries) as rectangles of the header space: the addresses a rule compares the source against x the
 * destination ports (ICMP type/code) it admits, for the protocol it names. A rule decides every packet
 * of a box alike when the box lies inside its rectangle or misses it, so a box narrowed until that
 * holds for every rule meets the same first matching rule everywhere (SG: first match over the
 * groups' rules; NACL: first entry by number), which is what the grid of {@link Cuts} ensures too,
 * but without cutting the addresses at a port boundary of a rule that does not hold there (a
 * {@code tcp 3306 from 10.0.0.0/8} rule splits none of the internet's boxes).
 */
final class Rects {
    /** Rules over fewer addresses than this are found through {@link #byStart}; wider ones are always looked at. */
    private static final long SMALL = 1L << 16;

    private final Rect[] rects;
    /** Indexes of the rules of at most {@link #SMALL} addresses, by first address. */
    private final int[] byStart;
    /** Indexes of the wider rules, in rule order. */
    private final int[] wide;

    private Rects(List<Rect> rects) {
        this.rects = rects.toArray(new Rect[0]);
        List<Integer> small = new ArrayList<>();
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < this.rects.length; i++) {
            Rect r = this.rects[i];
            (r.fromHi == r.toHi && Long.compareUnsigned(r.toLo - r.fromLo, SMALL) < 0 ? small : rest).add(i);
        }
        small.sort((x, y) -> U128.cmp(this.rects[x].fromHi, this.rects[x].fromLo, this.rects[y].fromHi, this.rects[y].fromLo));
        this.byStart = small.stream().mapToInt(Integer::intValue).toArray();
        this.wide = rest.stream().mapToInt(Integer::intValue).toArray();
    }

    private Rects(Rect[] rects, int[] byStart, int[] wide) {
        this.rects = rects;
        this.byStart = byStart;
        this.wide = wide;
    }

    /**
     * The rules of {@code parts} one after the other (a group set's inbound rules, group by group), as
     * the builder would make them from all the rules in that order: the narrow rules' by-start order
     * merged, ties in rule order as the builder's stable sort leaves them, instead of sorted again.
     */
    static Rects concat(List<Rects> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        int n = 0;
        int smallCount = 0;
        int wideCount = 0;
        for (Rects r : parts) {
            n += r.rects.length;
            smallCount += r.byStart.length;
            wideCount += r.wide.length;
        }
        Rect[] all = new Rect[n];
        int[] wide = new int[wideCount];
        int[] offsets = new int[parts.size()];
        int at = 0;
        int w = 0;
        for (int k = 0; k < parts.size(); k++) {
            Rects r = parts.get(k);
            offsets[k] = at;
            System.arraycopy(r.rects, 0, all, at, r.rects.length);
            for (int i : r.wide) {
                wide[w++] = at + i;
            }
            at += r.rects.length;
        }
        int[] byStart = new int[smallCount];
        int[] next = new int[parts.size()];
        for (int out = 0; out < smallCount; out++) {
            int best = -1;
            for (int k = 0; k < parts.size(); k++) {
                Rects r = parts.get(k);
                if (next[k] == r.byStart.length) {
                    continue;
                }
                // Earlier parts win ties: their rules come first in rule order.
                if (best < 0 || startsBefore(r.rects[r.byStart[next[k]]], parts.get(best).rects[parts.get(best).byStart[next[best]]])) {
                    best = k;
                }
            }
            Rects b = parts.get(best);
            byStart[out] = offsets[best] + b.byStart[next[best]++];
        }
        return new Rects(all, byStart, wide);
    }

    private static boolean startsBefore(Rect x, Rect y) {
        return U128.cmp(x.fromHi, x.fromLo, y.fromHi, y.fromLo) < 0;
    }

    /**
     * The rules whose addresses meet {@code a}, in rule order. The others never meet a box of those
     * addresses, however it is narrowed, so leaving them out changes nothing (a quota account's group
     * set holds thousands of member-host rules, all in private space, that no internet box meets).
     */
    private int[] meeting(AddressRange a) {
        long loHi = a.fromHi();
        long loLo = a.fromLo() - SMALL;
        if (Long.compareUnsigned(a.fromLo(), SMALL) < 0) {
            loLo = loHi == 0 ? 0 : loLo;
            loHi = loHi == 0 ? 0 : loHi - 1;
        }
        int first = 0;
        int last = byStart.length;
        while (first < last) {
            int mid = (first + last) >>> 1;
            Rect r = rects[byStart[mid]];
            if (U128.cmp(r.fromHi, r.fromLo, loHi, loLo) < 0) {
                first = mid + 1;
            } else {
                last = mid;
            }
        }
        int[] out = new int[wide.length + 16];
        int n = 0;
        for (int w : wide) {
            out[n++] = w;
        }
        for (int i = first; i < byStart.length; i++) {
            Rect r = rects[byStart[i]];
            if (U128.cmp(r.fromHi, r.fromLo, a.toHi(), a.toLo()) > 0) {
                break;
            }
            if (U128.cmp(r.toHi, r.toLo, a.fromHi(), a.fromLo()) >= 0) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = byStart[i];
            }
        }
        int[] sorted = java.util.Arrays.copyOf(out, n);
        java.util.Arrays.sort(sorted);
        return sorted;
    }

    /** One rule: protocol number (-1 for all), one address block, the port (or ICMP) interval for its protocol. */
    private record Rect(int protocol, int version, long fromHi, long fromLo, long toHi, long toLo, int portFrom,
                        int portTo) {
    }

    /**
     * Narrows {@code box} (whose lowest corner is the traced packet) until every rule's rectangle holds
     * it or misses it. A rule missing the corner is left out along the dimension that keeps more of the box.
     */
    Box narrow(Box box) {
        ProtocolClass pc = box.protocol();
        AddressRange a = box.addresses();
        long toHi = a.toHi();
        long toLo = a.toLo();
        int pt = box.portTo();
        for (int i : meeting(a)) {
            Rect r = rects[i];
            if (r.version != a.version() || !(r.protocol == -1 || !pc.other() && r.protocol == pc.representative())) {
                continue;
            }
            int rp0 = r.protocol == -1 ? 0 : r.portFrom;
            int rp1 = r.protocol == -1 ? 65535 : r.portTo;
            if (U128.cmp(r.fromHi, r.fromLo, toHi, toLo) > 0 || U128.cmp(r.toHi, r.toLo, a.fromHi(), a.fromLo()) < 0
                    || rp0 > pt || rp1 < box.portFrom()) {
                continue;
            }
            boolean addressIn = U128.cmp(r.fromHi, r.fromLo, a.fromHi(), a.fromLo()) <= 0;
            boolean portIn = rp0 <= box.portFrom();
            if (addressIn && portIn) {
                if (U128.cmp(r.toHi, r.toLo, toHi, toLo) < 0) {
                    toHi = r.toHi;
                    toLo = r.toLo;
                }
                pt = Math.min(pt, rp1);
            } else if (addressIn || !portIn && portsKeepMore(a, r, toHi, toLo, box.portFrom(), rp0, pt)) {
                pt = rp0 - 1;
            } else {
                long[] end = U128.dec(r.fromHi, r.fromLo);
                toHi = end[0];
                toLo = end[1];
            }
        }
        return new Box(new AddressRange(a.version(), a.fromHi(), a.fromLo(), toHi, toLo), pc, box.portFrom(), pt);
    }

    /** Whether cutting the ports below the rule keeps more of the box than cutting the addresses below it. */
    private static boolean portsKeepMore(AddressRange a, Rect r, long toHi, long toLo, int pf, int rp0, int pt) {
        double all = span(a.fromHi(), a.fromLo(), toHi, toLo);
        double below = span(a.fromHi(), a.fromLo(), r.fromHi, r.fromLo) - 1;
        return all * (rp0 - pf) >= below * (pt - pf + 1.0);
    }

    private static double span(long fromHi, long fromLo, long toHi, long toLo) {
        return (toHi - fromHi) * 0x1p64 + unsigned(toLo) - unsigned(fromLo) + 1;
    }

    private static double unsigned(long x) {
        return x >= 0 ? x : x + 0x1p64;
    }

    static final class Builder {
        private final List<Rect> rects = new ArrayList<>();

        /** A rule of {@code protocol} on {@code ports} (tcp/udp) or {@code icmp}, comparing the source against {@code cidr}. */
        Builder rule(Protocol protocol, PortRange ports, IcmpMatch icmp, Cidr cidr) {
            if (cidr == null) {
                return this;
            }
            int from = 0;
            int to = 65535;
            if (protocol.hasPorts() && ports != null) {
                from = ports.from();
                to = ports.to();
            } else if (protocol.isIcmp() && icmp != null && icmp.type() >= 0) {
                from = icmp.type() * 256 + Math.max(0, icmp.code());
                to = icmp.code() < 0 ? icmp.type() * 256 + 255 : from;
            }
            AddressRange r = AddressRange.of(cidr);
            rects.add(new Rect(protocol.isAll() ? -1 : protocol.number(), r.version(), r.fromHi(), r.fromLo(), r.toHi(),
                    r.toLo(), from, to));
            return this;
        }

        Rects build() {
            return new Rects(List.copyOf(rects));
        }
    }
}
