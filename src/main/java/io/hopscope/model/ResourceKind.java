package io.hopscope.model;

/** Every kind of thing a diagram can hold, with the id prefix AWS uses for it. */
public enum ResourceKind {
    VPC("vpc-", "vpc"),
    SUBNET("subnet-", "subnet"),
    ROUTE_TABLE("rtb-", "route-table"),
    NETWORK_ACL("acl-", "network-acl"),
    SECURITY_GROUP("sg-", "security-group"),
    PREFIX_LIST("pl-", "prefix-list"),
    INTERNET_GATEWAY("igw-", "internet-gateway"),
    EGRESS_ONLY_INTERNET_GATEWAY("eigw-", "egress-only-internet-gateway"),
    NAT_GATEWAY("nat-", "nat-gateway"),
    VPC_ENDPOINT("vpce-", "vpc-endpoint"),
    VPC_PEERING_CONNECTION("pcx-", "vpc-peering-connection"),
    VPN_GATEWAY("vgw-", "vpn-gateway"),
    TRANSIT_GATEWAY("tgw-", "transit-gateway"),
    TRANSIT_GATEWAY_ATTACHMENT("tgw-attach-", "transit-gateway-attachment"),
    TRANSIT_GATEWAY_ROUTE_TABLE("tgw-rtb-", "transit-gateway-route-table"),
    CUSTOMER_GATEWAY("cgw-", "customer-gateway"),
    VPN_CONNECTION("vpn-", "vpn-connection"),
    DIRECT_CONNECT_GATEWAY("", "direct-connect-gateway"),
    VIRTUAL_INTERFACE("dxvif-", "virtual-interface"),
    NETWORK_INTERFACE("eni-", "network-interface"),
    LOAD_BALANCER("", "load-balancer"),
    TARGET_GROUP("", "target-group"),
    WORKLOAD("", "workload"),
    EXTERNAL("", "external");

    private final String idPrefix;
    private final String wireName;

    ResourceKind(String idPrefix, String wireName) {
        this.idPrefix = idPrefix;
        this.wireName = wireName;
    }

    /** The prefix of ids AWS gives this kind ("sg-"), empty where ids vary (workloads, externals). */
    public String idPrefix() {
        return idPrefix;
    }

    /** The kebab-case name used in files and in the CLI's JSON ("security-group"). */
    public String wireName() {
        return wireName;
    }
}
