package io.hopscope.check;

import io.hopscope.text.Text;
import io.hopscope.model.Listener;
import io.hopscope.model.LoadBalancer;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Subnet;
import io.hopscope.model.Target;
import io.hopscope.model.TargetGroup;
import io.hopscope.model.TargetType;
import io.hopscope.model.Workload;
import io.hopscope.model.net.IpAddress;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Load balancers and target groups that AWS would refuse or that cannot work (rulebook 10): a node
 * interface outside the load balancer's subnets (error), an IP target that is not an address (error),
 * a listener that forwards to no target group, a load balancer without node interfaces, an
 * internet-facing load balancer in a subnet without a route to an internet gateway, a target in a
 * zone where the load balancer has no node (warnings). References are {@link ReferencesRule}'s.
 */
public final class LoadBalancerRule implements ModelRule {

    @Override
    public String findingsName() {
        return "load balancer problems";
    }

    @Override
    public void check(NetworkModel m, Findings f) {
        PublicTables tables = new PublicTables(m);
        for (LoadBalancer lb : m.loadBalancers()) {
            for (int i = 0; i < lb.networkInterfaceIds().size(); i++) {
                NetworkInterface eni = m.networkInterface(lb.networkInterfaceIds().get(i));
                if (eni != null && !lb.subnetIds().contains(eni.subnetId())) {
                    f.error(lb, ".networkInterfaces[" + i + "]", Text.of("check.lb.nodeSubnet", eni.id(), eni.subnetId()));
                }
            }
            if (lb.networkInterfaceIds().isEmpty()) {
                f.warning(lb, ".networkInterfaces", Text.of("check.lb.noNode", Findings.described(lb)));
            }
            for (int i = 0; i < lb.listeners().size(); i++) {
                Listener l = lb.listeners().get(i);
                if (l.forwards() && l.targetGroupIds().isEmpty()) {
                    f.warning(lb, ".listeners[" + i + "]", Text.of("check.lb.noTargetGroup",
                            l.protocol() + ":" + l.port()));
                }
            }
            if (!lb.internal()) {
                for (int i = 0; i < lb.subnetIds().size(); i++) {
                    Subnet s = m.subnet(lb.subnetIds().get(i));
                    if (s != null && !tables.isPublic(s.id())) {
                        f.warning(lb, ".subnets[" + i + "]", Text.of("check.lb.privateNode",
                                Findings.described(lb), s.label()));
                    }
                }
            }
        }
        Map<String, Set<String>> zonesServing = zonesServing(m);
        for (TargetGroup tg : m.targetGroups()) {
            targets(m, f, tg, zonesServing.getOrDefault(tg.id(), Set.of()));
        }
    }

    private static void targets(NetworkModel m, Findings f, TargetGroup tg, Set<String> zones) {
        for (int i = 0; i < tg.targets().size(); i++) {
            Target t = tg.targets().get(i);
            if (tg.targetType() == TargetType.IP && !IpAddress.isValid(t.id())) {
                f.error(tg, ".targets[" + i + "].id", Text.of("check.lb.targetNotIp", t.id()));
                continue;
            }
            String zone = zoneOf(m, tg, t);
            if (!zones.isEmpty() && zone != null && !zones.contains(zone)) {
                f.warning(tg, ".targets[" + i + "]", Text.of("check.lb.targetZone", t.id(), zone));
            }
        }
    }

    /**
     * By target group id, the zones of the nodes of every load balancer forwarding to it: one pass
     * over the listeners (a scan of every load balancer per group cost 0.1 s at quota scale).
     */
    private static Map<String, Set<String>> zonesServing(NetworkModel m) {
        Map<String, Set<String>> zones = new HashMap<>();
        for (LoadBalancer lb : m.loadBalancers()) {
            Set<String> lbZones = new HashSet<>();
            for (String s : lb.subnetIds()) {
                Subnet subnet = m.subnet(s);
                if (subnet != null && !subnet.availabilityZone().isEmpty()) {
                    lbZones.add(subnet.availabilityZone());
                }
            }
            for (Listener l : lb.listeners()) {
                for (String tg : l.targetGroupIds()) {
                    zones.computeIfAbsent(tg, k -> new HashSet<>()).addAll(lbZones);
                }
            }
        }
        return zones;
    }

    /** An instance's zone is its subnet's; an IP target's is given ("all": outside the VPC). */
    static String zoneOf(NetworkModel m, TargetGroup tg, Target t) {
        if (tg.targetType() == TargetType.INSTANCE) {
            Workload w = m.workload(t.id());
            NetworkInterface eni = w == null || w.networkInterfaceIds().isEmpty() ? null
                    : m.networkInterface(w.networkInterfaceIds().get(0));
            Subnet s = eni == null ? null : m.subnet(eni.subnetId());
            return s == null || s.availabilityZone().isEmpty() ? null : s.availabilityZone();
        }
        return t.availabilityZone().isEmpty() || t.availabilityZone().equals("all") ? null : t.availabilityZone();
    }
}
