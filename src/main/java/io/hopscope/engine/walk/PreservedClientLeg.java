package io.hopscope.engine.walk;

import io.hopscope.text.Text;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;
import io.hopscope.engine.eval.SecurityGroupEvaluator;
import io.hopscope.engine.index.AclIndex;
import io.hopscope.model.LoadBalancer;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.SgPeerKind;
import io.hopscope.model.Subnet;
import io.hopscope.model.net.PortRange;

import java.util.ArrayList;
import java.util.List;

/**
 * What changes on the second leg when a Network Load Balancer preserves the client's address
 * (rulebook 10): the target's reply returns through the load balancer, and a target rule naming the
 * load balancer's group still admits the traffic.
 */
final class PreservedClientLeg {
    private final Evaluators ev;

    PreservedClientLeg(Evaluators ev) {
        this.ev = ev;
    }

    /** [NLBCIP] a preserved client's reply goes back through the NLB, not by the target subnet's routes. */
    HopRecorder replyThroughLoadBalancer(NetworkInterface target, NetworkInterface node, Packet p,
                                                 PortRange clientPorts) {
        HopRecorder rec = new HopRecorder();
        if (!ev.unfiltered(target)) {
            rec.add(ev.sg.tracked(target, p, false));
        }
        Subnet from = ev.index.subnet(target.subnetId());
        Subnet to = ev.index.subnet(node.subnetId());
        if (from != null && to != null && !from.id().equals(to.id())) {
            acl(rec, from, p, true, clientPorts);
            acl(rec, to, p, false, clientPorts);
        }
        if (!ev.unfiltered(node)) {
            rec.add(ev.sg.tracked(node, p, true));
        }
        rec.arrive(p);
        return rec;
    }

    private void acl(HopRecorder rec, Subnet s, Packet p, boolean egress, PortRange clientPorts) {
        AclIndex acl = ev.index.aclOfSubnet(s.id());
        if (acl != null) {
            rec.add(ev.acl.evaluate(acl, s, p, egress, clientPorts, "client"));
        }
    }

    /**
     * [NLBSG] a target's rule naming the NLB's security group admits the NLB's traffic even with the
     * client's address preserved: the target's inbound hop is evaluated again as from the node.
     */
    HopRecorder admitByLoadBalancerGroup(HopRecorder walked, LoadBalancer lb, NetworkInterface node,
                                                 NetworkInterface target, boolean translated) {
        if (translated || lb.securityGroupIds().isEmpty()) {
            return walked;
        }
        List<Hop> hops = new ArrayList<>(walked.result().hops());
        List<Hop> later = new ArrayList<>(walked.laterBlockers());
        List<Hop> list = !later.isEmpty() ? later : hops;
        Hop last = list.isEmpty() ? null : list.get(list.size() - 1);
        if (last == null || !last.blocks() || !last.kind().isSecurityGroups() || walked.arrivedPacket() == null) {
            return walked;
        }
        Packet p = last.packet();
        SecurityGroupEvaluator.Match m = ev.sg.match(target, p.withSource(node.primaryIp(), p.srcPort()), true);
        if (m == null || m.rule().peer().kind() != SgPeerKind.SECURITY_GROUP
                || !lb.securityGroupIds().contains(m.rule().peer().refId())) {
            return walked;
        }
        Hop allowed = ev.sg.evaluate(target, p.withSource(node.primaryIp(), p.srcPort()), true);
        list.set(list.size() - 1, Hop.at(allowed.kind(), allowed.componentId(), allowed.name())
                .direction(allowed.direction()).decided(allowed.decision(), p).rule(allowed.rule(), allowed.ruleRef())
                .groups(allowed.groups()).explained(Text.of("nlb.preservedByGroup", allowed.explanationText())));
        HopRecorder fixed = new HopRecorder();
        hops.forEach(fixed::add);
        later.forEach(fixed::add);
        fixed.arrive(walked.arrivedPacket());
        return fixed;
    }
}
