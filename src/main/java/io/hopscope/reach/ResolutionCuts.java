package io.hopscope.reach;

import io.hopscope.engine.Blocker;
import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Direction;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Trace;
import io.hopscope.engine.eval.NetworkAclEvaluator;
import io.hopscope.engine.index.AclIndex;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.ExternalKind;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.PrefixList;
import io.hopscope.model.Subnet;
import io.hopscope.model.TransitGatewayAttachment;
import io.hopscope.model.VpnGateway;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The cuts of what a trace decides without a hop to narrow by, so that a box is cut by the model-wide
 * cuts only where one of those decisions, or a component without a {@link CutSource}, could tell its
 * packets apart:
 * <ul>
 * <li>the resolution of a source address (a host outside, an external network, a service): the
 * tracer looks the address up among the interfaces' addresses and the AWS services' prefix lists
 * (a service's client gets another client profile), so every interface address the model-wide cuts
 * hold (a NAT gateway's Elastic IP) is an atom of its own, which {@link ReachEngine} leaves out as
 * that interface's, and the blocks of every prefix list and AWS service are cuts where the reply
 * decides too: the profile is the client's ports, which only the reply's network ACLs and the verdict
 * over client ports read (a request dropped on the way is decided by its hops, which compare the
 * addresses and the destination port);</li>
 * <li>the reply's ICMP type: an echo request is answered by an echo reply, any other type by itself, so
 * the echo request's type is a cut of its own protocol where the reply decides;</li>
 * <li>the way in from outside: the walk asks whether the source is a private IPv4 address (RFC 1918,
 * RFC 6598: cuts); a VPC with a virtual private gateway, or for a private source a VPC attached to a
 * transit gateway, sends a source behind it (VPN and Direct Connect routes, the transit gateway's
 * on-premises prefixes) another way than the internet gateway, so such a box, like a box to or from
 * a load balancer, NAT or endpoint interface, takes every model-wide cut, as before.</li>
 * </ul>
 * A source interface is named by its id with its own address, so its resolution cuts no address.
 */
final class ResolutionCuts {
    /** Interfaces whose traces only meet security groups, NACLs, route tables and gateways on their own. */
    private static final Set<InterfaceType> PLAIN = Set.of(InterfaceType.INSTANCE, InterfaceType.RDS, InterfaceType.LAMBDA);

    private final NetworkModel model;
    private final Cuts global;
    private final Cuts outside;
    private final Cuts outsideDropped;
    /** The request types whose reply is another type: echo request, ICMP 8 (reply 0) and ICMPv6 128 (reply 129). */
    private static final Cuts ECHO_V4 = new Cuts.Builder().icmpRange(8 * 256, 8 * 256 + 255).build();
    private static final Cuts ECHO_V6 = new Cuts.Builder().icmpRange(128 * 256, 128 * 256 + 255).build();
    private final Set<String> vgwVpcs = new HashSet<>();
    private final Set<String> transitVpcs = new HashSet<>();
    private final Predicate<ComponentKind> ownCuts;
    private final Map<String, AclIndex> acls = new ConcurrentHashMap<>();

    ResolutionCuts(NetworkModel model, Cuts global, Set<IpAddress> interfaceAddresses, Predicate<ComponentKind> ownCuts) {
        this.model = model;
        this.global = global;
        this.ownCuts = ownCuts;
        Cuts.Builder out = new Cuts.Builder();
        Cidr.PRIVATE_RANGES.forEach(out::cidr);
        for (IpAddress ip : interfaceAddresses) {
            if (global.cutsAt(ip)) {
                out.cidr(Cidr.host(ip));
            }
        }
        this.outsideDropped = out.build();
        for (PrefixList p : model.prefixLists()) {
            p.cidrs().forEach(out::cidr);
        }
        for (ExternalEndpoint e : model.externals()) {
            if (e.externalKind() == ExternalKind.AWS_SERVICE) {
                e.cidrs().forEach(out::cidr);
            }
        }
        this.outside = out.build();
        for (VpnGateway g : model.vpnGateways()) {
            if (g.vpcId() != null) {
                vgwVpcs.add(g.vpcId());
            }
        }
        for (TransitGatewayAttachment a : model.transitAttachments()) {
            if (a.type() == TransitGatewayAttachment.Type.VPC && a.resourceId() != null) {
                transitVpcs.add(a.resourceId());
            }
        }
    }

    /**
     * Narrows {@code box} around {@code rep} by the decisions {@code t} made without a hop, or by every
     * model-wide cut when {@code t} met a component without cuts of its own among the hops that decide
     * it (the request's; the reply's and the blockers' too when {@code replyDecides}) or entered a VPC
     * another way could lead into.
     */
    Box narrow(ReachEndpoint source, ReachEndpoint target, Trace t, boolean replyDecides, Box box, IpAddress rep) {
        if (needsGlobal(source, target, t, replyDecides, rep)) {
            return global.narrow(box, rep.hi(), rep.lo(), box.portFrom());
        }
        Box out = box;
        if (!source.isInterface()) {
            out = (replyDecides && readsClientPort(t) ? outside : outsideDropped).narrow(out, rep.hi(), rep.lo(), out.portFrom());
        }
        // The reply's type is the request's own but for an echo request (Packet.reply), and only a reply
        // reads it: a request dropped on the way needs no cut, nor an echo reply or an ICMPv6 type in IPv4.
        if (replyDecides && box.protocol().isIcmpLike()) {
            out = (box.protocol().representative() == 1 ? ECHO_V4 : ECHO_V6).narrow(out, rep.hi(), rep.lo(), out.portFrom());
        }
        return out;
    }

    private boolean needsGlobal(ReachEndpoint source, ReachEndpoint target, Trace t, boolean replyDecides, IpAddress rep) {
        if (!plain(target.eni()) || source.isInterface() && !plain(source.eni())
                || !source.isInterface() && entersHybrid(target.eni(), rep)) {
            return true;
        }
        if (!allOwn(t.forward().hops())) {
            return true;
        }
        if (!replyDecides) {
            return false;
        }
        if (t.reply() != null && !allOwn(t.reply().hops())) {
            return true;
        }
        for (Blocker b : t.blockers()) {
            if (!ownCuts.test(b.hop().kind())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a network ACL the reply crosses could decide another way, or by another entry, for another
     * port of the client: a client profile changes nothing but the client's ports (their range and the
     * one shown), so where every such ACL decides every port alike, a service's host and an internet
     * host in one box have the same verdict and the same rules, and the services' blocks need not cut it.
     */
    private boolean readsClientPort(Trace t) {
        if (t.reply() != null) {
            for (Hop h : t.reply().hops()) {
                if (portDependent(h)) {
                    return true;
                }
            }
        }
        for (Blocker b : t.blockers()) {
            if (b.onReply() && portDependent(b.hop())) {
                return true;
            }
        }
        return false;
    }

    private boolean portDependent(Hop h) {
        if (h.kind() != ComponentKind.NETWORK_ACL || h.packet() == null) {
            return false;
        }
        NetworkAcl acl = model.networkAcl(h.componentId());
        if (acl == null) {
            return true;
        }
        AclIndex index = acls.computeIfAbsent(acl.id(), k -> new AclIndex(acl));
        return !NetworkAclEvaluator.decidesEveryPortAlike(index, h.packet(), h.direction() == Direction.EGRESS);
    }

    private boolean allOwn(List<Hop> hops) {
        for (Hop h : hops) {
            if (!ownCuts.test(h.kind())) {
                return false;
            }
        }
        return true;
    }

    private static boolean plain(NetworkInterface eni) {
        return eni != null && PLAIN.contains(eni.type());
    }

    /**
     * Whether a packet from {@code src} outside enters the VPC of {@code eni} by a way the model-wide cuts
     * decide: any source of a VPC with a virtual private gateway (its static and learned routes), a
     * private IPv4 source of a VPC attached to a transit gateway (the on-premises prefixes); the private
     * ranges are cuts of their own.
     */
    private boolean entersHybrid(NetworkInterface eni, IpAddress src) {
        Subnet s = model.subnet(eni.subnetId());
        return s == null || vgwVpcs.contains(s.vpcId()) || src.isPrivateIpv4() && transitVpcs.contains(s.vpcId());
    }
}
