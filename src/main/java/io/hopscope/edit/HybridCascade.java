package io.hopscope.edit;

import io.hopscope.model.DirectConnectGateway;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.RouteTable;
import io.hopscope.model.VirtualInterface;
import io.hopscope.model.VpnConnection;
import io.hopscope.model.VpnGateway;
import java.util.List;
import java.util.Set;

/**
 * What a delete takes with it among VPN and Direct Connect resources (rulebook 8, 9). AWS refuses to
 * delete a customer gateway or virtual private gateway that a VPN connection still uses, and a Direct
 * Connect gateway with virtual interfaces on it: the connection or interface is deleted first [VPNDEL]
 * [DXGWDEL]. A drawing does those steps as one undoable edit, so a VPN connection goes with either of
 * its gateways and a virtual interface with its gateway. A Direct Connect gateway's association to a
 * deleted gateway is dropped (disassociated), a table stops propagating a deleted gateway's routes,
 * a gateway whose VPC goes stays, detached, as AWS keeps a detached VGW, and an on-premises network
 * whose gateway goes stays drawn, unconnected.
 */
public final class HybridCascade {

    private HybridCascade() {
    }

    /** Adds to {@code all} what the deleted ids take with them; the caller repeats until nothing grows. */
    public static void grow(NetworkModel model, Set<String> all) {
        for (VpnConnection v : model.vpnConnections()) {
            if (in(all, v.vpnGatewayId()) || in(all, v.transitGatewayId()) || in(all, v.customerGatewayId())) {
                all.add(v.id());
            }
        }
        for (VirtualInterface vif : model.virtualInterfaces()) {
            if (in(all, vif.vpnGatewayId()) || in(all, vif.directConnectGatewayId())) {
                all.add(vif.id());
            }
        }
    }

    /** Clears every reference to a deleted id from the hybrid resources and tables left. */
    public static void clear(NetworkModel.Builder b, Set<String> gone) {
        b.mapAll(RouteTable.class, t -> t.propagatingVgwIds().stream().noneMatch(gone::contains) ? t
                : new RouteTable(t.id(), t.name(), t.vpcId(), t.main(), t.subnetIds(), t.routes(),
                        t.propagatingVgwIds().stream().filter(id -> !gone.contains(id)).toList()));
        b.mapAll(VpnGateway.class, g -> in(gone, g.vpcId()) ? new VpnGateway(g.id(), g.name(), null) : g);
        b.mapAll(ExternalEndpoint.class, e -> in(gone, e.gatewayId()) ? new ExternalEndpoint(e.id(), e.name(),
                e.externalKind(), e.cidrs(), e.serviceName(), e.prefixListId(), null) : e);
        b.mapAll(DirectConnectGateway.class, dx -> {
            List<DirectConnectGateway.Association> kept = dx.associations().stream()
                    .filter(a -> !in(gone, a.gatewayId())).toList();
            return kept.size() == dx.associations().size() ? dx
                    : new DirectConnectGateway(dx.id(), dx.name(), dx.amazonSideAsn(), dx.state(), kept);
        });
    }

    private static boolean in(Set<String> ids, String id) {
        return id != null && ids.contains(id);
    }
}
