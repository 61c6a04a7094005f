package io.hopscope.model;

import java.util.List;
import java.util.Set;

/**
 * A target group (describe-target-groups), id = its ARN, name = TargetGroupName, with its registered
 * targets. {@code preserveClientIp} and {@code crossZone} are the target group attributes
 * {@code preserve_client_ip.enabled} and {@code load_balancing.cross_zone.enabled}; null means the
 * default ({@link #preservesClientIp}, and the load balancer's setting).
 */
public record TargetGroup(String id, String name, TargetType targetType, String protocol, Integer port, String vpcId,
                          List<Target> targets, Boolean preserveClientIp, Boolean crossZone) implements LoadBalancing {

    /** [NLBCIP] protocols for which an IP target group preserves the client address by default. */
    private static final Set<String> PRESERVING_PROTOCOLS = Set.of("UDP", "TCP_UDP", "QUIC", "TCP_QUIC");

    public TargetGroup {
        name = name == null ? "" : name;
        targetType = targetType == null ? TargetType.INSTANCE : targetType;
        protocol = protocol == null ? "" : protocol.toUpperCase(java.util.Locale.ROOT);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /**
     * [NLBCIP] for an NLB: the attribute when set; by default on for instance targets and for IP
     * targets over UDP, TCP_UDP, QUIC and TCP_QUIC, off for IP targets over TCP and TLS. An IPv6
     * client reaching an instance target shows the load balancer's address instead.
     */
    public boolean preservesClientIp(boolean ipv6Client) {
        if (ipv6Client && targetType == TargetType.INSTANCE) {
            return false;
        }
        if (preserveClientIp != null) {
            return preserveClientIp;
        }
        return targetType == TargetType.INSTANCE || PRESERVING_PROTOCOLS.contains(protocol);
    }

    public TargetGroup withTargets(List<Target> newTargets) {
        return new TargetGroup(id, name, targetType, protocol, port, vpcId, newTargets, preserveClientIp, crossZone);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.TARGET_GROUP;
    }
}
