package io.hopscope.io.collect;

import java.util.List;

/**
 * Every listing {@code collect} makes, in the order it makes them: the describe-* outputs the
 * importer reads (files named as the AWS CLI commands, records under the CLI's top-level keys).
 * Each is read-only; {@link #actions()} is the whole IAM policy it needs.
 */
public final class CollectCalls {

    static final List<CollectCall> ALL = List.of(
        new CollectCall("ec2:DescribeVpcs", "describe-vpcs", "Vpcs", c -> c.ec2().describeVpcsPaginator()),
        new CollectCall("ec2:DescribeSubnets", "describe-subnets", "Subnets", c -> c.ec2().describeSubnetsPaginator()),
        new CollectCall("ec2:DescribeRouteTables", "describe-route-tables", "RouteTables",
                c -> c.ec2().describeRouteTablesPaginator()),
        new CollectCall("ec2:DescribeNetworkAcls", "describe-network-acls", "NetworkAcls",
                c -> c.ec2().describeNetworkAclsPaginator()),
        new CollectCall("ec2:DescribeSecurityGroups", "describe-security-groups", "SecurityGroups",
                c -> c.ec2().describeSecurityGroupsPaginator()),
        new CollectCall("ec2:DescribeInternetGateways", "describe-internet-gateways", "InternetGateways",
                c -> c.ec2().describeInternetGatewaysPaginator()),
        new CollectCall("ec2:DescribeEgressOnlyInternetGateways", "describe-egress-only-internet-gateways",
                "EgressOnlyInternetGateways", c -> c.ec2().describeEgressOnlyInternetGatewaysPaginator()),
        new CollectCall("ec2:DescribeNatGateways", "describe-nat-gateways", "NatGateways",
                c -> c.ec2().describeNatGatewaysPaginator()),
        new CollectCall("ec2:DescribeVpcEndpoints", "describe-vpc-endpoints", "VpcEndpoints",
                c -> c.ec2().describeVpcEndpointsPaginator()),
        new CollectCall("ec2:DescribeVpcPeeringConnections", "describe-vpc-peering-connections", "VpcPeeringConnections",
                c -> c.ec2().describeVpcPeeringConnectionsPaginator()),
        new CollectCall("ec2:DescribePrefixLists", "describe-prefix-lists", "PrefixLists",
                c -> c.ec2().describePrefixListsPaginator()),
        new CollectCall("ec2:DescribeNetworkInterfaces", "describe-network-interfaces", "NetworkInterfaces",
                c -> c.ec2().describeNetworkInterfacesPaginator()),
        new CollectCall("ec2:DescribeInstances", "describe-instances", "Reservations",
                c -> c.ec2().describeInstancesPaginator()),
        new CollectCall("ec2:DescribeAddresses", "describe-addresses", "Addresses", c -> List.of(c.ec2().describeAddresses())),
        new CollectCall("ec2:DescribeVpnGateways", "describe-vpn-gateways", "VpnGateways",
                c -> List.of(c.ec2().describeVpnGateways())),
        new CollectCall("ec2:DescribeCustomerGateways", "describe-customer-gateways", "CustomerGateways",
                c -> List.of(c.ec2().describeCustomerGateways())),
        new CollectCall("ec2:DescribeVpnConnections", "describe-vpn-connections", "VpnConnections",
                c -> List.of(c.ec2().describeVpnConnections())),
        new CollectCall("ec2:DescribeTransitGateways", "describe-transit-gateways", "TransitGateways",
                c -> c.ec2().describeTransitGatewaysPaginator()),
        new CollectCall("rds:DescribeDBInstances", "describe-db-instances", "DBInstances",
                c -> c.rds().describeDBInstancesPaginator()),
        new CollectCall("elasticloadbalancing:DescribeLoadBalancers", "describe-load-balancers", "LoadBalancers",
                c -> c.elb().describeLoadBalancersPaginator()),
        new CollectCall("elasticloadbalancing:DescribeTargetGroups", "describe-target-groups", "TargetGroups",
                c -> c.elb().describeTargetGroupsPaginator()),
        new CollectCall("lambda:ListFunctions", "list-functions", "Functions", c -> c.lambda().listFunctionsPaginator()));

    private CollectCalls() {
    }

    /** The IAM actions collect needs, in call order. */
    public static List<String> actions() {
        return ALL.stream().map(CollectCall::action).toList();
    }

    /** The minimal read-only IAM policy, as JSON. */
    public static String policy() {
        StringBuilder sb = new StringBuilder("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n")
                .append("      \"Sid\": \"HopscopeCollectReadOnly\",\n      \"Effect\": \"Allow\",\n      \"Action\": [\n");
        List<String> actions = actions();
        for (int i = 0; i < actions.size(); i++) {
            sb.append("        \"").append(actions.get(i)).append('"').append(i < actions.size() - 1 ? ",\n" : "\n");
        }
        return sb.append("      ],\n      \"Resource\": \"*\"\n    }\n  ]\n}\n").toString();
    }
}
