package io.hopscope.model;

/** elbv2 {@code Type}: what the load balancer does with a connection. */
public enum LoadBalancerType {
    /** Layer 7: terminates the client's connection and opens a new one to the target [ELBHOW]. */
    APPLICATION("application"),
    /** Layer 4: passes the connection on, with the client's address when client IP preservation is on [NLBCIP]. */
    NETWORK("network"),
    /** Layer 3 appliances behind GENEVE: the model does not evaluate them (rulebook 12). */
    GATEWAY("gateway");

    private final String wireName;

    LoadBalancerType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** "ALB", "NLB", "GWLB": the names people use. */
    public String shortName() {
        return switch (this) {
            case APPLICATION -> "ALB";
            case NETWORK -> "NLB";
            case GATEWAY -> "GWLB";
        };
    }

    /** The type of an elbv2 {@code Type} ("application"), or null when unknown. */
    public static LoadBalancerType fromWireName(String name) {
        for (LoadBalancerType t : values()) {
            if (t.wireName.equalsIgnoreCase(name)) {
                return t;
            }
        }
        return null;
    }
}
