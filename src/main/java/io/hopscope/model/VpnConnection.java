package io.hopscope.model;

import io.hopscope.model.net.Cidr;

import java.util.List;

/**
 * A Site-to-Site VPN connection (describe-vpn-connections) between a customer gateway and a virtual
 * private gateway (or a transit gateway). {@code staticRoutes} are its available static routes, the
 * on-premises prefixes of a static VPN; a BGP VPN ({@code staticRoutesOnly} false) advertises its
 * prefixes, which show only as propagated routes in VPC route tables [VPNRT].
 */
public record VpnConnection(String id, String name, String vpnGatewayId, String transitGatewayId,
                            String customerGatewayId, boolean staticRoutesOnly, List<Cidr> staticRoutes, String state)
        implements HybridResource {

    public VpnConnection {
        name = name == null ? "" : name;
        staticRoutes = staticRoutes == null ? List.of() : List.copyOf(staticRoutes);
        state = state == null ? "available" : state;
    }

    public boolean available() {
        return "available".equals(state);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.VPN_CONNECTION;
    }
}
