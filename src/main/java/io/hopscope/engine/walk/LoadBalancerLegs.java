package io.hopscope.engine.walk;

import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;
import io.hopscope.engine.index.LoadBalancerIndex;
import io.hopscope.model.ClientProfile;
import io.hopscope.model.Listener;
import io.hopscope.model.LoadBalancer;
import io.hopscope.model.LoadBalancerType;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.Target;
import io.hopscope.model.TargetGroup;
import io.hopscope.model.net.PortRange;

import java.util.ArrayList;
import java.util.List;

/**
 * A trace to a load balancer (rulebook 10, contract v2): two connections. {@code forward} is the
 * client's request to the chosen node (its subnet's NACL, its security groups, the listener), then
 * the node's request to a target (target group, the node's groups outbound, both subnets' NACLs,
 * the target's groups); {@code return} is the target's reply to the node, then the node's reply
 * to the client. The second leg's source is the node's private address and a port of the load
 * balancer's (ALB; NLB without client IP preservation) or the client's own address and port (NLB
 * with it). Each target the node can forward to is walked; the trace shows a failing one if any
 * fails, so REACHABLE means every target works.
 */
final class LoadBalancerLegs {
    /** Targets walked per trace: a bound for huge target groups; the first failing one is shown. */
    private static final int MAX_TARGETS = 32;
    private static final PortRange ELB_PORTS = ClientProfile.ELB.ephemeralPorts();

    private final Evaluators ev;
    private final LoadBalancerIndex lbs;
    private final PreservedClientLeg preserved;

    LoadBalancerLegs(Evaluators ev) {
        this.ev = ev;
        this.lbs = ev.lbs;
        this.preserved = new PreservedClientLeg(ev);
    }

    /** The load balancer the trace goes to, or null for an ordinary trace. */
    LoadBalancer destination(QueryResolver.Resolution r) {
        return r.to().eni() == null ? null : lbs.ofNode(r.to().eni().id());
    }

    /** Both recorders; {@code reply} is null when the request never reached the far end. */
    record Walked(HopRecorder forward, HopRecorder reply) {
    }

    Walked walk(QueryResolver.Resolution r, LoadBalancer lb) {
        HopRecorder fwd = new HopRecorder();
        Connection c1 = new Connection();
        PortRange clientPorts = r.query().clientPorts();
        PathWalker leg1 = new PathWalker(ev, false, c1, clientPorts);
        leg1.start(r.from(), r.packet(), r.to());
        replay(fwd, leg1.recorder());
        Packet atNode = leg1.recorder().arrivedPacket();
        if (atNode == null) {
            return new Walked(fwd, null);
        }
        NetworkInterface node = r.to().eni();
        if (lb.type() == LoadBalancerType.GATEWAY) {
            fwd.add(ev.lb.gateway(lb, atNode));
            return new Walked(fwd, null);
        }
        Listener listener = atNode.hasPorts() ? lb.listenerFor(atNode.dstPort(), atNode.protocol()) : null;
        if (listener == null) {
            fwd.add(ev.lb.noListener(lb, atNode));
            return new Walked(fwd, null);
        }
        if (!listener.forwards()) {
            fwd.add(ev.lb.answers(lb, listener, atNode));
            fwd.arrive(atNode);
            return new Walked(fwd, replyFromNode(r, c1, clientPorts, atNode, lb, null));
        }
        List<TargetGroup> groups = groups(listener, r.to().id());
        if (groups.isEmpty()) {
            fwd.add(ev.lb.noTargetGroup(lb, listener, atNode));
            return new Walked(fwd, null);
        }
        boolean ipv6 = atNode.src().isIpv6();
        boolean translates = lb.translatesSource(groups.get(0), ipv6);
        fwd.add(ev.lb.accepted(lb, listener, groups, atNode, translates));
        Leg2 leg2 = chooseTarget(r, lb, node, groups, atNode, ipv6);
        if (leg2.blocking != null) {
            fwd.add(leg2.blocking);
            return new Walked(fwd, null);
        }
        fwd.add(leg2.groupHop);
        replay(fwd, leg2.forward);
        Packet atTarget = leg2.forward.arrivedPacket();
        if (atTarget == null) {
            return new Walked(fwd, null);
        }
        fwd.arrive(atTarget);
        return new Walked(fwd, replyFromNode(r, c1, clientPorts, atNode, lb, leg2));
    }

    /** The target's reply to the node, the load balancer, then the node's reply to the client. */
    private HopRecorder replyFromNode(QueryResolver.Resolution r, Connection c1, PortRange clientPorts, Packet atNode,
                                      LoadBalancer lb, Leg2 leg2) {
        HopRecorder back = new HopRecorder();
        // The node answers the request as it arrived (addressed to the node's private address).
        Packet toClient = atNode.reply();
        if (leg2 != null) {
            replay(back, leg2.reply);
            if (leg2.reply.arrivedPacket() == null) {
                return back;
            }
            back.add(ev.lb.reply(lb, toClient, leg2.translated));
        }
        PathWalker leg1 = new PathWalker(ev, true, c1, clientPorts);
        leg1.start(r.to(), toClient, r.from());
        replay(back, leg1.recorder());
        if (leg1.recorder().arrivedPacket() != null) {
            back.arrive(leg1.recorder().arrivedPacket());
        }
        return back;
    }

    /** The second leg to one target: its hops both ways, or the hop that ends the trace at the target group. */
    private static final class Leg2 {
        Hop blocking;
        Hop groupHop;
        HopRecorder forward;
        HopRecorder reply;
        boolean translated;

        boolean fails() {
            return forward.result().blockingHop() != null || !forward.laterBlockers().isEmpty()
                    || reply == null || reply.result().blockingHop() != null || reply.arrivedPacket() == null;
        }
    }

    private List<TargetGroup> groups(Listener l, String pinned) {
        List<TargetGroup> out = new ArrayList<>();
        for (String id : l.targetGroupIds()) {
            TargetGroup tg = lbs.targetGroup(id);
            if (tg != null) {
                out.add(tg);
            }
        }
        // --to a target group: only that group, when this listener forwards to it.
        for (TargetGroup tg : out) {
            if (tg.id().equals(pinned)) {
                return List.of(tg);
            }
        }
        return out;
    }

    private Leg2 chooseTarget(QueryResolver.Resolution r, LoadBalancer lb, NetworkInterface node,
                              List<TargetGroup> groups, Packet atNode, boolean ipv6) {
        String zone = lbs.zoneOf(node);
        Leg2 shown = null;
        int walked = 0;
        int candidates = 0;
        String pinned = r.to().id();
        for (TargetGroup tg : groups) {
            List<Target> reachable = lbs.reachableTargets(lb, tg, zone);
            candidates += reachable.size();
            for (Target t : reachable) {
                if (walked >= MAX_TARGETS || (isTargetRef(pinned, groups) && !pinned.equals(t.id()))) {
                    continue;
                }
                walked++;
                Leg2 leg = leg2(r, lb, node, tg, t, atNode, ipv6, reachable.size());
                if (shown == null || (leg.fails() && !shown.fails())) {
                    shown = leg;
                }
            }
        }
        if (shown == null) {
            Leg2 none = new Leg2();
            TargetGroup first = groups.get(0);
            none.blocking = ev.lb.noTarget(first, lb, zone, atNode);
            return none;
        }
        return shown;
    }

    /** Whether the trace named one target behind the load balancer (neither the LB, its node nor a group). */
    private boolean isTargetRef(String ref, List<TargetGroup> groups) {
        if (ref == null || lbs.loadBalancer(ref) != null || lbs.targetGroup(ref) != null || lbs.ofNode(ref) != null) {
            return false;
        }
        for (TargetGroup tg : groups) {
            for (Target t : tg.targets()) {
                if (t.id().equals(ref)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Leg2 leg2(QueryResolver.Resolution r, LoadBalancer lb, NetworkInterface node, TargetGroup tg, Target t,
                      Packet atNode, boolean ipv6, int reachable) {
        Leg2 leg = new Leg2();
        LoadBalancerIndex.Place place = lbs.place(tg, t);
        int port = t.portIn(tg);
        if (place == null || place.eni() == null) {
            leg.blocking = ev.lb.unmodelledTarget(tg, t, atNode);
            return leg;
        }
        leg.translated = lb.translatesSource(tg, ipv6);
        Packet p = leg.translated
                ? new Packet(atNode.protocol(), node.primaryIp(), elbPort(atNode.srcPort()), place.address(), port,
                atNode.icmpType(), atNode.icmpCode())
                : atNode.withDestination(place.address(), port);
        leg.groupHop = ev.lb.target(tg, t, port, p, reachable);
        Endpoint from = new Endpoint(Endpoint.Kind.INTERFACE, node.id(), lb.label(), node, null, ClientProfile.ELB,
                () -> "load balancer " + lb.label(), null);
        Endpoint to = new Endpoint(Endpoint.Kind.INTERFACE, t.id(), t.id(), place.eni(), null, ClientProfile.LINUX,
                null, null);
        PathWalker forward = new PathWalker(ev, false, new Connection(), leg.translated ? ELB_PORTS : r.query().clientPorts());
        forward.start(from, p, to);
        leg.forward = preserved.admitByLoadBalancerGroup(forward.recorder(), lb, node, place.eni(), leg.translated);
        Packet atTarget = leg.forward.arrivedPacket();
        if (atTarget == null) {
            return leg;
        }
        if (leg.translated) {
            PathWalker back = new PathWalker(ev, true, new Connection(), ELB_PORTS);
            back.start(to, atTarget.reply(), from);
            leg.reply = back.recorder();
        } else {
            leg.reply = preserved.replyThroughLoadBalancer(place.eni(), node, atTarget.reply(), r.query().clientPorts());
        }
        return leg;
    }

    /** The shown packet keeps the client's port when the load balancer could pick it too (1024-65535). */
    private static Integer elbPort(Integer clientPort) {
        return clientPort == null ? null : Math.max(clientPort, ELB_PORTS.from());
    }

    /** Appends one walk's hops to the trace's, keeping the path-then-later-blockers order. */
    private static void replay(HopRecorder into, HopRecorder from) {
        for (Hop h : from.result().hops()) {
            into.add(h);
        }
        for (Hop h : from.laterBlockers()) {
            into.add(h);
        }
    }
}
