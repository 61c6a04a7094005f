package io.hopscope.io.aws.describe;

import java.util.List;

/** One element of describe-route-tables {@code RouteTables}. */
public record AwsRouteTable(String routeTableId, String vpcId, List<Association> associations, List<Route> routes,
                            List<PropagatingVgw> propagatingVgws, List<AwsTag> tags) {

    public AwsRouteTable {
        associations = AwsTag.orEmpty(associations);
        routes = AwsTag.orEmpty(routes);
        propagatingVgws = AwsTag.orEmpty(propagatingVgws);
        tags = AwsTag.orEmpty(tags);
    }

    /** {@code PropagatingVgws[].GatewayId}: the VGWs whose routes this table receives [VGWPROP]. */
    public record PropagatingVgw(String gatewayId) {
    }

    /** {@code Main: true}, or an explicit {@code SubnetId} (or a {@code GatewayId} edge association). */
    public record Association(Boolean main, String subnetId, String gatewayId) {
    }

    public record Route(String destinationCidrBlock, String destinationIpv6CidrBlock, String destinationPrefixListId,
                        String gatewayId, String egressOnlyInternetGatewayId, String natGatewayId,
                        String vpcPeeringConnectionId, String transitGatewayId, String networkInterfaceId,
                        String instanceId, String carrierGatewayId, String localGatewayId, String coreNetworkArn,
                        String origin, String state) {
    }
}
