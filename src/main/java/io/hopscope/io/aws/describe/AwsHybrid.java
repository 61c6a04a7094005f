package io.hopscope.io.aws.describe;

import java.util.List;

/**
 * The describe records of networks outside AWS: customer gateways and VPN connections (EC2,
 * PascalCase) and Direct Connect gateways, associations and virtual interfaces, which the AWS CLI
 * prints in camelCase and Batfish snapshots in PascalCase; the reader binds field names without
 * regard to case, so one record serves both (rulebook 9, [DXAPI]).
 */
public final class AwsHybrid {

    private AwsHybrid() {
    }

    /** describe-customer-gateways {@code CustomerGateways}; BgpAsn is a string in the EC2 API. */
    public record CustomerGateway(String customerGatewayId, String ipAddress, String bgpAsn, String state,
                                  List<AwsTag> tags) {
        public CustomerGateway {
            tags = AwsTag.orEmpty(tags);
        }
    }

    /** describe-vpn-connections {@code VpnConnections}. */
    public record VpnConnection(String vpnConnectionId, String customerGatewayId, String vpnGatewayId,
                                String transitGatewayId, String state, Options options, List<VpnRoute> routes,
                                List<AwsTag> tags) {
        public VpnConnection {
            routes = AwsTag.orEmpty(routes);
            tags = AwsTag.orEmpty(tags);
        }
    }

    public record Options(Boolean staticRoutesOnly) {
    }

    public record VpnRoute(String destinationCidrBlock, String source, String state) {
    }

    /** describe-direct-connect-gateways {@code directConnectGateways}. */
    public record DirectConnectGateway(String directConnectGatewayId, String directConnectGatewayName,
                                       Long amazonSideAsn, String directConnectGatewayState, List<AwsTag> tags) {
        public DirectConnectGateway {
            tags = AwsTag.orEmpty(tags);
        }
    }

    /** describe-direct-connect-gateway-associations {@code directConnectGatewayAssociations}. */
    public record DirectConnectGatewayAssociation(String associationId, String directConnectGatewayId,
                                                  String associationState, AssociatedGateway associatedGateway,
                                                  List<AllowedPrefix> allowedPrefixesToDirectConnectGateway,
                                                  String virtualGatewayId) {
        public DirectConnectGatewayAssociation {
            allowedPrefixesToDirectConnectGateway = AwsTag.orEmpty(allowedPrefixesToDirectConnectGateway);
        }
    }

    public record AssociatedGateway(String id, String type, String ownerAccount, String region) {
    }

    public record AllowedPrefix(String cidr) {
    }

    /** describe-virtual-interfaces {@code virtualInterfaces}. */
    public record VirtualInterface(String virtualInterfaceId, String virtualInterfaceName, String virtualInterfaceType,
                                   String virtualInterfaceState, String virtualGatewayId, String directConnectGatewayId,
                                   Integer vlan, Long asn, List<AwsTag> tags) {
        public VirtualInterface {
            tags = AwsTag.orEmpty(tags);
        }
    }
}
