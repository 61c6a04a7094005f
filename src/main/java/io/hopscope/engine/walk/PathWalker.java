package io.hopscope.engine.walk;

import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;
import io.hopscope.engine.eval.GatewayResult;
import io.hopscope.engine.eval.RouteTableEvaluator;
import io.hopscope.engine.index.AclIndex;
import io.hopscope.engine.index.RouteIndex;
import io.hopscope.model.ClientProfile;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.Subnet;
import io.hopscope.model.net.PortRange;


/**
 * Walks one direction of a trace through the model, hop by hop, in Reachability Analyzer's order
 * (SG, NACL, route table, gateway, NACL, SG) as the rulebook's section 3 lays it out. After the
 * first blocking hop it keeps going as if that hop had allowed, to find every other blocker, but
 * only hops up to the first blocker belong to the path.
 */
final class PathWalker {
    private static final int MAX_SUBNET_CROSSINGS = 16;

    final Evaluators ev;
    final boolean reply;
    final Connection conn;
    private final PortRange clientPorts;
    private final HopRecorder recorder = new HopRecorder();
    private final RouteTargets targets = new RouteTargets(this);
    final OutsideEntry outside = new OutsideEntry(this);
    final TransitSteps transit = new TransitSteps(this);
    NetworkInterface expected;
    private int crossings;
    /** Set at a rule set the data does not hold (a Terraform plan's "known after apply"): nothing behind it is evaluated. */
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
            outside.fromOutside(p, to.eni() == null ? null : ev.index.vpcOfEni(to.eni()));
        }
    }

    HopRecorder recorder() {
        return recorder;
    }

    void add(Hop h) {
        if (!halted) {
            recorder.add(h);
        }
    }

    /** Adds the UNKNOWN hop of a rule set not in the data and stops the walk; false when there is none. */
    private boolean haltAt(Hop unknown) {
        if (unknown == null || halted) {
            return halted;
        }
        add(unknown);
        halted = true;
        return true;
    }

    void arrive(Packet p) {
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
        if (ev.index.natOfEni(eni.id()) == null && !ev.unfiltered(eni)) {
            if (!reply && haltAt(ev.planned.securityGroups(eni, p, false, ev.index.model()::securityGroup))) {
                return;
            }
            add(reply ? ev.sg.tracked(eni, p, false) : ev.sg.evaluate(eni, p, false));
        }
        sendFromSubnet(ev.index.subnet(eni.subnetId()), p);
    }

    /** A packet leaving an interface or a NAT in subnet {@code s}: NACL out, route table, then the route's target. */
    void sendFromSubnet(Subnet s, Packet p) {
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
            targets.follow(r.route(), s, p);
        } else if (r.hop().blocks()) {
            String peer = PastDrop.peerBehindBlackhole(ev.index, rt, s.vpcId(), p, r.hop());
            if (peer != null) {
                deliverLocal(peer, p, null);
            }
        }
    }

    /** Local routing inside a VPC: the destination subnet's NACL (unless it is the same subnet), then the interface. */
    void deliverLocal(String vpcId, Packet p, Subnet from) {
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
        if (!reply && eni.type() == InterfaceType.LAMBDA) {
            // [LVPC] rulebook 11: invocation is an API call; nothing opens a connection to a function's ENI.
            add(WalkHops.noInboundToLambda(eni, p));
            return;
        }
        if (!ev.unfiltered(eni)) {
            if (!reply && haltAt(ev.planned.securityGroups(eni, p, true, ev.index.model()::securityGroup))) {
                return;
            }
            add(reply ? ev.sg.tracked(eni, p, true) : ev.sg.evaluate(eni, p, true));
        }
        arrive(p);
    }

    void acl(Subnet s, Packet p, boolean egress) {
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
