package io.hopscope.io.aws.describe;

import java.util.Map;

/**
 * The top-level keys of describe-* output the reader binds, each to its record type. Files are
 * recognised by these keys, never by name (Batfish writes {@code Subnets.json}, the CLI user
 * {@code describe-subnets.json}); a key not listed is skipped with a note.
 */
final class DescribeKeys {

    private static final Map<String, Class<?>> RECORD_TYPES = Map.ofEntries(
            Map.entry("Vpcs", AwsVpc.class),
            Map.entry("Subnets", AwsSubnet.class),
            Map.entry("RouteTables", AwsRouteTable.class),
            Map.entry("NetworkAcls", AwsNetworkAcl.class),
            Map.entry("SecurityGroups", AwsSecurityGroup.class),
            Map.entry("InternetGateways", AwsGateways.InternetGateway.class),
            Map.entry("EgressOnlyInternetGateways", AwsGateways.EgressOnlyInternetGateway.class),
            Map.entry("VpnGateways", AwsGateways.VpnGateway.class),
            Map.entry("TransitGateways", AwsTransit.TransitGateway.class),
            Map.entry("TransitGatewayAttachments", AwsTransit.Attachment.class),
            Map.entry("TransitGatewayVpcAttachments", AwsTransit.VpcAttachment.class),
            Map.entry("TransitGatewayPeeringAttachments", AwsTransit.PeeringAttachment.class),
            Map.entry("TransitGatewayRouteTables", AwsTransit.RouteTable.class),
            Map.entry("TransitGatewayStaticRoutes", AwsTransit.StaticRoutes.class),
            Map.entry("TransitGatewayPropagations", AwsTransit.Propagations.class),
            Map.entry("Functions", AwsTransit.Function.class),
            Map.entry("NatGateways", AwsNatGateway.class),
            Map.entry("VpcEndpoints", AwsVpcEndpoint.class),
            Map.entry("VpcPeeringConnections", AwsPeeringConnection.class),
            Map.entry("PrefixLists", AwsPrefixList.class),
            Map.entry("NetworkInterfaces", AwsNetworkInterface.class),
            Map.entry("DBInstances", AwsDbInstance.class),
            Map.entry("Addresses", AwsAddress.class),
            Map.entry("CustomerGateways", AwsHybrid.CustomerGateway.class),
            Map.entry("VpnConnections", AwsHybrid.VpnConnection.class),
            // Direct Connect: camelCase as the AWS CLI prints it, PascalCase as Batfish snapshots write it.
            Map.entry("directConnectGateways", AwsHybrid.DirectConnectGateway.class),
            Map.entry("DirectConnectGateways", AwsHybrid.DirectConnectGateway.class),
            Map.entry("directConnectGatewayAssociations", AwsHybrid.DirectConnectGatewayAssociation.class),
            Map.entry("DirectConnectGatewayAssociations", AwsHybrid.DirectConnectGatewayAssociation.class),
            Map.entry("virtualInterfaces", AwsHybrid.VirtualInterface.class),
            Map.entry("VirtualInterfaces", AwsHybrid.VirtualInterface.class),
            // Elastic Load Balancing v2: the CLI's outputs and Batfish's per-resource aggregates.
            Map.entry("LoadBalancers", AwsElb.LoadBalancer.class),
            Map.entry("TargetGroups", AwsElb.TargetGroup.class),
            Map.entry("Listeners", AwsElb.Listener.class),
            Map.entry("LoadBalancerListeners", AwsElb.ListenerSet.class),
            Map.entry("LoadBalancerTargetHealth", AwsElb.TargetHealthSet.class),
            Map.entry("LoadBalancerAttributes", AwsElb.LoadBalancerAttributes.class),
            Map.entry("TargetGroupAttributes", AwsElb.TargetGroupAttributes.class));

    private DescribeKeys() {
    }

    /** The describe record type of a top-level key, or null for a key the reader skips. */
    static Class<?> recordType(String key) {
        return RECORD_TYPES.get(key);
    }
}
