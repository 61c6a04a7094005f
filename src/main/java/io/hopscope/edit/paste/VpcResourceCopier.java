package io.hopscope.edit.paste;

import io.hopscope.edit.fresh.FreeAddresses;
import io.hopscope.text.Text;

import io.hopscope.model.AclEntry;
import io.hopscope.model.EgressOnlyInternetGateway;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.Resource;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgPeer;
import io.hopscope.model.SgPeerKind;
import io.hopscope.model.SgRule;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpcEndpoint;
import io.hopscope.model.VpcPeeringConnection;
import io.hopscope.model.VpnGateway;
import io.hopscope.model.Workload;
import io.hopscope.model.net.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Rewrites one resource of a copied VPC: fresh ids, references to other copied resources pointed
 * at their copies, addresses moved into the copy's blocks, fresh public addresses. A reference that
 * cannot follow into the copy is left out, with a line in {@code dropped} saying why.
 */
final class VpcResourceCopier {

    private final Map<String, String> copyOf;
    private final CidrTranslation addresses;
    private final Supplier<Optional<IpAddress>> publicIps;
    private final List<String> dropped;
    private final Map<LeftOut, Integer> leftOut = new java.util.EnumMap<>(LeftOut.class);
    /** A NAT gateway's Elastic IP is also its interface's public IP: both copies get the same fresh one. */
    private final Map<IpAddress, Optional<IpAddress>> freshPublicIps = new java.util.HashMap<>();

    VpcResourceCopier(Map<String, String> copyOf, CidrTranslation addresses,
                      Supplier<Optional<IpAddress>> publicIps, List<String> dropped) {
        this.copyOf = copyOf;
        this.addresses = addresses;
        this.publicIps = publicIps;
        this.dropped = dropped;
    }

    Resource copy(Resource r) {
        String id = copyOf.get(r.id());
        if (r instanceof Vpc v) {
            return new Vpc(id, v.name().isEmpty() ? "" : v.name() + " (copy)", v.region(),
                    v.ipv4Cidrs().stream().map(addresses::translate).toList(),
                    v.ipv6Cidrs().stream().map(addresses::translate).toList());
        }
        if (r instanceof Subnet s) {
            return new Subnet(id, s.name(), copyOf.get(s.vpcId()), addresses.translate(s.cidr()),
                    addresses.translate(s.ipv6Cidr()), s.availabilityZone());
        }
        if (r instanceof RouteTable t) {
            return new RouteTable(id, t.name(), copyOf.get(t.vpcId()), t.main(), mapped(t.subnetIds()), routes(t));
        }
        if (r instanceof NetworkAcl a) {
            return new NetworkAcl(id, a.name(), copyOf.get(a.vpcId()), a.isDefault(), mapped(a.subnetIds()),
                    a.entries().stream().map(e -> new AclEntry(e.ruleNumber(), e.egress(), e.protocol(), e.ports(),
                            e.icmp(), addresses.translate(e.cidr()), e.action())).toList());
        }
        if (r instanceof SecurityGroup g) {
            return new SecurityGroup(id, g.name(), copyOf.get(g.vpcId()), g.description(),
                    rules(g, g.inbound(), false), rules(g, g.outbound(), true));
        }
        if (r instanceof InternetGateway g) {
            return new InternetGateway(id, g.name(), copyOf.get(g.vpcId()));
        }
        if (r instanceof EgressOnlyInternetGateway g) {
            return new EgressOnlyInternetGateway(id, g.name(), copyOf.get(g.vpcId()));
        }
        if (r instanceof VpnGateway g) {
            return new VpnGateway(id, g.name(), copyOf.get(g.vpcId()));
        }
        if (r instanceof NatGateway n) {
            return nat(id, n);
        }
        if (r instanceof VpcEndpoint e) {
            return new VpcEndpoint(id, e.name(), copyOf.get(e.vpcId()), e.type(), e.serviceName(),
                    mapped(e.routeTableIds()), mapped(e.subnetIds()), mapped(e.networkInterfaceIds()),
                    mapped(e.securityGroupIds()), e.state());
        }
        if (r instanceof NetworkInterface eni) {
            return networkInterface(id, eni);
        }
        if (r instanceof VpcPeeringConnection p) {
            return new VpcPeeringConnection(id, p.name(), copyOf.get(p.requesterVpcId()), copyOf.get(p.accepterVpcId()),
                    p.requesterRegion(), p.accepterRegion(), p.status());
        }
        if (r instanceof Workload w) {
            List<String> outside = w.networkInterfaceIds().stream().filter(e -> !copyOf.containsKey(e)).toList();
            if (!outside.isEmpty()) {
                drop(LeftOut.OUTSIDE_INTERFACE, "interfaces " + outside + " of " + w.label() + ": they are in another VPC");
            }
            return new Workload(id, w.name(), w.workloadKind(), mapped(w.networkInterfaceIds()), w.clientProfile());
        }
        if (r instanceof io.hopscope.model.LoadBalancing lb) {
            return new LoadBalancerCopier(copyOf, addresses, this::drop).copy(id, lb);
        }
        throw new IllegalArgumentException("a VPC copy does not take " + r.kind() + " " + r.id());
    }

    private List<Route> routes(RouteTable t) {
        List<Route> kept = new ArrayList<>();
        for (Route route : t.routes()) {
            String where = "route " + route + " of " + t.label();
            if (route.targetKind() == RouteTargetKind.VPC_PEERING_CONNECTION && !copyOf.containsKey(route.targetId())) {
                // A peering connection joins exactly two VPCs; with only one of them copied it stays
                // with the original, and the copy's route would name a connection that does not touch
                // its VPC [PCX].
                drop(LeftOut.PEERING_ROUTE, where + ": peering " + route.targetId() + " joins the original, not the copy");
                continue;
            }
            String target = route.targetId();
            if (route.targetKind() != RouteTargetKind.LOCAL && copyOf.containsKey(target)) {
                target = copyOf.get(target);
            } else if (route.targetKind() != RouteTargetKind.LOCAL
                    && route.targetKind() != RouteTargetKind.TRANSIT_GATEWAY && !route.blackhole()) {
                // A route can only target a gateway, NAT or interface of its own VPC [RT].
                drop(LeftOut.OUTSIDE_ROUTE_TARGET, where + ": its target is outside the copied VPC");
                continue;
            }
            // Transit gateway routes stay: one transit gateway attaches many VPCs [RT]. Blackhole
            // routes stay too: their target is gone either way.
            kept.add(new Route(addresses.translate(route.destination()), route.prefixListId(), route.targetKind(),
                    target, route.blackhole(), route.propagated()));
        }
        return kept;
    }

    private List<SgRule> rules(SecurityGroup g, List<SgRule> rules, boolean outbound) {
        List<SgRule> kept = new ArrayList<>();
        for (SgRule rule : rules) {
            SgPeer peer = rule.peer();
            if (peer.kind() == SgPeerKind.SECURITY_GROUP) {
                if (!copyOf.containsKey(peer.refId())) {
                    // A group reference must name a group of the same VPC or of a peered VPC [SGR]; the
                    // copy is peered only with VPCs copied along, so only their groups can be referenced.
                    drop(LeftOut.OUTSIDE_GROUP_RULE, "rule '" + rule.describe(outbound) + "' of " + g.label() + ": " + peer.refId()
                            + " is outside the copy and its VPC is not peered with it");
                    continue;
                }
                peer = SgPeer.group(copyOf.get(peer.refId()));
            } else if (peer.kind() == SgPeerKind.CIDR) {
                peer = SgPeer.cidr(addresses.translate(peer.cidr()));
            }
            kept.add(new SgRule(rule.protocol(), rule.ports(), rule.icmp(), peer, rule.description()));
        }
        return kept;
    }

    private NatGateway nat(String id, NatGateway n) {
        IpAddress elastic = null;
        if (n.elasticIp() != null) {
            // A public NAT gateway needs its own Elastic IP [NAT]; one address serves one NAT at a time.
            elastic = freshPublic(n.elasticIp());
            if (elastic == null) {
                drop(LeftOut.PUBLIC_IP, "Elastic IP of " + n.label() + ": no free address left in "
                        + FreeAddresses.PUBLIC_POOL);
            }
        }
        return new NatGateway(id, n.name(), copyOf.get(n.subnetId()), n.publicConnectivity(),
                addresses.translate(n.privateIp()), elastic, copyOf.get(n.networkInterfaceId()), n.state());
    }

    private NetworkInterface networkInterface(String id, NetworkInterface eni) {
        IpAddress publicIp = null;
        if (eni.publicIp() != null) {
            // The internet gateway maps each public address to one interface [IGW]: never a duplicate.
            publicIp = freshPublic(eni.publicIp());
            if (publicIp == null) {
                drop(LeftOut.PUBLIC_IP, "public IP of " + eni.label() + ": no free address left in "
                        + FreeAddresses.PUBLIC_POOL);
            }
        }
        List<String> foreign = eni.securityGroupIds().stream().filter(g -> !copyOf.containsKey(g)).toList();
        if (!foreign.isEmpty()) {
            // An interface's groups must belong to its VPC [SG].
            drop(LeftOut.OUTSIDE_GROUP_ON_INTERFACE, "groups " + foreign + " on " + eni.label()
                    + ": they belong to another VPC");
        }
        return new NetworkInterface(id, eni.name(), copyOf.get(eni.subnetId()), eni.type(),
                eni.privateIps().stream().map(addresses::translate).toList(), publicIp,
                eni.ipv6Ips().stream().map(addresses::translate).toList(), mapped(eni.securityGroupIds()),
                renamed(eni.description()));
    }

    /** One line per kind of reference left out: "2 routes through peering connections (...)". */
    List<Text> leftOutSummary() {
        List<Text> lines = new ArrayList<>();
        leftOut.forEach((kind, n) -> lines.add(kind.count(n)));
        return lines;
    }

    private void drop(LeftOut kind, String detail) {
        leftOut.merge(kind, 1, Integer::sum);
        dropped.add(detail);
    }

    private IpAddress freshPublic(IpAddress original) {
        return freshPublicIps.computeIfAbsent(original, ip -> publicIps.get()).orElse(null);
    }

    /** "Interface for NAT Gateway nat-0a" names the copy's NAT in the copy. */
    private String renamed(String description) {
        String text = description;
        for (Map.Entry<String, String> e : copyOf.entrySet()) {
            if (text.contains(e.getKey())) {
                text = text.replace(e.getKey(), e.getValue());
            }
        }
        return text;
    }

    private List<String> mapped(List<String> ids) {
        return ids.stream().filter(copyOf::containsKey).map(copyOf::get).toList();
    }
}
