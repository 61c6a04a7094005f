package io.hopscope.reach;

import io.hopscope.engine.Verdict;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.PortSet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the cells of one source x target before and after a change. Each side's cells partition
 * the same header space, so where a cell of one side meets a cell of the other with another verdict,
 * their common box is a changed flow, and nothing else changed. Cells are matched by the role of
 * the addresses (the target's first private address, its public one, its n-th IPv6; an interface
 * source's n-th address), not by the addresses themselves: a plan may give an instance a new
 * placeholder address that is still "its" address. Changed boxes become rows as in exposure:
 * boxes with the same addresses share their ports, then rows with the same ports share addresses.
 */
final class FlowDiffer {
    private record Region(Cell shown, AddressRange addresses, int portFrom, int portTo, Verdict before, Verdict after) {
    }

    private FlowDiffer() {
    }

    static List<FlowChange> diff(String assertion, List<Cell> was, List<Cell> is) {
        Map<List<String>, List<List<Cell>>> sides = new LinkedHashMap<>();
        for (Cell c : is) {
            sides.computeIfAbsent(key(c), k -> List.of(new ArrayList<>(), new ArrayList<>())).get(1).add(c);
        }
        for (Cell c : was) {
            sides.computeIfAbsent(key(c), k -> List.of(new ArrayList<>(), new ArrayList<>())).get(0).add(c);
        }
        List<Region> regions = new ArrayList<>();
        for (List<List<Cell>> s : sides.values()) {
            compare(s.get(0), s.get(1), regions);
        }
        return rows(assertion, regions);
    }

    private static void compare(List<Cell> was, List<Cell> is, List<Region> out) {
        if (was.isEmpty() || is.isEmpty()) {
            // One side has no such flow at all: only a connection that exists on the other side is a change.
            for (Cell c : was.isEmpty() ? is : was) {
                if (c.opens()) {
                    Box b = c.box();
                    out.add(new Region(c, b.addresses(), b.portFrom(), b.portTo(), was.isEmpty() ? null : c.verdict(),
                            was.isEmpty() ? c.verdict() : null));
                }
            }
            return;
        }
        for (Cell a : is) {
            for (Cell b : was) {
                if (a.verdict() == b.verdict()) {
                    continue;
                }
                int from = Math.max(a.box().portFrom(), b.box().portFrom());
                int to = Math.min(a.box().portTo(), b.box().portTo());
                // An interface source sends from one address per role: the addresses need not match.
                AddressRange addr = a.source().isInterface() ? a.box().addresses()
                        : a.box().addresses().intersect(b.box().addresses());
                if (from <= to && addr != null) {
                    out.add(new Region(a, addr, from, to, b.verdict(), a.verdict()));
                }
            }
        }
    }

    /** Source role, destination role and protocol class: what a flow is, whatever the addresses became. */
    private static List<String> key(Cell c) {
        String src = "";
        if (c.source().isInterface()) {
            IpAddress first = c.box().addresses().first();
            List<Cidr> own = c.source().addresses();
            for (int i = 0; i < own.size(); i++) {
                if (own.get(i).contains(first)) {
                    src = "s" + i;
                }
            }
        }
        return List.of(src, role(c.target().eni(), c.destination()), c.box().protocol().label());
    }

    private static String role(NetworkInterface eni, IpAddress dst) {
        if (dst.equals(eni.publicIp())) {
            return "public";
        }
        int i = eni.privateIps().indexOf(dst);
        return i >= 0 ? "private" + i : "ipv6-" + eni.ipv6Ips().indexOf(dst);
    }

    private static List<FlowChange> rows(String assertion, List<Region> regions) {
        Map<List<Object>, List<Region>> groups = new LinkedHashMap<>();
        for (Region r : regions) {
            Cell c = r.shown();
            List<Object> k = new ArrayList<>(List.of(c.source().id(), c.target().id(), c.destination(),
                    c.box().protocol().label(), FlowChange.label(r.before()), FlowChange.label(r.after())));
            groups.computeIfAbsent(k, x -> new ArrayList<>()).add(r);
        }
        List<FlowChange> out = new ArrayList<>();
        for (List<Region> g : groups.values()) {
            Map<AddressRange, PortSet> portsOf = new LinkedHashMap<>();
            for (Region r : g) {
                portsOf.merge(r.addresses(), PortSet.of(new PortRange(r.portFrom(), r.portTo())), PortSet::union);
            }
            Map<PortSet, List<AddressRange>> addressesOf = new LinkedHashMap<>();
            portsOf.forEach((a, p) -> addressesOf.computeIfAbsent(p, x -> new ArrayList<>()).add(a));
            Region f = g.get(0);
            Cell c = f.shown();
            ProtocolClass pc = c.box().protocol();
            addressesOf.forEach((ports, addresses) -> out.add(new FlowChange(assertion, c.source().id(), c.source().name(),
                    c.target().id(), c.target().name(), c.destination().toString(), pc.label(), ports(pc, ports),
                    cidrs(addresses), f.before(), f.after())));
        }
        return out;
    }

    /** Ports for tcp and udp; ICMP types (the port dimension is type x 256 + code); nothing for other protocols. */
    private static List<String> ports(ProtocolClass pc, PortSet ports) {
        if (pc.hasPorts()) {
            return ports.texts();
        }
        if (!pc.isIcmpLike()) {
            return List.of();
        }
        List<PortRange> types = new ArrayList<>();
        for (PortRange r : ports.ranges()) {
            types.add(new PortRange(r.from() / 256, r.to() / 256));
        }
        return PortSet.ofRanges(types).texts();
    }

    private static List<String> cidrs(List<AddressRange> ranges) {
        List<AddressRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(AddressRange::version)
                .thenComparing((x, y) -> U128.cmp(x.fromHi(), x.fromLo(), y.fromHi(), y.fromLo())));
        List<AddressRange> merged = new ArrayList<>();
        for (AddressRange r : sorted) {
            AddressRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.adjacentBefore(r)) {
                merged.set(merged.size() - 1, new AddressRange(r.version(), last.fromHi(), last.fromLo(), r.toHi(), r.toLo()));
            } else {
                merged.add(r);
            }
        }
        List<String> out = new ArrayList<>();
        for (AddressRange r : merged) {
            r.toCidrs().forEach(x -> out.add(x.toString()));
        }
        return out;
    }
}
