package io.hopscope.model;

/** Who owns a network interface, as AWS's InterfaceType and Description tell. */
public enum InterfaceType {
    INSTANCE("instance"),
    RDS("rds"),
    LAMBDA("lambda"),
    LOAD_BALANCER("load-balancer"),
    NAT_GATEWAY("nat-gateway"),
    VPC_ENDPOINT("vpc-endpoint"),
    OTHER("other");

    private final String wireName;

    InterfaceType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static InterfaceType fromWireName(String name) {
        for (InterfaceType t : values()) {
            if (t.wireName.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown interface type '" + name + "'");
    }
}
