package io.hopscope.io.aws.describe;

import io.hopscope.text.Text;
import java.util.Map;

/**
 * The AWS resource a describe-* array holds, named as the user knows it: the Korean note says
 * "VPC 레코드" rather than the reader's Java record ("AwsVpc"). Arrays whose elements are not a
 * resource of the model (Instances, Functions, listener sets...) keep the describe output's own key,
 * which is what the user sees in the file.
 */
final class DescribeRecordNames {

    /** Describe key -> the resource kind's wire name, whose word is {@code check.kind.<wire>}. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("Vpcs", "vpc"),
            Map.entry("Subnets", "subnet"),
            Map.entry("RouteTables", "route-table"),
            Map.entry("NetworkAcls", "network-acl"),
            Map.entry("SecurityGroups", "security-group"),
            Map.entry("InternetGateways", "internet-gateway"),
            Map.entry("EgressOnlyInternetGateways", "egress-only-internet-gateway"),
            Map.entry("VpnGateways", "vpn-gateway"),
            Map.entry("TransitGateways", "transit-gateway"),
            Map.entry("TransitGatewayAttachments", "transit-gateway-attachment"),
            Map.entry("TransitGatewayVpcAttachments", "transit-gateway-attachment"),
            Map.entry("TransitGatewayPeeringAttachments", "transit-gateway-attachment"),
            Map.entry("TransitGatewayRouteTables", "transit-gateway-route-table"),
            Map.entry("NatGateways", "nat-gateway"),
            Map.entry("VpcEndpoints", "vpc-endpoint"),
            Map.entry("VpcPeeringConnections", "vpc-peering-connection"),
            Map.entry("PrefixLists", "prefix-list"),
            Map.entry("NetworkInterfaces", "network-interface"),
            Map.entry("CustomerGateways", "customer-gateway"),
            Map.entry("VpnConnections", "vpn-connection"),
            Map.entry("directConnectGateways", "direct-connect-gateway"),
            Map.entry("DirectConnectGateways", "direct-connect-gateway"),
            Map.entry("virtualInterfaces", "virtual-interface"),
            Map.entry("VirtualInterfaces", "virtual-interface"),
            Map.entry("LoadBalancers", "load-balancer"),
            Map.entry("TargetGroups", "target-group"));

    private DescribeRecordNames() {
    }

    /** The name of an element of the array at {@code arrayPath} ("$.Vpcs", "$.Reservations[0].Instances"). */
    static Text of(String arrayPath) {
        String key = arrayPath.substring(arrayPath.lastIndexOf('.') + 1);
        String kind = KINDS.get(key);
        return kind == null ? Text.literal(key) : Text.of("check.kind." + kind);
    }
}
