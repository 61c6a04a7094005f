package io.hopscope.model;

/** What a route sends traffic to, as the EC2 route fields name it. */
public enum RouteTargetKind {
    LOCAL("local"),
    INTERNET_GATEWAY("internet-gateway"),
    EGRESS_ONLY_INTERNET_GATEWAY("egress-only-internet-gateway"),
    NAT_GATEWAY("nat-gateway"),
    VPC_PEERING_CONNECTION("vpc-peering-connection"),
    GATEWAY_ENDPOINT("gateway-endpoint"),
    TRANSIT_GATEWAY("transit-gateway"),
    VPN_GATEWAY("vpn-gateway"),
    NETWORK_INTERFACE("network-interface"),
    /** A target the model does not know (carrier or local gateway, Cloud WAN core network): traces reaching it are UNKNOWN. */
    UNSUPPORTED("unsupported");

    private final String wireName;

    RouteTargetKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static RouteTargetKind fromWireName(String name) {
        for (RouteTargetKind k : values()) {
            if (k.wireName.equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown route target kind '" + name + "'");
    }
}
