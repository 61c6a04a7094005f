package io.hopscope.model;

import java.util.List;

/**
 * An Application, Network or Gateway Load Balancer (describe-load-balancers), id = its ARN (or any
 * unique id in a drawn diagram), name = LoadBalancerName. One node per enabled subnet:
 * {@code networkInterfaceIds} are the node ENIs ("ELB app/NAME/ID"), each in one of
 * {@code subnetIds}, carrying {@code securityGroupIds} (always on an ALB; on an NLB only when it was
 * created with groups [NLBSG]). An internal load balancer's nodes have private addresses only
 * [ELBHOW]. {@code crossZone} null means the type's default: on for an ALB, off for an NLB [NLBXZ][ALBXZ].
 */
public record LoadBalancer(String id, String name, LoadBalancerType type, boolean internal, String vpcId,
                           List<String> subnetIds, List<String> securityGroupIds, List<String> networkInterfaceIds,
                           List<Listener> listeners, Boolean crossZone, String state) implements LoadBalancing {

    public LoadBalancer {
        name = name == null ? "" : name;
        type = type == null ? LoadBalancerType.APPLICATION : type;
        subnetIds = subnetIds == null ? List.of() : List.copyOf(subnetIds);
        securityGroupIds = securityGroupIds == null ? List.of() : List.copyOf(securityGroupIds);
        networkInterfaceIds = networkInterfaceIds == null ? List.of() : List.copyOf(networkInterfaceIds);
        listeners = listeners == null ? List.of() : List.copyOf(listeners);
        state = state == null || state.isBlank() ? "active" : state;
    }

    /** The listener for this port and protocol, or null: the load balancer refuses the connection [ALBL]. */
    public Listener listenerFor(int port, io.hopscope.model.net.Protocol protocol) {
        for (Listener l : listeners) {
            if (l.port() == port && l.accepts(protocol)) {
                return l;
            }
        }
        return null;
    }

    /** Whether a node forwards to targets in other zones: the target group's setting, else the load balancer's. */
    public boolean crossZoneFor(TargetGroup group) {
        if (group != null && group.crossZone() != null) {
            return group.crossZone();
        }
        return crossZone != null ? crossZone : type == LoadBalancerType.APPLICATION;
    }

    /** An ALB always opens its own connection to the target; an NLB only without client IP preservation. */
    public boolean translatesSource(TargetGroup group, boolean ipv6Client) {
        return type == LoadBalancerType.APPLICATION || group == null || !group.preservesClientIp(ipv6Client);
    }

    public LoadBalancer withListeners(List<Listener> newListeners) {
        return new LoadBalancer(id, name, type, internal, vpcId, subnetIds, securityGroupIds, networkInterfaceIds,
                newListeners, crossZone, state);
    }

    public LoadBalancer withNodes(List<String> subnets, List<String> enis) {
        return new LoadBalancer(id, name, type, internal, vpcId, subnets, securityGroupIds, enis, listeners, crossZone,
                state);
    }

    public LoadBalancer withSecurityGroupIds(List<String> ids) {
        return new LoadBalancer(id, name, type, internal, vpcId, subnetIds, ids, networkInterfaceIds, listeners,
                crossZone, state);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.LOAD_BALANCER;
    }
}
