package io.hopscope.edit.paste;

import io.hopscope.edit.fresh.FreeAddresses;

/**
 * The kinds of reference a VPC copy has to leave out, each with the AWS rule that forbids keeping
 * it, in the words the status bar uses.
 */
enum LeftOut {
    PEERING_ROUTE("route through a peering connection", "routes through peering connections",
            "a peering joins only the two VPCs it was made for"),
    OUTSIDE_ROUTE_TARGET("route to a target outside the VPC", "routes to targets outside the VPC",
            "a route can only target its own VPC's gateways and interfaces"),
    OUTSIDE_GROUP_RULE("group rule naming a group of an unpeered VPC", "group rules naming groups of unpeered VPCs",
            "a rule can only name groups of its own VPC or a peered one"),
    OUTSIDE_GROUP_ON_INTERFACE("group of another VPC on an interface", "groups of other VPCs on interfaces",
            "an interface takes only groups of its own VPC"),
    OUTSIDE_INTERFACE("interface in another VPC", "interfaces in other VPCs", "they are not part of this VPC"),
    OUTSIDE_TARGET("target outside the VPC", "targets outside the VPC",
            "a target group registers only instances of its own VPC"),
    PUBLIC_IP("public IP", "public IPs", "no free address is left in " + FreeAddresses.PUBLIC_POOL);

    private final String one;
    private final String many;
    private final String why;

    LeftOut(String one, String many, String why) {
        this.one = one;
        this.many = many;
        this.why = why;
    }

    /** "2 routes through peering connections (a peering joins only the two VPCs it was made for)". */
    String count(int n) {
        return n + " " + (n == 1 ? one : many) + " (" + why + ")";
    }
}
