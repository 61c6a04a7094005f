package io.hopscope.io.terraform;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a link points at, with the id prefix AWS gives it and the Terraform types that make one. */
enum TfKind {
    VPC("vpc-", "aws_vpc", "aws_default_vpc"),
    SUBNET("subnet-", "aws_subnet", "aws_default_subnet"),
    SECURITY_GROUP("sg-", "aws_security_group", "aws_default_security_group"),
    ROUTE_TABLE("rtb-", "aws_route_table", "aws_default_route_table"),
    NETWORK_ACL("acl-", "aws_network_acl", "aws_default_network_acl"),
    INTERNET_GATEWAY("igw-", "aws_internet_gateway"),
    EGRESS_ONLY_GATEWAY("eigw-", "aws_egress_only_internet_gateway"),
    NAT_GATEWAY("nat-", "aws_nat_gateway"),
    VPC_ENDPOINT("vpce-", "aws_vpc_endpoint"),
    PEERING("pcx-", "aws_vpc_peering_connection", "aws_vpc_peering_connection_accepter"),
    VPN_GATEWAY("vgw-", "aws_vpn_gateway"),
    CUSTOMER_GATEWAY("cgw-", "aws_customer_gateway"),
    VPN_CONNECTION("vpn-", "aws_vpn_connection"),
    NETWORK_INTERFACE("eni-", "aws_network_interface"),
    INSTANCE("i-", "aws_instance"),
    EIP("eipalloc-", "aws_eip"),
    DB_SUBNET_GROUP("", "aws_db_subnet_group"),
    DB_INSTANCE("", "aws_db_instance"),
    PREFIX_LIST("pl-", "aws_prefix_list", "aws_ec2_managed_prefix_list"),
    TRANSIT_GATEWAY("tgw-", "aws_ec2_transit_gateway"),
    TRANSIT_GATEWAY_ATTACHMENT("tgw-attach-", "aws_ec2_transit_gateway_vpc_attachment",
            "aws_ec2_transit_gateway_peering_attachment", "aws_ec2_transit_gateway_peering_attachment_accepter"),
    TRANSIT_GATEWAY_ROUTE_TABLE("tgw-rtb-", "aws_ec2_transit_gateway_route_table"),
    LOAD_BALANCER("", "aws_lb", "aws_alb"),
    TARGET_GROUP("", "aws_lb_target_group", "aws_alb_target_group");

    final String prefix;
    final List<String> types;

    TfKind(String prefix, String... types) {
        this.prefix = prefix;
        this.types = List.of(types);
    }

    /** Asked for every link of every resource (10,000s in a large plan): one lookup, not a scan of copied values. */
    private static final Map<String, TfKind> BY_TYPE = new HashMap<>();

    static {
        for (TfKind k : values()) {
            k.types.forEach(t -> BY_TYPE.putIfAbsent(t, k));
        }
    }

    static TfKind ofType(String type) {
        return BY_TYPE.get(type);
    }
}
