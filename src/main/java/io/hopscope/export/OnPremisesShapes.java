package io.hopscope.export;

import io.hopscope.model.CustomerGateway;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.ExternalKind;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.VirtualInterface;
import io.hopscope.model.VpnConnection;
import io.hopscope.model.net.IpAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a trace goes on premises (rulebook 8 and 9): a VPN connection is drawn as the line to its
 * customer gateway, so its hop is shown on that gateway's tile, and a private virtual interface on its
 * Direct Connect gateway. An address on premises (a trace to {@code 192.168.0.9}) is shown on the tile
 * whose CIDRs hold it: a customer gateway or an on-premises network.
 */
final class OnPremisesShapes {

    private OnPremisesShapes() {
    }

    /** The tiles that stand for a VPN connection's or a virtual interface's hop, nearest first. */
    static List<String> forLink(NetworkModel model, String componentId, IpAddress onPremises) {
        List<String> ids = new ArrayList<>();
        VpnConnection vpn = model.get(componentId, VpnConnection.class);
        if (vpn != null && vpn.customerGatewayId() != null) {
            ids.add(vpn.customerGatewayId());
        }
        VirtualInterface vif = model.get(componentId, VirtualInterface.class);
        if (vif != null && vif.directConnectGatewayId() != null) {
            ids.add(vif.directConnectGatewayId());
        }
        ids.addAll(holding(model, onPremises));
        return ids;
    }

    /** The customer gateways and on-premises networks whose CIDRs hold {@code address}. */
    static List<String> holding(NetworkModel model, IpAddress address) {
        List<String> ids = new ArrayList<>();
        if (address == null) {
            return ids;
        }
        for (CustomerGateway g : model.customerGateways()) {
            if (g.cidrs().stream().anyMatch(c -> c.contains(address))) {
                ids.add(g.id());
            }
        }
        for (ExternalEndpoint e : model.externals()) {
            if (e.externalKind() == ExternalKind.ON_PREMISES && e.cidrs().stream().anyMatch(c -> c.contains(address))) {
                ids.add(e.id());
            }
        }
        return ids;
    }
}
