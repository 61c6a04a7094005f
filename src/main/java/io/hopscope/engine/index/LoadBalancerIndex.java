package io.hopscope.engine.index;

import io.hopscope.model.Listener;
import io.hopscope.model.LoadBalancer;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.Subnet;
import io.hopscope.model.Target;
import io.hopscope.model.TargetGroup;
import io.hopscope.model.TargetType;
import io.hopscope.model.Workload;
import io.hopscope.model.net.IpAddress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-model lookups for load balancers (rulebook 10), built once with the {@link ModelIndex}: the
 * load balancer of a node interface, load balancers and target groups by id (ARN) and name, the
 * load balancers forwarding to a target group, and where each target is (its interface and zone).
 * Empty maps cost nothing on a model without load balancers.
 */
public final class LoadBalancerIndex {
    private final ModelIndex index;
    private final Map<String, LoadBalancer> byNode = new HashMap<>();
    private final Map<String, LoadBalancer> byId = new HashMap<>();
    private final Map<String, TargetGroup> groups = new HashMap<>();
    private final Map<String, List<LoadBalancer>> usersOfGroup = new HashMap<>();

    public LoadBalancerIndex(ModelIndex index) {
        this.index = index;
        for (TargetGroup tg : index.model().targetGroups()) {
            groups.putIfAbsent(tg.id(), tg);
        }
        for (LoadBalancer lb : index.model().loadBalancers()) {
            byId.putIfAbsent(lb.id(), lb);
            for (String eni : lb.networkInterfaceIds()) {
                byNode.putIfAbsent(eni, lb);
            }
            for (Listener l : lb.listeners()) {
                for (String tg : l.targetGroupIds()) {
                    List<LoadBalancer> users = usersOfGroup.computeIfAbsent(tg, k -> new ArrayList<>());
                    if (!users.contains(lb)) {
                        users.add(lb);
                    }
                }
            }
        }
    }

    public List<LoadBalancer> loadBalancers() {
        return index.model().loadBalancers();
    }

    /** Load balancers and target groups, for resolving trace ends by name. */
    public List<io.hopscope.model.Resource> named() {
        return new ArrayList<>(index.model().loadBalancing());
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    /** The load balancer whose node this interface is, or null. */
    public LoadBalancer ofNode(String eniId) {
        return eniId == null || byNode.isEmpty() ? null : byNode.get(eniId);
    }

    public LoadBalancer loadBalancer(String id) {
        return byId.get(id);
    }

    public TargetGroup targetGroup(String id) {
        return groups.get(id);
    }

    /** The load balancers with a listener forwarding to this target group, in model order. */
    public List<LoadBalancer> usersOf(String targetGroupId) {
        return usersOfGroup.getOrDefault(targetGroupId, List.of());
    }

    /** The node interfaces of a load balancer that exist in the model, in its order. */
    public List<NetworkInterface> nodes(LoadBalancer lb) {
        List<NetworkInterface> out = new ArrayList<>(lb.networkInterfaceIds().size());
        for (String id : lb.networkInterfaceIds()) {
            NetworkInterface eni = index.eni(id);
            if (eni != null) {
                out.add(eni);
            }
        }
        return out;
    }

    /** The zone of an interface's subnet, "" when unknown. */
    public String zoneOf(NetworkInterface eni) {
        Subnet s = eni == null ? null : index.subnet(eni.subnetId());
        return s == null ? "" : s.availabilityZone();
    }

    /** Where a target receives the connection: its interface and address, or null when not in the model. */
    public record Place(NetworkInterface eni, IpAddress address, String zone) {
    }

    public Place place(TargetGroup tg, Target t) {
        if (tg.targetType() == TargetType.INSTANCE) {
            Workload w = index.workload(t.id());
            if (w == null || w.networkInterfaceIds().isEmpty()) {
                return null;
            }
            NetworkInterface eni = index.eni(w.networkInterfaceIds().get(0));
            return eni == null || eni.primaryIp() == null ? null : new Place(eni, eni.primaryIp(), zoneOf(eni));
        }
        if (tg.targetType() == TargetType.IP && IpAddress.isValid(t.id())) {
            IpAddress ip = IpAddress.parse(t.id());
            List<NetworkInterface> enis = index.enisByPrivateIp(ip);
            NetworkInterface eni = enis.isEmpty() ? null : enis.get(0);
            String zone = !t.availabilityZone().isEmpty() ? t.availabilityZone() : zoneOf(eni);
            return new Place(eni, ip, zone);
        }
        return null;
    }

    /** The registered targets of this group that the load balancer's node in {@code zone} forwards to [NLBXZ][ALBXZ]. */
    public List<Target> reachableTargets(LoadBalancer lb, TargetGroup tg, String nodeZone) {
        boolean crossZone = lb.crossZoneFor(tg);
        List<String> enabled = new ArrayList<>();
        for (String s : lb.subnetIds()) {
            Subnet subnet = index.subnet(s);
            if (subnet != null) {
                enabled.add(subnet.availabilityZone());
            }
        }
        List<Target> out = new ArrayList<>();
        for (Target t : tg.targets()) {
            Place p = place(tg, t);
            String zone = p == null ? "" : p.zone();
            boolean outside = "all".equals(t.availabilityZone());
            // [ALBXZ] a target in a zone the load balancer does not serve receives nothing.
            if (!outside && !zone.isEmpty() && !enabled.isEmpty() && !enabled.contains(zone)) {
                continue;
            }
            if (crossZone || outside || zone.isEmpty() || nodeZone.isEmpty() || zone.equals(nodeZone)) {
                out.add(t);
            }
        }
        return out;
    }
}
