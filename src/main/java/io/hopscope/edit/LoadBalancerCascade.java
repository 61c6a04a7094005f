package io.hopscope.edit;

import io.hopscope.model.Listener;
import io.hopscope.model.LoadBalancer;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.TargetGroup;
import io.hopscope.model.TargetType;
import io.hopscope.model.net.IpAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a delete takes with it among load balancers, and the references it clears (rulebook 10). A
 * load balancer goes with its VPC or when none of its subnets is left, and takes its node interfaces
 * and the target groups no other load balancer forwards to (a target group is not drawn on its own,
 * so one left behind could not be seen or deleted). A deleted instance or address is deregistered
 * from every target group, as AWS does when an instance is terminated [TGREG]; a deleted group or
 * subnet leaves the load balancer's lists.
 */
final class LoadBalancerCascade {

    private LoadBalancerCascade() {
    }

    /** Adds to {@code all} what the deleted ids take with them; the caller repeats until nothing grows. */
    static void grow(NetworkModel model, Set<String> all) {
        for (LoadBalancer lb : model.loadBalancers()) {
            boolean noSubnetLeft = !lb.subnetIds().isEmpty() && all.containsAll(lb.subnetIds());
            if (all.contains(lb.vpcId()) || noSubnetLeft) {
                all.add(lb.id());
            }
            if (all.contains(lb.id())) {
                all.addAll(lb.networkInterfaceIds().stream().filter(id -> model.find(id).isPresent()).toList());
            }
        }
        for (TargetGroup tg : model.targetGroups()) {
            List<LoadBalancer> users = model.loadBalancers().stream()
                    .filter(lb -> lb.listeners().stream().anyMatch(l -> l.targetGroupIds().contains(tg.id()))).toList();
            boolean orphaned = !users.isEmpty() && users.stream().allMatch(lb -> all.contains(lb.id()));
            if (all.contains(tg.vpcId()) || orphaned) {
                all.add(tg.id());
            }
        }
    }

    /** Removes every reference to a deleted id from the load balancers and target groups left. */
    static void clear(NetworkModel before, NetworkModel.Builder b, Set<String> gone) {
        Set<IpAddress> goneAddresses = new HashSet<>();
        for (String id : gone) {
            NetworkInterface eni = before.networkInterface(id);
            if (eni != null) {
                goneAddresses.addAll(eni.privateIps());
            }
        }
        b.mapAll(LoadBalancer.class, lb -> lb.withNodes(keep(lb.subnetIds(), gone), keep(lb.networkInterfaceIds(), gone))
                .withSecurityGroupIds(keep(lb.securityGroupIds(), gone))
                .withListeners(lb.listeners().stream().map(l -> new Listener(l.port(), l.protocol(), l.action(),
                        keep(l.targetGroupIds(), gone))).toList()));
        b.mapAll(TargetGroup.class, tg -> tg.withTargets(tg.targets().stream()
                .filter(t -> !gone.contains(t.id()) && !(tg.targetType() == TargetType.IP
                        && IpAddress.isValid(t.id()) && goneAddresses.contains(IpAddress.parse(t.id()))))
                .toList()));
    }

    private static List<String> keep(List<String> ids, Set<String> gone) {
        return ids.stream().filter(id -> !gone.contains(id)).toList();
    }
}
