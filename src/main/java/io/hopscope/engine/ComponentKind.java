package io.hopscope.engine;

import io.hopscope.model.ResourceKind;
import io.hopscope.model.RouteTargetKind;

/**
 * What kind of component a hop names. Mostly a {@link ResourceKind}, plus what a trace meets that a
 * diagram does not hold: the VPC's own services (DNS, metadata) and a route's gateway endpoint
 * target. {@link #wireName()} is the hop's {@code type} in the CLI's JSON and text.
 */
public enum ComponentKind {
    SECURITY_GROUP("security-group", ResourceKind.SECURITY_GROUP),
    NETWORK_INTERFACE("network-interface", ResourceKind.NETWORK_INTERFACE),
    NETWORK_ACL("network-acl", ResourceKind.NETWORK_ACL),
    ROUTE_TABLE("route-table", ResourceKind.ROUTE_TABLE),
    SUBNET("subnet", ResourceKind.SUBNET),
    VPC("vpc", ResourceKind.VPC),
    INTERNET_GATEWAY("internet-gateway", ResourceKind.INTERNET_GATEWAY),
    EGRESS_ONLY_INTERNET_GATEWAY("egress-only-internet-gateway", ResourceKind.EGRESS_ONLY_INTERNET_GATEWAY),
    NAT_GATEWAY("nat-gateway", ResourceKind.NAT_GATEWAY),
    VPC_ENDPOINT("vpc-endpoint", ResourceKind.VPC_ENDPOINT),
    /** A route whose gateway-endpoint target is missing names the target as the route spells it. */
    GATEWAY_ENDPOINT("gateway-endpoint", ResourceKind.VPC_ENDPOINT),
    VPC_PEERING_CONNECTION("vpc-peering-connection", ResourceKind.VPC_PEERING_CONNECTION),
    VPN_GATEWAY("vpn-gateway", ResourceKind.VPN_GATEWAY),
    TRANSIT_GATEWAY("transit-gateway", ResourceKind.TRANSIT_GATEWAY),
    TRANSIT_GATEWAY_ATTACHMENT("transit-gateway-attachment", ResourceKind.TRANSIT_GATEWAY_ATTACHMENT),
    TRANSIT_GATEWAY_ROUTE_TABLE("transit-gateway-route-table", ResourceKind.TRANSIT_GATEWAY_ROUTE_TABLE),
    VPN_CONNECTION("vpn-connection", ResourceKind.VPN_CONNECTION),
    DIRECT_CONNECT_GATEWAY("direct-connect-gateway", ResourceKind.DIRECT_CONNECT_GATEWAY),
    VIRTUAL_INTERFACE("virtual-interface", ResourceKind.VIRTUAL_INTERFACE),
    /** A load balancer: its listener decides (rulebook 10). */
    LOAD_BALANCER("load-balancer", ResourceKind.LOAD_BALANCER),
    /** A target group: which registered target the load balancer's node forwards to. */
    TARGET_GROUP("target-group", ResourceKind.TARGET_GROUP),
    /** An on-premises network drawn behind a virtual private gateway. */
    ON_PREMISES("on-premises", ResourceKind.EXTERNAL),
    /** A route target the importer could not resolve to a modelled kind (rulebook 12: UNKNOWN). */
    UNSUPPORTED("unsupported", null),
    /** The Amazon DNS server and instance metadata: handled by the host, drawn nowhere. */
    VPC_SERVICE("vpc-service", null),
    /** A local route's target, named only when a route points nowhere the model knows. */
    LOCAL("local", null);

    private final String wireName;
    private final ResourceKind resourceKind;

    ComponentKind(String wireName, ResourceKind resourceKind) {
        this.wireName = wireName;
        this.resourceKind = resourceKind;
    }

    /** The kebab-case name of the CLI contract ("security-group"). */
    public String wireName() {
        return wireName;
    }

    /** The diagram resource kind this component is, or null for what a diagram does not hold. */
    public ResourceKind resourceKind() {
        return resourceKind;
    }

    /** Security-group hops: one group, or the interface standing for its set of groups. */
    public boolean isSecurityGroups() {
        return this == SECURITY_GROUP || this == NETWORK_INTERFACE;
    }

    /** A gateway or connection the packet crosses between a subnet and somewhere else. */
    public boolean isGateway() {
        return switch (this) {
            case INTERNET_GATEWAY, EGRESS_ONLY_INTERNET_GATEWAY, NAT_GATEWAY, VPC_ENDPOINT, GATEWAY_ENDPOINT,
                 VPC_PEERING_CONNECTION, VPN_GATEWAY, TRANSIT_GATEWAY, TRANSIT_GATEWAY_ATTACHMENT, VPN_CONNECTION,
                 DIRECT_CONNECT_GATEWAY, VIRTUAL_INTERFACE, LOAD_BALANCER, UNSUPPORTED -> true;
            default -> false;
        };
    }

    /** The kind whose wire name is {@code name} ("vpn-connection"), or null. */
    public static ComponentKind ofWireName(String name) {
        for (ComponentKind k : values()) {
            if (k.wireName.equals(name)) {
                return k;
            }
        }
        return null;
    }

    /** The component a route target of {@code kind} is. */
    public static ComponentKind of(RouteTargetKind kind) {
        return switch (kind) {
            case LOCAL -> LOCAL;
            case INTERNET_GATEWAY -> INTERNET_GATEWAY;
            case EGRESS_ONLY_INTERNET_GATEWAY -> EGRESS_ONLY_INTERNET_GATEWAY;
            case NAT_GATEWAY -> NAT_GATEWAY;
            case VPC_PEERING_CONNECTION -> VPC_PEERING_CONNECTION;
            case GATEWAY_ENDPOINT -> GATEWAY_ENDPOINT;
            case TRANSIT_GATEWAY -> TRANSIT_GATEWAY;
            case VPN_GATEWAY -> VPN_GATEWAY;
            case NETWORK_INTERFACE -> NETWORK_INTERFACE;
            case UNSUPPORTED -> UNSUPPORTED;
        };
    }
}
