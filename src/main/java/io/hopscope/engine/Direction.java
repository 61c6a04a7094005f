package io.hopscope.engine;

/**
 * Which way a packet crosses a filter or gateway, as the CLI contract spells it: into the subnet,
 * interface or VPC ({@code ingress}, a group's or ACL's inbound rules) or out of it ({@code egress}).
 * Route tables and peering connections have none.
 */
public enum Direction {
    INGRESS("ingress"),
    EGRESS("egress");

    private final String wireName;

    Direction(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Direction of(boolean egress) {
        return egress ? EGRESS : INGRESS;
    }

    public boolean isEgress() {
        return this == EGRESS;
    }
}
