package io.hopscope.engine.walk;

import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;
import io.hopscope.engine.eval.GatewayResult;
import io.hopscope.engine.eval.PeeringEvaluator;
import io.hopscope.engine.eval.RouteTableEvaluator;
import io.hopscope.engine.index.AclIndex;
import io.hopscope.engine.index.RouteIndex;
import io.hopscope.model.ClientProfile;
import io.hopscope.model.EndpointType;
import io.hopscope.model.EgressOnlyInternetGateway;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.Route;
import io.hopscope.model.Subnet;
import io.hopscope.model.VpcEndpoint;
import io.hopscope.model.VpcPeeringConnection;
import io.hopscope.model.VpnGateway;
import io.hopscope.model.net.PortRange;

import java.util.List;

/**
 * Walks one direction of a trace through the model, hop by hop, in Reachability Analyzer's order
 * (SG, NACL, route table, gateway, NACL, SG) as the rulebook's section 3 lays it out. After the
 * first blocking hop it keeps going as if that hop had allowed, to find every other blocker, but
 * only hops up to the first blocker belong to the path.
 */
final class PathWalker {
    private static final int MAX_SUBNET_CROSSINGS = 16;

    private final Evaluators ev;
    private final boolean reply;
    private final Connection conn;
    private final PortRange clientPorts;
    private final HopRecorder recorder = new HopRecorder();
    private NetworkInterface expected;
    private int crossings;
    /** Set at a rule set known only after apply: nothing behind it is evaluated (rulebook 12). */
    private boolean halted;

    PathWalker(Evaluators ev, boolean reply, Connection conn, PortRange clientPorts) {
        this.ev = ev;
        this.reply = reply;
        this.conn = conn;
        this.clientPorts = clientPorts;
    }

    /** Starts at {@code from}; {@code to} tells, for overlapping VPC CIDRs, which VPC an outside packet is for. */
    void start(Endpoint from, Packet p, Endpoint to) {
        expected = to.eni();
        if (from.eni() != null) {
            startAtEni(from.eni(), p);
        } else {
            fromOutside(p, to.eni() == null ? null : ev.index.vpcOfEni(to.eni()));
        }
    }

    HopRecorder recorder() {
        return recorder;
    }

    private void add(Hop h) {
        if (!halted) {
            recorder.add(h);
        }
    }

    /** Adds the UNKNOWN hop of a rule set known only after apply and stops the walk; false when there is none. */
    private boolean haltAt(Hop unknown) {
        if (unknown == null || halted) {
            return halted;
        }
        add(unknown);
        halted = true;
        return true;
    }

    private void arrive(Packet p) {
        if (!halted) {
            recorder.arrive(p);
        }
    }

    private void startAtEni(NetworkInterface eni, Packet p) {
        String service = VpcServices.serviceAt(reply ? p.src() : p.dst(), ev.index.vpc(ev.index.vpcOfEni(eni)));
        if (service != null) {
            // [CMP] DNS, metadata and time sync never pass through SGs, NACLs or route tables.
            add(VpcServices.hop(service, p, reply));
            arrive(p);
            return;
        }
        if (ev.index.natOfEni(eni.id()) == null) {
            if (!reply && haltAt(ev.planned.securityGroups(eni, p, false, ev.index.model()::securityGroup))) {
                return;
            }
            add(reply ? ev.sg.tracked(eni, p, false) : ev.sg.evaluate(eni, p, false));
        }
        sendFromSubnet(ev.index.subnet(eni.subnetId()), p);
    }

    /** A packet leaving an interface or a NAT in subnet {@code s}: NACL out, route table, then the route's target. */
    private void sendFromSubnet(Subnet s, Packet p) {
        if (s == null) {
            return;
        }
        if (++crossings > MAX_SUBNET_CROSSINGS) {
            add(WalkHops.routingLoop(s, p));
            return;
        }
        if (s.contains(p.dst())) {
            // [NACL][RT] within a subnet traffic is delivered at layer 2: no NACL, no route table.
            deliverLocal(s.vpcId(), p, s);
            return;
        }
        acl(s, p, true);
        RouteIndex rt = ev.index.routeTableOfSubnet(s.id());
        if (rt == null) {
            add(WalkHops.noRouteTable(s, p));
            return;
        }
        if (haltAt(ev.planned.routes(rt, p))) {
            return;
        }
        RouteTableEvaluator.Result r = ev.routes.evaluate(rt, s, p);
        add(r.hop());
        if (r.route() != null) {
            follow(r.route(), s, p);
        } else if (r.hop().blocks()) {
            String peer = PastDrop.peerBehindBlackhole(ev.index, rt, s.vpcId(), p, r.hop());
            if (peer != null) {
                deliverLocal(peer, p, null);
            }
        }
    }

    private void follow(Route route, Subnet s, Packet p) {
        String vpc = s.vpcId();
        switch (route.targetKind()) {
            case LOCAL -> deliverLocal(vpc, p, s);
            case INTERNET_GATEWAY -> {
                InternetGateway igw = ev.index.model().internetGateway(route.targetId());
                GatewayResult g = ev.igw.egress(igw, vpc, p);
                add(g.hop());
                if (g.hop().blocks() && !"no-public-ip".equals(g.hop().reason())) {
                    return;
                }
                conn.exitedThrough(igw.id(), vpc);
                toInternet(g.packet());
            }
            case EGRESS_ONLY_INTERNET_GATEWAY -> {
                EgressOnlyInternetGateway eigw = ev.index.model().get(route.targetId(), EgressOnlyInternetGateway.class);
                if (eigw == null) {
                    add(WalkHops.missingTarget(route, p));
                    return;
                }
                GatewayResult g = ev.eigw.egress(eigw, vpc, p);
                add(g.hop());
                if (!g.hop().blocks()) {
                    conn.exitedThrough(eigw.id(), vpc);
                    toInternet(g.packet());
                }
            }
            case NAT_GATEWAY -> throughNat(route, s, p);
            case VPC_PEERING_CONNECTION -> {
                VpcPeeringConnection pcx = ev.index.model().peeringConnection(route.targetId());
                PeeringEvaluator.Result r = ev.peering.cross(pcx, vpc, p);
                add(r.hop());
                if (r.peerVpcId() != null) {
                    deliverLocal(r.peerVpcId(), p, null);
                }
            }
            case GATEWAY_ENDPOINT -> {
                VpcEndpoint vpce = ev.index.model().vpcEndpoint(route.targetId());
                if (vpce == null || vpce.type() != EndpointType.GATEWAY) {
                    add(UnmodelledTargets.endpoint(route, vpce, p));
                    return;
                }
                GatewayResult g = ev.endpoint.egress(vpce, vpc, p);
                add(g.hop());
                if (g.hop().blocks() && !"protocol-not-supported".equals(g.hop().reason())) {
                    return;
                }
                conn.exitedThrough(vpce.id(), vpc);
                arrive(p);
            }
            case VPN_GATEWAY -> {
                VpnGateway vgw = ev.index.model().get(route.targetId(), VpnGateway.class);
                if (vgw == null) {
                    add(WalkHops.missingTarget(route, p));
                    return;
                }
                List<Hop> hops = ev.vgw.egress(vgw, vpc, p);
                hops.forEach(this::add);
                if (!hops.get(hops.size() - 1).blocks()) {
                    conn.exitedThrough(vgw.id(), vpc);
                    arrive(p);
                }
            }
            case NETWORK_INTERFACE -> toInterface(route, s, p);
            default -> add(UnmodelledTargets.target(route, p));
        }
    }

    /** [SDC] a route to an interface: delivered when addressed to it, dropped by the check, UNKNOWN for an appliance. */
    private void toInterface(Route route, Subnet s, Packet p) {
        NetworkInterface eni = ev.index.eni(route.targetId());
        if (eni == null) {
            add(WalkHops.missingTarget(route, p));
        } else if (eni.hasPrivateAddress(p.dst())) {
            deliverLocal(s.vpcId(), p, s);
        } else if (eni.sourceDestCheck()) {
            add(WalkHops.sourceDestCheck(eni, p));
        } else {
            add(UnmodelledTargets.appliance(route, eni, p));
        }
    }

    /** Scenario E of the rulebook: NAT subnet NACL in, the NAT, then the NAT subnet's NACL out and table [NAT]. */
    private void throughNat(Route route, Subnet from, Packet p) {
        NatGateway nat = ev.index.model().natGateway(route.targetId());
        NetworkInterface natEni = ev.index.eniOfNat(route.targetId());
        Subnet natSubnet = natEni == null ? null : ev.index.subnet(natEni.subnetId());
        if (nat == null || natSubnet == null) {
            add(WalkHops.missingTarget(route, p));
            return;
        }
        if (p.src().equals(natEni.primaryIp())) {
            // [NAT] the NAT's own subnet must send 0.0.0.0/0 to an internet gateway, not back to a NAT.
            add(WalkHops.natRoutesToNat(nat, from, p));
            return;
        }
        if (!natSubnet.id().equals(from.id())) {
            acl(natSubnet, p, false);
        }
        if (reply) {
            add(ev.nat.asymmetric(nat, p).hop());
            return;
        }
        GatewayResult g = ev.nat.outbound(nat, natEni, natSubnet.vpcId(), p);
        add(g.hop());
        if (g.hop().blocks() && "source-not-in-vpc".equals(g.hop().reason())) {
            return;
        }
        conn.natOriginals.putIfAbsent(nat.id(), p);
        sendFromSubnet(natSubnet, g.packet());
    }

    /** The packet is on the internet: it has arrived, unless it is addressed to a public IP of a modelled interface. */
    private void toInternet(Packet p) {
        NetworkInterface eni = p.dst().isIpv4() ? ev.index.eniByPublicIp(p.dst()) : ev.index.eniByPrivateIp(null, p.dst());
        if (eni == null) {
            arrive(p);
            return;
        }
        enterVpc(ev.index.vpcOfEni(eni), p);
    }

    /** A packet that starts outside every VPC: an internet host, an AWS service, or a reply coming back in. */
    private void fromOutside(Packet p, String targetVpcId) {
        String service = reply && targetVpcId != null ? VpcServices.serviceAt(p.src(), ev.index.vpc(targetVpcId)) : null;
        if (service != null) {
            add(VpcServices.hop(service, p, true));
            arrive(p);
            return;
        }
        if (reply && conn.exitGatewayId != null) {
            VpcEndpoint vpce = ev.index.model().vpcEndpoint(conn.exitGatewayId);
            if (vpce != null) {
                GatewayResult g = ev.endpoint.ingress(vpce, p);
                add(g.hop());
                deliverLocal(conn.exitVpcId, p, null);
                return;
            }
            VpnGateway vgw = ev.index.model().get(conn.exitGatewayId, VpnGateway.class);
            if (vgw != null) {
                ev.vgw.ingress(vgw, ev.index.vpc(conn.exitVpcId), p).forEach(this::add);
                deliverLocal(conn.exitVpcId, p, null);
                return;
            }
        }
        if (reply && conn.exitVpcId != null) {
            targetVpcId = conn.exitVpcId;
        }
        NetworkInterface eni = p.dst().isIpv4() ? ev.index.eniByPublicIp(p.dst()) : null;
        if (eni == null) {
            List<NetworkInterface> byPrivate = ev.index.enisByPrivateIp(p.dst());
            eni = byPrivate.isEmpty() ? null : byPrivate.get(0);
        }
        String vpc = targetVpcId != null ? targetVpcId
                : eni != null ? ev.index.vpcOfEni(eni) : ev.index.vpcContaining(p.dst());
        if (vpc == null) {
            arrive(p);
            return;
        }
        enterVpc(vpc, p);
    }

    /**
     * From outside into {@code vpcId}: a private (RFC 1918) source is on the network behind the VPC's
     * virtual private gateway when it has one; otherwise through the internet gateway, or for IPv6
     * the egress-only gateway.
     */
    private void enterVpc(String vpcId, Packet p) {
        VpnGateway vgw = ev.index.vgwOf(vpcId);
        if (vgw != null && (p.src().isPrivateIpv4() || ev.vgw.isBehind(vgw, p))) {
            // Past a drop at the DX gateway the walk goes on, to find the blockers behind it.
            ev.vgw.ingress(vgw, ev.index.vpc(vpcId), p).forEach(this::add);
            deliverLocal(vpcId, p, null);
            return;
        }
        InternetGateway igw = ev.index.igwOf(vpcId);
        EgressOnlyInternetGateway eigw = ev.index.eigwOf(vpcId);
        if (p.dst().isIpv6() && eigw != null && (igw == null || (reply && eigw.id().equals(conn.exitGatewayId)))) {
            GatewayResult g = ev.eigw.ingress(eigw, p, reply);
            add(g.hop());
            // Past a dropping gateway the walk goes on as if it had allowed, to find the blockers behind it.
            deliverLocal(vpcId, p, null);
            return;
        }
        if (igw == null) {
            Hop none = WalkHops.noInternetGateway(ev.index.vpc(vpcId), p);
            add(none);
            Packet in = PastDrop.pastInternetGateway(ev.index, expected, vpcId, p, none);
            if (in != null) {
                deliverLocal(vpcId, in, null);
            }
            return;
        }
        GatewayResult g = ev.igw.ingress(igw, vpcId, p);
        add(g.hop());
        // [IGW] inbound traffic is delivered by the VPC's implicit local routing, not a subnet table.
        Packet in = g.hop().blocks() ? PastDrop.pastInternetGateway(ev.index, expected, vpcId, p, g.hop()) : g.packet();
        if (in != null) {
            deliverLocal(vpcId, in, null);
        }
    }

    /** Local routing inside a VPC: the destination subnet's NACL (unless it is the same subnet), then the interface. */
    private void deliverLocal(String vpcId, Packet p, Subnet from) {
        NetworkInterface eni = ev.index.eniByPrivateIp(vpcId, p.dst());
        if (eni == null) {
            Subnet t = ev.index.subnetContaining(vpcId, p.dst());
            if (t != null && (from == null || !t.id().equals(from.id()))) {
                acl(t, p, false);
            }
            add(WalkHops.noInterface(t, ev.index.vpc(vpcId), p));
            return;
        }
        Subnet t = ev.index.subnet(eni.subnetId());
        if (from == null || !t.id().equals(from.id())) {
            acl(t, p, false);
        }
        arriveAtEni(eni, p);
    }

    private void arriveAtEni(NetworkInterface eni, Packet p) {
        NatGateway nat = ev.index.natOfEni(eni.id());
        if (nat != null) {
            Packet original = reply ? conn.natOriginals.get(nat.id()) : null;
            GatewayResult g = ev.nat.inbound(nat, p, original == null ? null : original.src(),
                    original == null ? null : original.srcPort());
            add(g.hop());
            if (!g.hop().blocks()) {
                sendFromSubnet(ev.index.subnet(eni.subnetId()), g.packet());
            }
            return;
        }
        if (expected != null && !expected.id().equals(eni.id())) {
            add(WalkHops.otherInterface(eni, expected, ev.index.vpcOfEni(eni), ev.index.vpcOfEni(expected), p));
            return;
        }
        if (!reply && haltAt(ev.planned.securityGroups(eni, p, true, ev.index.model()::securityGroup))) {
            return;
        }
        add(reply ? ev.sg.tracked(eni, p, true) : ev.sg.evaluate(eni, p, true));
        arrive(p);
    }

    private void acl(Subnet s, Packet p, boolean egress) {
        AclIndex acl = ev.index.aclOfSubnet(s.id());
        if (acl != null) {
            if (haltAt(ev.planned.acl(acl, p, egress))) {
                return;
            }
            boolean toNat = reply && addressedToNat(p);
            add(ev.acl.evaluate(acl, s, p, egress, !reply ? null : toNat ? ClientProfile.NAT_GATEWAY.ephemeralPorts() : clientPorts,
                    toNat ? "NAT gateway" : "client"));
        }
    }

    /**
     * On the reply the destination port is the client's ephemeral port, or a NAT gateway's port
     * (1024-65535) while the reply is still addressed to the NAT [NACL ephemeral][NAT].
     */
    private boolean addressedToNat(Packet p) {
        for (NetworkInterface eni : ev.index.enisByPrivateIp(p.dst())) {
            if (ev.index.natOfEni(eni.id()) != null) {
                return true;
            }
        }
        return false;
    }
}
