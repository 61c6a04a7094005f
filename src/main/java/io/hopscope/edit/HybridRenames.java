package io.hopscope.edit;

import io.hopscope.model.CustomerGateway;
import io.hopscope.model.DirectConnectGateway;
import io.hopscope.model.HybridResource;
import io.hopscope.model.VirtualInterface;
import io.hopscope.model.VpnConnection;

/** The renamed copies of the resources that connect a VPC to on premises (their Name tags). */
final class HybridRenames {

    private HybridRenames() {
    }

    static HybridResource renamed(HybridResource r, String n) {
        if (r instanceof CustomerGateway g) {
            return new CustomerGateway(g.id(), n, g.ipAddress(), g.bgpAsn(), g.state(), g.cidrs());
        }
        if (r instanceof VpnConnection v) {
            return new VpnConnection(v.id(), n, v.vpnGatewayId(), v.transitGatewayId(), v.customerGatewayId(),
                    v.staticRoutesOnly(), v.staticRoutes(), v.state());
        }
        if (r instanceof DirectConnectGateway d) {
            return new DirectConnectGateway(d.id(), n, d.amazonSideAsn(), d.state(), d.associations());
        }
        VirtualInterface v = (VirtualInterface) r;
        return new VirtualInterface(v.id(), n, v.type(), v.state(), v.vpnGatewayId(), v.directConnectGatewayId(),
                v.vlan(), v.asn());
    }
}
