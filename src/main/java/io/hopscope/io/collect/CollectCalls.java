package io.hopscope.io.collect;

import io.hopscope.io.collect.CollectCall.Parent;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.DescribeTransitGatewayPeeringAttachmentsRequest;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.GetTransitGatewayRouteTablePropagationsRequest;
import software.amazon.awssdk.services.ec2.model.SearchTransitGatewayRoutesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenersRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeLoadBalancerAttributesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetGroupAttributesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetHealthRequest;

/**
 * Every call {@code collect} makes, in the order it makes them: the describe-* outputs the importer
 * reads, files named as the AWS CLI commands. A listing's records go under the CLI's top-level key;
 * a per-parent call (after the listing of its parents) under Batfish's aggregate key, one element
 * per route table, load balancer or target group. Each is read-only; {@link #actions()} is the
 * whole IAM policy it needs.
 */
public final class CollectCalls {

    private static final java.util.function.Function<String, Parent> TGW_TABLES = member ->
            new Parent("TransitGatewayRouteTables", "TransitGatewayRouteTableId", member, true, "route tables");
    private static final java.util.function.Function<String, Parent> LOAD_BALANCERS = member ->
            new Parent("LoadBalancers", "LoadBalancerArn", member, true, "load balancers");
    private static final java.util.function.Function<String, Parent> TARGET_GROUPS = member ->
            new Parent("TargetGroups", "TargetGroupArn", member, true, "target groups");

    static final List<CollectCall> ALL = List.of(
        CollectCall.listing("ec2:DescribeVpcs", "describe-vpcs", "Vpcs", c -> c.ec2().describeVpcsPaginator()),
        CollectCall.listing("ec2:DescribeSubnets", "describe-subnets", "Subnets", c -> c.ec2().describeSubnetsPaginator()),
        CollectCall.listing("ec2:DescribeRouteTables", "describe-route-tables", "RouteTables",
                c -> c.ec2().describeRouteTablesPaginator()),
        CollectCall.listing("ec2:DescribeNetworkAcls", "describe-network-acls", "NetworkAcls",
                c -> c.ec2().describeNetworkAclsPaginator()),
        CollectCall.listing("ec2:DescribeSecurityGroups", "describe-security-groups", "SecurityGroups",
                c -> c.ec2().describeSecurityGroupsPaginator()),
        CollectCall.listing("ec2:DescribeInternetGateways", "describe-internet-gateways", "InternetGateways",
                c -> c.ec2().describeInternetGatewaysPaginator()),
        CollectCall.listing("ec2:DescribeEgressOnlyInternetGateways", "describe-egress-only-internet-gateways",
                "EgressOnlyInternetGateways", c -> c.ec2().describeEgressOnlyInternetGatewaysPaginator()),
        CollectCall.listing("ec2:DescribeNatGateways", "describe-nat-gateways", "NatGateways",
                c -> c.ec2().describeNatGatewaysPaginator()),
        CollectCall.listing("ec2:DescribeVpcEndpoints", "describe-vpc-endpoints", "VpcEndpoints",
                c -> c.ec2().describeVpcEndpointsPaginator()),
        CollectCall.listing("ec2:DescribeVpcPeeringConnections", "describe-vpc-peering-connections", "VpcPeeringConnections",
                c -> c.ec2().describeVpcPeeringConnectionsPaginator()),
        CollectCall.listing("ec2:DescribePrefixLists", "describe-prefix-lists", "PrefixLists",
                c -> c.ec2().describePrefixListsPaginator()),
        CollectCall.listing("ec2:DescribeNetworkInterfaces", "describe-network-interfaces", "NetworkInterfaces",
                c -> c.ec2().describeNetworkInterfacesPaginator()),
        CollectCall.listing("ec2:DescribeInstances", "describe-instances", "Reservations",
                c -> c.ec2().describeInstancesPaginator()),
        CollectCall.listing("ec2:DescribeAddresses", "describe-addresses", "Addresses", c -> List.of(c.ec2().describeAddresses())),
        CollectCall.listing("ec2:DescribeVpnGateways", "describe-vpn-gateways", "VpnGateways",
                c -> List.of(c.ec2().describeVpnGateways())),
        CollectCall.listing("ec2:DescribeCustomerGateways", "describe-customer-gateways", "CustomerGateways",
                c -> List.of(c.ec2().describeCustomerGateways())),
        CollectCall.listing("ec2:DescribeVpnConnections", "describe-vpn-connections", "VpnConnections",
                c -> List.of(c.ec2().describeVpnConnections())),
        CollectCall.listing("ec2:DescribeTransitGateways", "describe-transit-gateways", "TransitGateways",
                c -> c.ec2().describeTransitGatewaysPaginator()),
        CollectCall.listing("ec2:DescribeTransitGatewayAttachments", "describe-transit-gateway-attachments",
                "TransitGatewayAttachments", c -> c.ec2().describeTransitGatewayAttachmentsPaginator()),
        CollectCall.listing("ec2:DescribeTransitGatewayVpcAttachments", "describe-transit-gateway-vpc-attachments",
                "TransitGatewayVpcAttachments", c -> c.ec2().describeTransitGatewayVpcAttachmentsPaginator()),
        CollectCall.listing("ec2:DescribeTransitGatewayPeeringAttachments", "describe-transit-gateway-peering-attachments",
                "TransitGatewayPeeringAttachments", c -> c.ec2().describeTransitGatewayPeeringAttachmentsPaginator(
                        DescribeTransitGatewayPeeringAttachmentsRequest.builder().build())),
        CollectCall.listing("ec2:DescribeTransitGatewayRouteTables", "describe-transit-gateway-route-tables",
                "TransitGatewayRouteTables", c -> c.ec2().describeTransitGatewayRouteTablesPaginator()),
        // Associations are not asked table by table: each attachment's Association is in describe-transit-gateway-attachments.
        CollectCall.perParent("ec2:GetTransitGatewayRouteTablePropagations", "get-transit-gateway-route-table-propagations",
                "TransitGatewayPropagations", TGW_TABLES.apply("TransitGatewayRouteTablePropagations"),
                (c, id) -> c.ec2().getTransitGatewayRouteTablePropagationsPaginator(
                        GetTransitGatewayRouteTablePropagationsRequest.builder().transitGatewayRouteTableId(id).build())),
        // Static routes only (Filters is required): propagated ones follow from the propagations above.
        // MaxResults 1000 is the API's cap; NextToken pages past it (AdditionalRoutesAvailable is checked too).
        CollectCall.perParent("ec2:SearchTransitGatewayRoutes", "search-transit-gateway-routes", "TransitGatewayStaticRoutes",
                TGW_TABLES.apply("Routes"), (c, id) -> c.ec2().searchTransitGatewayRoutesPaginator(
                        SearchTransitGatewayRoutesRequest.builder().transitGatewayRouteTableId(id).maxResults(1000)
                                .filters(Filter.builder().name("type").values("static").build()).build())),
        CollectCall.listing("rds:DescribeDBInstances", "describe-db-instances", "DBInstances",
                c -> c.rds().describeDBInstancesPaginator()),
        CollectCall.listing("elasticloadbalancing:DescribeLoadBalancers", "describe-load-balancers", "LoadBalancers",
                c -> c.elb().describeLoadBalancersPaginator()),
        CollectCall.listing("elasticloadbalancing:DescribeTargetGroups", "describe-target-groups", "TargetGroups",
                c -> c.elb().describeTargetGroupsPaginator()),
        CollectCall.perParent("elasticloadbalancing:DescribeListeners", "describe-listeners", "LoadBalancerListeners",
                LOAD_BALANCERS.apply("Listeners"), (c, arn) -> c.elb().describeListenersPaginator(
                        DescribeListenersRequest.builder().loadBalancerArn(arn).build())),
        CollectCall.perParent("elasticloadbalancing:DescribeLoadBalancerAttributes", "describe-load-balancer-attributes",
                "LoadBalancerAttributes", LOAD_BALANCERS.apply("Attributes"), (c, arn) -> List.of(c.elb()
                        .describeLoadBalancerAttributes(DescribeLoadBalancerAttributesRequest.builder().loadBalancerArn(arn).build()))),
        CollectCall.perParent("elasticloadbalancing:DescribeTargetHealth", "describe-target-health", "LoadBalancerTargetHealth",
                TARGET_GROUPS.apply("TargetHealthDescriptions"), (c, arn) -> List.of(c.elb().describeTargetHealth(
                        DescribeTargetHealthRequest.builder().targetGroupArn(arn).build()))),
        CollectCall.perParent("elasticloadbalancing:DescribeTargetGroupAttributes", "describe-target-group-attributes",
                "TargetGroupAttributes", TARGET_GROUPS.apply("Attributes"), (c, arn) -> List.of(c.elb()
                        .describeTargetGroupAttributes(DescribeTargetGroupAttributesRequest.builder().targetGroupArn(arn).build()))),
        CollectCall.listing("lambda:ListFunctions", "list-functions", "Functions", c -> c.lambda().listFunctionsPaginator()),
        // Direct Connect gateways are global: listed once, in the first Region, with their associations.
        CollectCall.listing("directconnect:DescribeDirectConnectGateways", "describe-direct-connect-gateways",
                "directConnectGateways", c -> c.directConnect().pages("DescribeDirectConnectGateways", null, null)).accountWide(),
        CollectCall.perParent("directconnect:DescribeDirectConnectGatewayAssociations",
                "describe-direct-connect-gateway-associations", "directConnectGatewayAssociations",
                new Parent("directConnectGateways", "directConnectGatewayId", "directConnectGatewayAssociations", false,
                        "Direct Connect gateways"),
                (c, id) -> c.directConnect().pages("DescribeDirectConnectGatewayAssociations", "directConnectGatewayId", id))
                .accountWide(),
        CollectCall.listing("directconnect:DescribeVirtualInterfaces", "describe-virtual-interfaces", "virtualInterfaces",
                c -> c.directConnect().pages("DescribeVirtualInterfaces", null, null)));

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
