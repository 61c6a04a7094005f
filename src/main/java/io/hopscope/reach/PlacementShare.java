package io.hopscope.reach;

import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Hop;
import io.hopscope.model.AclEntry;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.PrefixList;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.Subnet;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Work shared between targets placed alike, for a source outside every VPC (the internet, an external
 * network, a service). Such a request meets the gateway it enters by, maybe a gateway route table,
 * then the target subnet's network ACL, before anything of the target itself (its security groups).
 * A starting box whose every cell was dropped there, for one target, is dropped alike for every
 * target of the same placement: same subnet, same interface type, a public IPv4 or not, as many
 * addresses of each kind, and each address matched by the same routes of every route table and the
 * same entries of every network ACL of its VPC (the only comparisons those components make against
 * the destination). Such boxes open nothing, so they add no exposure row and need no trace for the
 * other targets. Interfaces of load balancers, NAT gateways and endpoints are their own placement.
 */
final class PlacementShare implements ReachEngine.Slots {
    /** The components a request from outside meets before any of the target's own. */
    private static final Set<ComponentKind> BEFORE_TARGET = Set.of(ComponentKind.INTERNET_GATEWAY,
            ComponentKind.ROUTE_TABLE, ComponentKind.NETWORK_ACL);
    private static final Set<InterfaceType> PLAIN = Set.of(InterfaceType.INSTANCE, InterfaceType.RDS, InterfaceType.LAMBDA);

    private final Map<List<Object>, BitSet> dropped;
    private final List<Object> key;
    private final BitSet known;
    private final BitSet mine = new BitSet();
    private final List<Object> entryKey;
    private final BitSet knownAtEntry;
    private final BitSet mineAtEntry = new BitSet();

    private PlacementShare(Map<List<Object>, BitSet> dropped, List<Object> key, List<Object> entryKey) {
        this.dropped = dropped;
        this.key = key;
        this.known = dropped.get(key);
        this.entryKey = entryKey;
        this.knownAtEntry = dropped.get(entryKey);
    }

    /** The slots of one source x target, sharing through {@code dropped} (one map per source selection and question). */
    static PlacementShare of(Map<List<Object>, BitSet> dropped, NetworkModel model, ReachEndpoint source,
                             ReachEndpoint target) {
        return new PlacementShare(dropped, List.of(source.id(), placement(model, target.eni())),
                List.of(source.id(), "entry", entry(model, target.eni())));
    }

    /**
     * What the internet gateway a request from outside enters by sees of the target [IGW]: its VPC (so
     * the gateway, the VPC's virtual private gateway and transit attachments, which the entry consults
     * on the source alone) and, per address, its version and whether it is the public IPv4 of an
     * interface of that VPC (an IPv6 address: held in that VPC). A box dropped by that gateway on
     * entry, as its first and only hop, is dropped alike for every target with the same view, in any
     * subnet: a private address of every target of a VPC costs its boxes once per VPC, not per placement.
     */
    static List<Object> entry(NetworkModel model, NetworkInterface eni) {
        Subnet subnet = model.subnet(eni.subnetId());
        String vpc = subnet == null ? null : subnet.vpcId();
        List<Object> out = new ArrayList<>();
        out.add(vpc == null ? eni.id() : vpc);
        Map<IpAddress, String> vpcOf = entryAddresses(model);
        for (IpAddress ip : ReachEngine.destinations(eni)) {
            out.add(ip.version() + (vpc != null && vpc.equals(vpcOf.get(ip)) ? "+" : "-"));
        }
        return out;
    }

    /** The public IPv4 and the IPv6 addresses of every interface, with its VPC (of the last model asked). */
    private record EntryIndex(NetworkModel model, Map<IpAddress, String> vpcOf) {
    }

    private static volatile EntryIndex entryIndex;

    private static Map<IpAddress, String> entryAddresses(NetworkModel model) {
        EntryIndex e = entryIndex;
        if (e != null && e.model == model) {
            return e.vpcOf;
        }
        Map<IpAddress, String> out = new java.util.HashMap<>();
        for (NetworkInterface n : model.networkInterfaces()) {
            Subnet s = model.subnet(n.subnetId());
            if (s == null) {
                continue;
            }
            if (n.publicIp() != null) {
                out.merge(n.publicIp(), s.vpcId(), (a, b) -> a.equals(b) ? a : "");
            }
            for (IpAddress ip : n.ipv6Ips()) {
                out.merge(ip, s.vpcId(), (a, b) -> a.equals(b) ? a : "");
            }
        }
        entryIndex = new EntryIndex(model, out);
        return out;
    }

    static Map<List<Object>, BitSet> newTable() {
        return new ConcurrentHashMap<>();
    }

    @Override
    public boolean skip(int slot) {
        return known != null && known.get(slot) || knownAtEntry != null && knownAtEntry.get(slot);
    }

    @Override
    public void made(int slot, List<Cell> cells) {
        boolean atEntry = true;
        for (Cell c : cells) {
            if (!droppedBeforeTarget(c)) {
                return;
            }
            List<Hop> hops = c.trace().forward().hops();
            atEntry &= !c.opens() && hops.size() == 1 && hops.get(0).kind() == ComponentKind.INTERNET_GATEWAY;
        }
        mine.set(slot);
        if (atEntry) {
            mineAtEntry.set(slot);
        }
    }

    /** Publishes what this target's full answer showed, for the targets placed alike that come after it. */
    void finish() {
        if (known == null) {
            dropped.putIfAbsent(key, mine);
        }
        if (knownAtEntry == null) {
            dropped.putIfAbsent(entryKey, mineAtEntry);
        }
    }

    private static boolean droppedBeforeTarget(Cell c) {
        if (c.trace().forward().blockedAt() == null) {
            return false;
        }
        for (Hop h : c.trace().forward().hops()) {
            if (!BEFORE_TARGET.contains(h.kind())) {
                return false;
            }
        }
        return true;
    }

    /** What the components before the target can see of it (see the class comment). */
    static List<Object> placement(NetworkModel model, NetworkInterface eni) {
        List<Object> out = new ArrayList<>();
        out.add(eni.subnetId());
        out.add(eni.type());
        out.add(PLAIN.contains(eni.type()) ? "" : eni.id());
        out.add(eni.publicIp() != null);
        out.add(eni.sourceDestCheck());
        Subnet subnet = model.subnet(eni.subnetId());
        String vpc = subnet == null ? null : subnet.vpcId();
        for (IpAddress ip : ReachEngine.destinations(eni)) {
            out.add(ip.version());
            // The target's own addresses, as the routes and ACL entries that hold them: only equal sets decide alike.
            for (RouteTable rt : model.routeTables()) {
                if (rt.vpcId().equals(vpc)) {
                    out.add(routesHolding(model, rt, ip));
                }
            }
            for (NetworkAcl acl : model.networkAcls()) {
                if (acl.vpcId().equals(vpc)) {
                    out.add(entriesHolding(acl, ip));
                }
            }
        }
        return out;
    }

    private static BitSet routesHolding(NetworkModel model, RouteTable rt, IpAddress ip) {
        BitSet out = new BitSet();
        List<Route> routes = rt.routes();
        for (int i = 0; i < routes.size(); i++) {
            Route r = routes.get(i);
            List<Cidr> cidrs = r.destination() != null ? List.of(r.destination()) : prefixList(model, r.prefixListId());
            for (Cidr c : cidrs) {
                if (c.contains(ip)) {
                    out.set(i);
                }
            }
        }
        return out;
    }

    private static BitSet entriesHolding(NetworkAcl acl, IpAddress ip) {
        BitSet out = new BitSet();
        List<AclEntry> entries = acl.entries();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).cidr() != null && entries.get(i).cidr().contains(ip)) {
                out.set(i);
            }
        }
        return out;
    }

    private static List<Cidr> prefixList(NetworkModel model, String id) {
        PrefixList p = model.prefixList(id);
        return p == null ? List.of() : p.cidrs();
    }
}
