package io.hopscope.engine.walk;

import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;
import io.hopscope.engine.eval.GatewayResult;
import io.hopscope.engine.eval.PeeringEvaluator;
import io.hopscope.model.EgressOnlyInternetGateway;
import io.hopscope.model.EndpointType;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.Route;
import io.hopscope.model.Subnet;
import io.hopscope.model.VpcEndpoint;
import io.hopscope.model.VpcPeeringConnection;
import io.hopscope.model.VpnGateway;

import java.util.List;

/** What a {@link PathWalker} does with the route a subnet's table chose: one branch per target kind. */
final class RouteTargets {
    private final PathWalker w;

    RouteTargets(PathWalker w) {
        this.w = w;
    }

    void follow(Route route, Subnet s, Packet p) {
        String vpc = s.vpcId();
        switch (route.targetKind()) {
            case LOCAL -> w.deliverLocal(vpc, p, s);
            case INTERNET_GATEWAY -> {
                InternetGateway igw = w.ev.index.model().internetGateway(route.targetId());
                GatewayResult g = w.ev.igw.egress(igw, vpc, p);
                w.add(g.hop());
                if (g.hop().blocks() && !"no-public-ip".equals(g.hop().reason())) {
                    return;
                }
                w.conn.exitedThrough(igw.id(), vpc);
                w.outside.toInternet(g.packet());
            }
            case EGRESS_ONLY_INTERNET_GATEWAY -> {
                EgressOnlyInternetGateway eigw = w.ev.index.model().get(route.targetId(), EgressOnlyInternetGateway.class);
                if (eigw == null) {
                    w.add(WalkHops.missingTarget(route, p));
                    return;
                }
                GatewayResult g = w.ev.eigw.egress(eigw, vpc, p);
                w.add(g.hop());
                if (!g.hop().blocks()) {
                    w.conn.exitedThrough(eigw.id(), vpc);
                    w.outside.toInternet(g.packet());
                }
            }
            case NAT_GATEWAY -> throughNat(route, s, p);
            case VPC_PEERING_CONNECTION -> {
                VpcPeeringConnection pcx = w.ev.index.model().peeringConnection(route.targetId());
                PeeringEvaluator.Result r = w.ev.peering.cross(pcx, vpc, p);
                w.add(r.hop());
                if (r.peerVpcId() != null) {
                    w.deliverLocal(r.peerVpcId(), p, null);
                }
            }
            case GATEWAY_ENDPOINT -> {
                VpcEndpoint vpce = w.ev.index.model().vpcEndpoint(route.targetId());
                if (vpce == null || vpce.type() != EndpointType.GATEWAY) {
                    w.add(UnmodelledTargets.endpoint(route, vpce, p));
                    return;
                }
                GatewayResult g = w.ev.endpoint.egress(vpce, vpc, p);
                w.add(g.hop());
                if (g.hop().blocks() && !"protocol-not-supported".equals(g.hop().reason())) {
                    return;
                }
                w.conn.exitedThrough(vpce.id(), vpc);
                w.arrive(p);
            }
            case VPN_GATEWAY -> {
                VpnGateway vgw = w.ev.index.model().get(route.targetId(), VpnGateway.class);
                if (vgw == null) {
                    w.add(WalkHops.missingTarget(route, p));
                    return;
                }
                List<Hop> hops = w.ev.vgw.egress(vgw, vpc, p);
                hops.forEach(w::add);
                if (!hops.get(hops.size() - 1).blocks()) {
                    w.conn.exitedThrough(vgw.id(), vpc);
                    w.arrive(p);
                }
            }
            case NETWORK_INTERFACE -> toInterface(route, s, p);
            case TRANSIT_GATEWAY -> w.transit.fromVpc(route, s, p);
            default -> w.add(UnmodelledTargets.target(route, p));
        }
    }

    /** [SDC] a route to an interface: delivered when addressed to it, dropped by the check, UNKNOWN for an appliance. */
    private void toInterface(Route route, Subnet s, Packet p) {
        NetworkInterface eni = w.ev.index.eni(route.targetId());
        if (eni == null) {
            w.add(WalkHops.missingTarget(route, p));
        } else if (eni.hasPrivateAddress(p.dst())) {
            w.deliverLocal(s.vpcId(), p, s);
        } else if (eni.sourceDestCheck()) {
            w.add(WalkHops.sourceDestCheck(eni, p));
        } else {
            w.add(UnmodelledTargets.appliance(route, eni, p));
        }
    }

    /** Scenario E of the rulebook: NAT subnet NACL in, the NAT, then the NAT subnet's NACL out and table [NAT]. */
    private void throughNat(Route route, Subnet from, Packet p) {
        NatGateway nat = w.ev.index.model().natGateway(route.targetId());
        NetworkInterface natEni = w.ev.index.eniOfNat(route.targetId());
        Subnet natSubnet = natEni == null ? null : w.ev.index.subnet(natEni.subnetId());
        if (nat == null || natSubnet == null) {
            w.add(WalkHops.missingTarget(route, p));
            return;
        }
        if (p.src().equals(natEni.primaryIp())) {
            // [NAT] the NAT's own subnet must send 0.0.0.0/0 to an internet gateway, not back to a NAT.
            w.add(WalkHops.natRoutesToNat(nat, from, p));
            return;
        }
        if (!natSubnet.id().equals(from.id())) {
            w.acl(natSubnet, p, false);
        }
        if (w.reply) {
            w.add(w.ev.nat.asymmetric(nat, p).hop());
            return;
        }
        GatewayResult g = w.ev.nat.outbound(nat, natEni, natSubnet.vpcId(), p);
        w.add(g.hop());
        if (g.hop().blocks() && "source-not-in-vpc".equals(g.hop().reason())) {
            return;
        }
        w.conn.natOriginals.putIfAbsent(nat.id(), p);
        w.sendFromSubnet(natSubnet, g.packet());
    }
}
