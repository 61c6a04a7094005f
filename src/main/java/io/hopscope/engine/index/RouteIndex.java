package io.hopscope.engine.index;

import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A route table prepared for longest prefix match: every route (prefix-list routes expanded to
 * their CIDRs) sorted by prefix length, longest first, then static before prefix-list before
 * propagated for equal prefixes [RT "Route priority and prefix lists"]. IPv4 and IPv6 are kept in
 * separate arrays because a route of one family never matches the other [RT].
 */
public final class RouteIndex {
    /** One matchable entry: the CIDR it covers and the route it came from. */
    public record Entry(Cidr cidr, Route route, int priority) {
    }

    private final RouteTable table;
    private final Entry[] ipv4;
    private final Entry[] ipv6;

    public RouteIndex(RouteTable table, Map<String, List<Cidr>> prefixLists) {
        this.table = table;
        List<Entry> v4 = new ArrayList<>();
        List<Entry> v6 = new ArrayList<>();
        for (Route r : table.routes()) {
            int priority = r.propagated() ? 2 : r.prefixListId() != null ? 1 : 0;
            List<Cidr> cidrs = r.destination() != null ? List.of(r.destination())
                    : prefixLists.getOrDefault(r.prefixListId(), List.of());
            for (Cidr c : cidrs) {
                (c.isIpv4() ? v4 : v6).add(new Entry(c, r, priority));
            }
        }
        Comparator<Entry> order = Comparator.comparingInt((Entry e) -> -e.cidr().prefixLength())
                .thenComparingInt(Entry::priority);
        v4.sort(order);
        v6.sort(order);
        this.ipv4 = v4.toArray(Entry[]::new);
        this.ipv6 = v6.toArray(Entry[]::new);
    }

    public RouteTable table() {
        return table;
    }

    /**
     * The most specific route for {@code dst}, blackhole or not: LPM does not skip a blackhole
     * route, so a more specific blackhole shadows a less specific active route [RT].
     */
    public Entry lookup(IpAddress dst) {
        for (Entry e : dst.isIpv4() ? ipv4 : ipv6) {
            if (Addresses.contains(e.cidr(), dst)) {
                return e;
            }
        }
        return null;
    }

    /** The best route for {@code dst} that is not {@code excluded}: what remains when a route is removed. */
    public Entry lookupExcluding(IpAddress dst, Route excluded) {
        for (Entry e : dst.isIpv4() ? ipv4 : ipv6) {
            if (e.route() != excluded && Addresses.contains(e.cidr(), dst)) {
                return e;
            }
        }
        return null;
    }
}
