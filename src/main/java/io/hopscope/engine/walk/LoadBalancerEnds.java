package io.hopscope.engine.walk;

import io.hopscope.engine.QueryField;
import io.hopscope.engine.TraceQueryException;
import io.hopscope.text.Text;
import io.hopscope.engine.index.LoadBalancerIndex;
import io.hopscope.model.ClientProfile;
import io.hopscope.model.LoadBalancer;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.Target;
import io.hopscope.model.TargetGroup;
import io.hopscope.model.Workload;
import io.hopscope.model.net.IpAddress;

import java.util.List;

/**
 * Trace ends that stand for a load balancer (contract v2): its name or ARN, a target group's name
 * or ARN (its load balancer), or a target behind it named together with {@code --destination-ip}
 * set to a node address. The end is the chosen node's interface: the node holding
 * {@code --destination-ip}, else the node in the client's zone, else the first node.
 */
final class LoadBalancerEnds {
    private final LoadBalancerIndex lbs;

    LoadBalancerEnds(LoadBalancerIndex lbs) {
        this.lbs = lbs;
    }

    /** The end for a load balancer or target group id, at its first node; null for any other id. */
    Endpoint byId(String id, QueryField field) {
        if (lbs.isEmpty()) {
            return null;
        }
        LoadBalancer lb = lbs.loadBalancer(id);
        String label = null;
        if (lb == null) {
            TargetGroup tg = lbs.targetGroup(id);
            if (tg == null) {
                return null;
            }
            List<LoadBalancer> users = lbs.usersOf(tg.id());
            if (users.isEmpty()) {
                throw new TraceQueryException(Text.of("query.targetGroupUnused", field, tg.label()));
            }
            lb = users.get(0);
            label = tg.label() + " (" + lb.label() + ")";
        }
        List<NetworkInterface> nodes = lbs.nodes(lb);
        if (nodes.isEmpty()) {
            throw new TraceQueryException(Text.of("query.loadBalancerNoNode", field, lb.label()));
        }
        String lbLabel = lb.label();
        return new Endpoint(Endpoint.Kind.INTERFACE, id, label != null ? label : lbLabel, nodes.get(0), null,
                ClientProfile.ELB, () -> "load balancer " + lbLabel, null);
    }

    /**
     * The destination on the right node: the one holding {@code dstIp}, else the one in the client's
     * zone. A target named with a node's address becomes a trace through that load balancer to it.
     */
    Endpoint chooseNode(Endpoint to, Endpoint from, IpAddress dstIp) {
        if (lbs.isEmpty() || to.kind() != Endpoint.Kind.INTERFACE) {
            return to;
        }
        LoadBalancer lb = lbs.ofNode(to.eni().id());
        if (lb == null) {
            return dstIp == null ? to : behind(to, dstIp);
        }
        boolean namedNode = to.id().equals(to.eni().id());
        if (dstIp != null) {
            for (NetworkInterface n : lbs.nodes(lb)) {
                if (n.hasPrivateAddress(dstIp) || dstIp.equals(n.publicIp())) {
                    return at(to, n);
                }
            }
            return to;
        }
        if (namedNode || from.eni() == null) {
            return to;
        }
        String zone = lbs.zoneOf(from.eni());
        for (NetworkInterface n : lbs.nodes(lb)) {
            if (!zone.isEmpty() && zone.equals(lbs.zoneOf(n))) {
                return at(to, n);
            }
        }
        return to;
    }

    /** {@code --to i-target --destination-ip <node address>}: through the load balancer to that target. */
    private Endpoint behind(Endpoint to, IpAddress dstIp) {
        if (to.eni().hasPrivateAddress(dstIp) || dstIp.equals(to.eni().publicIp())) {
            return to;
        }
        for (LoadBalancer lb : lbsHolding(dstIp)) {
            for (String tgId : lb.listeners().stream().flatMap(l -> l.targetGroupIds().stream()).distinct().toList()) {
                TargetGroup tg = lbs.targetGroup(tgId);
                if (tg != null && registers(tg, to)) {
                    for (NetworkInterface n : lbs.nodes(lb)) {
                        if (n.hasPrivateAddress(dstIp) || dstIp.equals(n.publicIp())) {
                            return new Endpoint(Endpoint.Kind.INTERFACE, to.id(), to.label() + " via " + lb.label(), n,
                                    null, ClientProfile.ELB, () -> "load balancer " + lb.label(), null);
                        }
                    }
                }
            }
        }
        return to;
    }

    private List<LoadBalancer> lbsHolding(IpAddress ip) {
        return lbs.loadBalancers().stream().filter(lb -> lbs.nodes(lb).stream()
                .anyMatch(n -> n.hasPrivateAddress(ip) || ip.equals(n.publicIp()))).toList();
    }

    private static boolean registers(TargetGroup tg, Endpoint to) {
        for (Target t : tg.targets()) {
            if (t.id().equals(to.id()) || (IpAddress.isValid(t.id()) && to.eni().hasPrivateAddress(IpAddress.parse(t.id())))) {
                return true;
            }
        }
        return false;
    }

    private static Endpoint at(Endpoint e, NetworkInterface node) {
        return new Endpoint(e.kind(), e.id(), e.label(), node, e.address(), e.profile(), e.profileSource(),
                e.serviceCidrs());
    }

    /** Names people give a trace end: load balancer and target group names. */
    List<io.hopscope.model.Resource> named() {
        return lbs.named();
    }
}
