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
    private final Map<String, List<Cidr>> prefixLists;
    /** IPv4 then IPv6 entries in match order; null until first asked (then never written again). */
    private volatile Entry[][] sorted;

    /**
     * {@code prefixLists} must not change afterwards: the routes are expanded and sorted on first
     * use, since a trace meets one or two of an account's route tables.
     */
    public RouteIndex(RouteTable table, Map<String, List<Cidr>> prefixLists) {
        this.table = table;
        this.prefixLists = prefixLists;
    }

    /** Two threads may both sort; they compute the same arrays and either may be kept. */
    private Entry[] entries(IpAddress dst) {
        Entry[][] s = sorted;
        if (s == null) {
            s = sort();
            sorted = s;
        }
        return dst.isIpv4() ? s[0] : s[1];
    }

    private Entry[][] sort() {
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
        return new Entry[][] {v4.toArray(Entry[]::new), v6.toArray(Entry[]::new)};
    }

    public RouteTable table() {
        return table;
    }

    /**
     * The most specific route for {@code dst}, blackhole or not: LPM does not skip a blackhole
     * route, so a more specific blackhole shadows a less specific active route [RT].
     */
    public Entry lookup(IpAddress dst) {
        for (Entry e : entries(dst)) {
            if (Addresses.contains(e.cidr(), dst)) {
                return e;
            }
        }
        return null;
    }

    /** The best route for {@code dst} that is not {@code excluded}: what remains when a route is removed. */
    public Entry lookupExcluding(IpAddress dst, Route excluded) {
        for (Entry e : entries(dst)) {
            if (e.route() != excluded && Addresses.contains(e.cidr(), dst)) {
                return e;
            }
        }
        return null;
    }
}
