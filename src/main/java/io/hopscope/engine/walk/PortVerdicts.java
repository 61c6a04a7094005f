package io.hopscope.engine.walk;

import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Decision;
import io.hopscope.engine.Direction;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;
import io.hopscope.engine.PortOutcome;
import io.hopscope.engine.ResolvedQuery;
import io.hopscope.engine.Verdict;

import io.hopscope.engine.eval.NetworkAclEvaluator;
import io.hopscope.engine.index.AclIndex;
import io.hopscope.engine.index.LoadBalancerIndex;
import io.hopscope.engine.index.ModelIndex;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.PortSet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The verdict over port ranges (rulebook 13). Only stateless filters on a reply look at the
 * client's port: a reply's destination port is the port the client picked, or a NAT gateway's
 * port while the reply is still addressed to the NAT. Security groups never split a range (replies
 * are tracked) and every request-side rule matches the server's port. So each network ACL the reply
 * crosses is evaluated once more on the whole set of candidate ports (interval arithmetic, see
 * {@link NetworkAclEvaluator#allowedPorts}); client ports and NAT ports are independent, so a
 * connection works for every pair of a working client port and working NAT ports.
 */
final class PortVerdicts {
    /** "NAT gateways use ports 1024-65535" [NAT]. */
    static final PortRange NAT_PORTS = new PortRange(1024, 65535);

    private final ModelIndex index;
    private final NetworkAclEvaluator acl;

    private final LoadBalancerIndex lbs;

    PortVerdicts(ModelIndex index, NetworkAclEvaluator acl, LoadBalancerIndex lbs) {
        this.index = index;
        this.acl = acl;
        this.lbs = lbs;
    }

    /** What {@link Tracer} hands over: the walks' hops in order, blockers past the first included. */
    record Walks(List<Hop> forward, List<Hop> reply, boolean replyWalked) {
    }

    record Result(Verdict verdict, PortOutcome sourcePorts, List<PortOutcome> translatedPorts, String unknownAt) {
    }

    Result decide(ResolvedQuery q, Walks w) {
        // Most traces cross no NAT and no load balancer: the empty map then costs no allocation.
        Map<String, PortState> nats = Map.of();
        for (Hop h : w.forward()) {
            // [EPH] a NAT gateway, and a load balancer opening its own connection to the target, pick 1024-65535.
            if ((h.kind() == ComponentKind.NAT_GATEWAY || h.kind() == ComponentKind.LOAD_BALANCER)
                    && h.decision() == Decision.TRANSLATE) {
                if (nats.isEmpty()) {
                    nats = new LinkedHashMap<>();
                }
                nats.putIfAbsent(h.componentId(), new PortState(PortSet.of(NAT_PORTS)));
            }
        }
        PortRange range = q.sourcePortRange();
        PortState client = range == null ? null : new PortState(PortSet.of(range));
        boolean hardBlock = false;
        String unknownAt = null;
        for (Hop h : w.forward()) {
            hardBlock |= h.blocks();
            if (h.decision() == Decision.UNKNOWN && !hardBlock && unknownAt == null) {
                unknownAt = h.componentId();
            }
        }
        for (Hop h : w.reply()) {
            boolean portFilter = client != null && narrow(h, client, nats);
            if (h.blocks() && !portFilter) {
                hardBlock = true;
            }
            if (h.decision() == Decision.UNKNOWN && !hardBlock && unknownAt == null) {
                unknownAt = h.componentId();
            }
        }
        boolean forwardArrived = w.replyWalked();
        Verdict verdict;
        if (hardBlock || (!forwardArrived && unknownAt == null)) {
            verdict = Verdict.UNREACHABLE;
            unknownAt = null;
        } else if (unknownAt != null) {
            verdict = Verdict.UNKNOWN;
        } else if (client == null) {
            verdict = Verdict.REACHABLE;
        } else {
            boolean none = client.working.isEmpty();
            boolean all = client.working.equals(client.range);
            for (PortState s : nats.values()) {
                none |= s.working.isEmpty();
                all &= s.working.equals(s.range);
            }
            verdict = none ? Verdict.UNREACHABLE : all ? Verdict.REACHABLE : Verdict.PORT_DEPENDENT;
        }
        PortOutcome source = client == null ? null : client.outcome(null, q.profile() == null ? null : q.profile().wireName());
        List<PortOutcome> translated = nats.isEmpty() ? List.of() : new ArrayList<>();
        for (Map.Entry<String, PortState> e : nats.entrySet()) {
            translated.add(e.getValue().outcome(e.getKey(), lbs.loadBalancer(e.getKey()) != null ? "elb" : "nat"));
        }
        return new Result(verdict, source, translated, unknownAt);
    }

    /**
     * Narrows the client's or a NAT's working ports by one reply hop; true when the hop is a network
     * ACL that filters on such a port (its verdict on the shown packet then says nothing about the rest).
     */
    private boolean narrow(Hop h, PortState client, Map<String, PortState> nats) {
        Packet p = h.packet();
        if (h.kind() != ComponentKind.NETWORK_ACL || p == null || !p.hasPorts() || p.dstPort() == null) {
            return false;
        }
        AclIndex a = index.acl(h.componentId());
        if (a == null) {
            return false;
        }
        PortState state = client;
        for (NetworkInterface eni : index.enisByPrivateIp(p.dst())) {
            NatGateway nat = index.natOfEni(eni.id());
            if (nat != null && nats.containsKey(nat.id())) {
                state = nats.get(nat.id());
            }
            var lb = lbs.ofNode(eni.id());
            if (lb != null && nats.containsKey(lb.id())) {
                state = nats.get(lb.id());
            }
        }
        PortSet allowed = acl.allowedPorts(a, p, h.direction() == Direction.EGRESS, state.range);
        PortSet before = state.working;
        state.working = before.intersect(allowed);
        if (state.decidedAt == null && !state.working.equals(before)) {
            state.decidedAt = h.componentId();
        }
        return true;
    }

    private static final class PortState {
        final PortSet range;
        PortSet working;
        String decidedAt;

        PortState(PortSet range) {
            this.range = range;
            this.working = range;
        }

        PortOutcome outcome(String at, String profile) {
            return new PortOutcome(at, profile, range, working, range.minus(working), decidedAt);
        }
    }
}
