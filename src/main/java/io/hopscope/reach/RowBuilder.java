package io.hopscope.reach;

import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Decision;
import io.hopscope.engine.Hop;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.PortSet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the open cells of one source x target into rows: cells with the same protocol, verdict,
 * destination, path and allowing rules are one group; within a group, the source line is cut at
 * every cell edge, each piece gets the union of the ports of the cells over it, equal neighbours
 * merge, and pieces with the same ports become one row (addresses as the fewest CIDR blocks).
 */
final class RowBuilder {
    private RowBuilder() {
    }

    static List<ExposureRow> rows(List<Cell> cells) {
        Map<List<Object>, List<Cell>> groups = new LinkedHashMap<>();
        for (Cell c : cells) {
            if (c.opens()) {
                groups.computeIfAbsent(key(c), k -> new ArrayList<>()).add(c);
            }
        }
        List<ExposureRow> out = new ArrayList<>();
        for (List<Cell> g : groups.values()) {
            out.addAll(rowsOfGroup(g));
        }
        return out;
    }

    /**
     * Rows of one source that hold for every protocol class of their IP version (every port, every
     * ICMP type, every other number), alike in addresses, verdict, path and rules, become one row
     * {@code "protocol": "all"}, as the contract writes an "all traffic" rule's exposure.
     */
    static List<ExposureRow> mergeAll(List<ExposureRow> rows, int classesV4, int classesV6) {
        Map<Object, List<ExposureRow>> same = new LinkedHashMap<>();
        for (ExposureRow r : rows) {
            boolean full = r.icmp() ? r.ports().equals(List.of("0-255")) : r.ports().isEmpty() || r.ports().equals(List.of("0-65535"));
            // Any other row keeps its place under a key of its own (no two rows of one source are equal),
            // instead of a key hashing the row with its example's whole trace.
            Object k = full ? List.of(r.source().id(), r.destination(), r.addresses(), r.verdict(), r.via(), r.allowedBy())
                    : new Object();
            same.computeIfAbsent(k, x -> new ArrayList<>()).add(r);
        }
        List<ExposureRow> out = new ArrayList<>();
        for (List<ExposureRow> g : same.values()) {
            ExposureRow f = g.get(0);
            int classes = f.destination().contains(":") ? classesV6 : classesV4;
            if (g.size() > 1 && g.size() == classes && g.stream().map(ExposureRow::protocol).distinct().count() == classes) {
                out.add(new ExposureRow(f.source(), "all", List.of(), false, List.of(), f.addresses(), f.verdict(),
                        f.destination(), f.via(), f.allowedBy(), f.example()));
            } else {
                out.addAll(g);
            }
        }
        return out;
    }

    private static List<Object> key(Cell c) {
        return List.of(c.source().id(), c.destination(), c.box().protocol(), c.verdict(), via(c), allowedBy(c));
    }

    private static List<ExposureRow> rowsOfGroup(List<Cell> g) {
        List<AddressRange> pieces = pieces(g);
        List<AddressRange> merged = new ArrayList<>();
        List<PortSet> portsOf = new ArrayList<>();
        for (AddressRange p : pieces) {
            PortSet ports = PortSet.EMPTY;
            for (Cell c : g) {
                if (c.box().addresses().containsRange(p)) {
                    ports = ports.union(PortSet.of(new PortRange(c.box().portFrom(), c.box().portTo())));
                }
            }
            if (ports.isEmpty()) {
                continue;
            }
            int last = merged.size() - 1;
            if (last >= 0 && portsOf.get(last).equals(ports) && merged.get(last).adjacentBefore(p)) {
                AddressRange a = merged.get(last);
                merged.set(last, new AddressRange(a.version(), a.fromHi(), a.fromLo(), p.toHi(), p.toLo()));
            } else {
                merged.add(p);
                portsOf.add(ports);
            }
        }
        Map<PortSet, List<Cidr>> byPorts = new LinkedHashMap<>();
        for (int i = 0; i < merged.size(); i++) {
            byPorts.computeIfAbsent(portsOf.get(i), k -> new ArrayList<>()).addAll(merged.get(i).toCidrs());
        }
        Cell first = g.get(0);
        ProtocolClass pc = first.box().protocol();
        List<ExposureRow> out = new ArrayList<>();
        for (Map.Entry<PortSet, List<Cidr>> e : byPorts.entrySet()) {
            List<String> ports = pc.hasPorts() ? e.getKey().texts() : pc.isIcmpLike() ? icmpTexts(e.getKey()) : List.of();
            out.add(new ExposureRow(first.source(), pc.label(), pc.others(), pc.isIcmpLike(), ports,
                    e.getValue().stream().map(Cidr::toString).toList(), first.verdict(), first.destination().toString(),
                    via(first), allowedBy(first), example(g, e.getValue())));
        }
        return out;
    }

    /** The source line cut at every edge of the group's cells, in address order. */
    private static List<AddressRange> pieces(List<Cell> g) {
        List<long[]> edges = new ArrayList<>();
        int version = g.get(0).box().addresses().version();
        for (Cell c : g) {
            AddressRange a = c.box().addresses();
            edges.add(new long[] {a.fromHi(), a.fromLo()});
            long[] max = U128.max(version);
            if (a.toHi() != max[0] || a.toLo() != max[1]) {
                edges.add(U128.inc(a.toHi(), a.toLo()));
            } else {
                edges.add(null);
            }
        }
        edges.removeIf(Objects::isNull);
        edges.sort((x, y) -> U128.cmp(x[0], x[1], y[0], y[1]));
        List<AddressRange> out = new ArrayList<>();
        long[] max = U128.max(version);
        for (int i = 0; i < edges.size(); i++) {
            long[] from = edges.get(i);
            if (i + 1 < edges.size() && U128.cmp(from[0], from[1], edges.get(i + 1)[0], edges.get(i + 1)[1]) == 0) {
                continue;
            }
            long[] to = i + 1 < edges.size() ? U128.dec(edges.get(i + 1)[0], edges.get(i + 1)[1]) : max;
            out.add(new AddressRange(version, from[0], from[1], to[0], to[1]));
        }
        return out;
    }

    private static Cell example(List<Cell> g, List<Cidr> addresses) {
        return g.stream().filter(c -> addresses.stream().anyMatch(a -> AddressRange.of(a).contains(c.box().addresses().first())))
                .min(Comparator.comparingInt(c -> c.box().portFrom())).orElse(g.get(0));
    }

    private static List<String> icmpTexts(PortSet set) {
        List<String> out = new ArrayList<>();
        for (PortRange r : set.ranges()) {
            int t0 = r.from() / 256;
            int t1 = r.to() / 256;
            if (r.from() % 256 == 0 && r.to() % 256 == 255) {
                out.add(t0 == t1 ? Integer.toString(t0) : t0 + "-" + t1);
            } else if (t0 == t1) {
                out.add(t0 + "/" + (r.from() % 256 == r.to() % 256 ? Integer.toString(r.from() % 256)
                        : (r.from() % 256) + "-" + (r.to() % 256)));
            } else {
                out.add(t0 + "/" + (r.from() % 256) + "-" + t1 + "/" + (r.to() % 256));
            }
        }
        return out;
    }

    /** The components that carried the request: gateways, peering, route tables (no filters). */
    static List<String> via(Cell c) {
        List<String> out = new ArrayList<>();
        for (Hop h : c.trace().forward().hops()) {
            if (!isFilter(h.kind()) && h.kind() != ComponentKind.LOCAL && !out.contains(h.componentId())) {
                out.add(h.componentId());
            }
        }
        return out;
    }

    /** The NACL and security-group rules that let the request and its reply through. */
    static List<ExposureRow.AllowedBy> allowedBy(Cell c) {
        List<ExposureRow.AllowedBy> out = new ArrayList<>();
        List<Hop> hops = new ArrayList<>(c.trace().forward().hops());
        if (c.trace().reply() != null) {
            c.trace().reply().hops().stream().filter(h -> h.kind() == ComponentKind.NETWORK_ACL).forEach(hops::add);
        }
        for (Hop h : hops) {
            if (isFilter(h.kind()) && h.decision() == Decision.ALLOW) {
                ExposureRow.AllowedBy a = new ExposureRow.AllowedBy(h.componentId(), h.rule());
                if (!out.contains(a)) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    private static boolean isFilter(ComponentKind k) {
        return k == ComponentKind.NETWORK_ACL || k == ComponentKind.SECURITY_GROUP || k == ComponentKind.NETWORK_INTERFACE;
    }
}
