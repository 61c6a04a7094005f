package io.hopscope.reach;

import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Decision;
import io.hopscope.engine.Direction;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;
import io.hopscope.model.AclEntry;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.PrefixList;
import io.hopscope.model.Resource;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgPeerKind;
import io.hopscope.model.SgRule;
import io.hopscope.model.Workload;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IcmpMatch;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.PortRange;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cuts of one model: model-wide ones (VPC and subnet blocks, RFC 1918 and link-local ranges,
 * ICMP echo types, and every CIDR, address or port range held by a component that has no
 * {@link CutSource} of its own, found by walking the records), and per component, built on first
 * use and kept. Security groups, network ACLs, route tables and internet gateways have their own
 * sources, so a box is only split by the rules of the components its packets actually meet; the
 * model-wide cuts apply where a trace meets another kind or decides without a hop ({@link ResolutionCuts}).
 */
public final class CutIndex {
    private final NetworkModel model;
    private final Map<ComponentKind, CutSource> sources = new EnumMap<>(ComponentKind.class);
    private final Map<Key, Cuts> byComponent = new ConcurrentHashMap<>();
    private final Map<Key, Rects> inboundRects = new ConcurrentHashMap<>();
    private final InboundRects rectsOf;
    private final Map<String, Set<IpAddress>> members = new HashMap<>();
    private final Set<Integer> protocols = new HashSet<>();
    private final Cuts global;

    /** One component as a hop names it (an interface's hop carries the groups it was judged by). */
    private record Key(ComponentKind kind, String componentId, List<String> groups) {
    }

    public CutIndex(NetworkModel model) {
        this.model = model;
        CutSource sg = (hop, ix) -> ix.groupCuts(hop.componentId(), hop.groups());
        sources.put(ComponentKind.SECURITY_GROUP, sg);
        sources.put(ComponentKind.NETWORK_INTERFACE, sg);
        sources.put(ComponentKind.NETWORK_ACL, (hop, ix) -> ix.aclCuts(hop.componentId()));
        sources.put(ComponentKind.ROUTE_TABLE, (hop, ix) -> ix.routeCuts(hop.componentId()));
        // [IGW] a gateway compares the outside address only against RFC 1918 and RFC 6598; the other is the VPC's.
        sources.put(ComponentKind.INTERNET_GATEWAY, (hop, ix) -> {
            Cuts.Builder b = new Cuts.Builder();
            Cidr.PRIVATE_RANGES.forEach(b::cidr);
            return b;
        });
        for (NetworkInterface e : model.networkInterfaces()) {
            for (String g : e.securityGroupIds()) {
                Set<IpAddress> m = members.computeIfAbsent(g, k -> new HashSet<>());
                m.addAll(e.privateIps());
                m.addAll(e.ipv6Ips());
            }
        }
        Cuts.Builder b = new Cuts.Builder();
        for (Cidr c : Cidr.PRIVATE_RANGES) {
            b.cidr(c);
        }
        b.cidr(Cidr.parse("169.254.0.0/16")).cidr(Cidr.parse("fd00:ec2::/32")).cidr(Cidr.parse("fe80::/10"));
        for (int type : new int[] {0, 8, 128, 129}) {
            b.icmpRange(type * 256, type * 256 + 255);
        }
        Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Resource r : model.allResources()) {
            if (r instanceof SecurityGroup g) {
                g.inbound().forEach(x -> protocols.add(x.protocol().number()));
                g.outbound().forEach(x -> protocols.add(x.protocol().number()));
            } else if (r instanceof NetworkAcl a) {
                a.entries().forEach(x -> protocols.add(x.protocol().number()));
            } else if (!(r instanceof RouteTable || r instanceof NetworkInterface || r instanceof Workload)) {
                RecordCuts.collect(r, b, seen, 0);
            }
        }
        global = b.build();
        rectsOf = new InboundRects(model, members);
    }

    /** Adds or replaces the cut source for one component kind (transit gateway tables, load balancers...). */
    public void register(ComponentKind kind, CutSource source) {
        sources.put(kind, source);
        byComponent.clear();
    }

    public NetworkModel model() {
        return model;
    }

    /** Whether hops of {@code kind} narrow by cuts of their own (the others by the model-wide cuts). */
    boolean hasOwnCuts(ComponentKind kind) {
        return sources.containsKey(kind);
    }

    /** Protocol numbers some security group or NACL rule names (-1 included when a rule says all). */
    Set<Integer> namedProtocols() {
        return protocols;
    }

    Cuts global() {
        return global;
    }

    /** The cuts of the component a hop names, or null when the model-wide cuts cover it. */
    Cuts of(Hop hop) {
        CutSource s = sources.get(hop.kind());
        if (s == null) {
            return null;
        }
        Key key = new Key(hop.kind(), hop.componentId(), hop.groups());
        Cuts c = byComponent.get(key);
        return c != null ? c : byComponent.computeIfAbsent(key, k -> s.cuts(hop, this).build());
    }

    /**
     * Narrows {@code atom} around its lowest corner {@code rep} by what {@code hop} compares. A request
     * entering an interface's groups or a subnet's network ACL is judged by inbound rules on its source
     * and destination port: those rules as rectangles ({@link Rects}). A reply leaving through a network
     * ACL is judged on its destination (the client's address) and the client's port, never on the port
     * it comes from, so only the addresses are cut for tcp and udp. Everything else: the grid.
     */
    Box narrow(Hop hop, boolean reply, Box atom, IpAddress rep) {
        if (hop.decision() == Decision.TRACKED) {
            // [CT] a security group passes every reply by connection tracking: its rules decide nothing there.
            return atom;
        }
        // Only where the packet still carries the box's own source and port (no NAT, no load balancer leg before).
        boolean inbound = !reply && hop.direction() == Direction.INGRESS && untranslated(hop.packet(), atom, rep);
        if (inbound && (hop.kind() == ComponentKind.SECURITY_GROUP || hop.kind() == ComponentKind.NETWORK_INTERFACE)) {
            return inboundRects.computeIfAbsent(new Key(hop.kind(), hop.componentId(), hop.groups()),
                    k -> rectsOf.groups(groupIds(hop.componentId(), hop.groups()))).narrow(atom);
        }
        if (inbound && hop.kind() == ComponentKind.NETWORK_ACL) {
            return inboundRects.computeIfAbsent(new Key(hop.kind(), hop.componentId(), List.of()),
                    k -> rectsOf.acl(hop.componentId())).narrow(atom);
        }
        Cuts c = of(hop);
        if (c == null) {
            return atom;
        }
        boolean addressesOnly = reply && hop.kind() == ComponentKind.NETWORK_ACL && atom.protocol().hasPorts();
        return c.narrow(atom, rep.hi(), rep.lo(), atom.portFrom(), !addressesOnly);
    }

    private static boolean untranslated(Packet p, Box atom, IpAddress rep) {
        if (p == null || !rep.equals(p.src())) {
            return false;
        }
        ProtocolClass pc = atom.protocol();
        if (pc.hasPorts()) {
            return p.dstPort() != null && p.dstPort() == atom.portFrom();
        }
        if (pc.isIcmpLike()) {
            return p.icmpType() != null && p.icmpType() * 256 + (p.icmpCode() == null ? 0 : p.icmpCode()) == atom.portFrom();
        }
        return true;
    }

    private List<String> groupIds(String componentId, List<String> groupIds) {
        NetworkInterface eni = model.networkInterface(componentId);
        return !groupIds.isEmpty() ? groupIds : eni != null ? eni.securityGroupIds() : List.of(componentId);
    }

    /** Every rule of the groups (both directions: the cuts do not need to know which one the hop used). */
    public Cuts.Builder groupCuts(String componentId, List<String> groupIds) {
        Cuts.Builder b = new Cuts.Builder();
        List<String> ids = groupIds.isEmpty() ? List.of(componentId) : groupIds;
        NetworkInterface eni = model.networkInterface(componentId);
        if (eni != null && groupIds.isEmpty()) {
            ids = eni.securityGroupIds();
        }
        for (String id : ids) {
            SecurityGroup g = model.securityGroup(id);
            if (g == null) {
                continue;
            }
            for (List<SgRule> rules : List.of(g.inbound(), g.outbound())) {
                for (SgRule r : rules) {
                    b.ports(r.protocol().hasPorts() ? r.ports() : null).icmp(r.icmp());
                    if (r.peer().kind() == SgPeerKind.CIDR) {
                        b.cidr(r.peer().cidr());
                    } else if (r.peer().kind() == SgPeerKind.PREFIX_LIST) {
                        prefixList(b, r.peer().refId());
                    } else {
                        for (IpAddress ip : members.getOrDefault(r.peer().refId(), Set.of())) {
                            b.cidr(Cidr.host(ip));
                        }
                    }
                }
            }
        }
        return b;
    }

    public Cuts.Builder aclCuts(String aclId) {
        Cuts.Builder b = new Cuts.Builder();
        NetworkAcl acl = model.networkAcl(aclId);
        if (acl != null) {
            for (AclEntry e : acl.entries()) {
                b.cidr(e.cidr()).ports(e.protocol().hasPorts() ? e.ports() : null).icmp(e.icmp());
            }
        }
        return b;
    }

    public Cuts.Builder routeCuts(String routeTableId) {
        Cuts.Builder b = new Cuts.Builder();
        RouteTable rt = model.routeTable(routeTableId);
        if (rt == null) {
            return b.all(global);
        }
        for (Route r : rt.routes()) {
            if (r.destination() != null) {
                b.cidr(r.destination());
            } else {
                prefixList(b, r.prefixListId());
            }
        }
        return b;
    }

    private void prefixList(Cuts.Builder b, String id) {
        PrefixList p = model.prefixList(id);
        if (p != null) {
            p.cidrs().forEach(b::cidr);
        }
    }
}
