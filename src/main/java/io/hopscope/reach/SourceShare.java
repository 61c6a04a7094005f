package io.hopscope.reach;

import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Direction;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Trace;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One row of a matrix (one source, one service) shares the requests dropped on the source's side.
 * A request from the source that is dropped before anything of the destination's own (its security
 * groups, its interface) is decided by the source's interface and groups, network ACLs, route tables,
 * NAT and internet gateways on the way; each compares the destination address only against the
 * blocks its rules, entries and routes hold (the cuts of that component) or against the model-wide
 * blocks (VPC and subnet blocks, RFC 1918: what the gateways and the local delivery test). So every
 * destination placed alike (same VPC, same kind, the same kinds of address: the address the trace
 * picks is chosen alike) whose picked address lies in the same atom of those cuts meets the same
 * components with the same decisions, and gets the same verdict and blocking component without a
 * trace. Requests that reached anything of the destination, or met another kind of component, are
 * never shared.
 */
final class SourceShare {
    /** The components whose decisions on the destination address the cuts hold (see the class comment). */
    private static final Set<ComponentKind> SOURCE_SIDE = Set.of(ComponentKind.NETWORK_INTERFACE,
            ComponentKind.SECURITY_GROUP, ComponentKind.NETWORK_ACL, ComponentKind.ROUTE_TABLE,
            ComponentKind.INTERNET_GATEWAY, ComponentKind.NAT_GATEWAY);
    private static final Set<InterfaceType> PLAIN = Set.of(InterfaceType.INSTANCE, InterfaceType.RDS, InterfaceType.LAMBDA);
    private static final AddressRange LINK_LOCAL = AddressRange.of(Cidr.parse("169.254.0.0/16"));

    /** What the query resolver reads of a destination to pick its address. */
    private record Placed(String vpc, InterfaceType type, boolean publicIp, int privateIps, int ipv6Ips) {
    }

    /** A shared answer: destinations whose picked address ({@code toPublic}: the public one) lies in {@code atom}. */
    private record Known(boolean toPublic, AddressRange atom, String verdict, String blockedAt) {
    }

    /** Addresses the walk answers without a component (Amazon DNS at a VPC's base + 2): never shared. */
    static Set<IpAddress> serviceAddresses(NetworkModel model) {
        Set<IpAddress> out = new HashSet<>();
        for (Vpc v : model.vpcs()) {
            if (!v.ipv4Cidrs().isEmpty()) {
                out.add(v.ipv4Cidrs().get(0).addressAt(2));
            }
        }
        return out;
    }

    private final NetworkModel model;
    private final CutIndex cuts;
    private final Set<IpAddress> services;
    private final Map<Placed, List<Known>> known = new HashMap<>();

    SourceShare(NetworkModel model, CutIndex cuts, Set<IpAddress> services) {
        this.model = model;
        this.cuts = cuts;
        this.services = services;
    }

    /** The shared answer for {@code target}, or null when it has to be traced. */
    Matrix.Entry lookup(ReachEndpoint source, ReachEndpoint target) {
        Placed p = placed(target.eni());
        List<Known> list = p == null ? null : known.get(p);
        if (list == null) {
            return null;
        }
        NetworkInterface eni = target.eni();
        for (Known k : list) {
            IpAddress a = k.toPublic ? eni.publicIp() : eni.primaryIp();
            if (a != null && k.atom.contains(a) && shareable(a)) {
                return new Matrix.Entry(source, target, k.verdict, k.blockedAt, null);
            }
        }
        return null;
    }

    /** Remembers a traced answer when its request was dropped on the source's side (see the class comment). */
    void learn(ReachEndpoint target, Trace t, String verdict, String blockedAt) {
        Placed p = placed(target.eni());
        List<Hop> hops = t.forward().hops();
        if (p == null || t.unknownAt() != null || t.forward().blockedAt() == null || hops.isEmpty()) {
            return;
        }
        IpAddress dst = hops.get(0).packet() == null ? null : hops.get(0).packet().dst();
        NetworkInterface eni = target.eni();
        boolean toPublic = dst != null && dst.equals(eni.publicIp());
        if (dst == null || dst.version() != 4 || !shareable(dst) || !toPublic && !dst.equals(eni.primaryIp())) {
            return;
        }
        for (Hop h : hops) {
            boolean towardTarget = h.direction() == Direction.INGRESS
                    && (h.kind() == ComponentKind.NETWORK_INTERFACE || h.kind() == ComponentKind.SECURITY_GROUP);
            if (!SOURCE_SIDE.contains(h.kind()) || towardTarget) {
                return;
            }
        }
        ProtocolClass pc = new ProtocolClass(0, false, List.of());
        AddressRange all = new AddressRange(4, 0, 0, 0, 0xFFFFFFFFL);
        Box atom = cuts.global().narrow(new Box(all, pc, 0, 0), dst.hi(), dst.lo(), 0, false);
        for (Hop h : hops) {
            Cuts c = cuts.of(h);
            if (c != null) {
                atom = c.narrow(atom, dst.hi(), dst.lo(), 0, false);
            }
        }
        known.computeIfAbsent(p, x -> new ArrayList<>()).add(new Known(toPublic, atom.addresses(), verdict, blockedAt));
    }

    private boolean shareable(IpAddress a) {
        return !LINK_LOCAL.contains(a) && !services.contains(a);
    }

    private Placed placed(NetworkInterface eni) {
        if (eni == null || !PLAIN.contains(eni.type())) {
            return null;
        }
        Subnet s = model.subnet(eni.subnetId());
        return s == null ? null : new Placed(s.vpcId(), eni.type(), eni.publicIp() != null, eni.privateIps().size(),
                eni.ipv6Ips().size());
    }
}
