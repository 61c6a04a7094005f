package io.hopscope.diagram.render;

import io.hopscope.model.DirectConnectGateway;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.VpnConnection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines to on premises: each VPN connection from its virtual private gateway (or transit gateway)
 * to its customer gateway's tile, labelled with its name and routing, and each Direct Connect
 * association from the Direct Connect gateway to the gateway it serves. A connection that is not
 * {@code available} (or an association not {@code associated}) carries nothing (rulebook 8 and 9)
 * and is drawn faded. Several VPNs between one pair are drawn side by side.
 */
final class HybridLinks {

    private static final double PARALLEL_GAP = 22;

    private HybridLinks() {
    }

    static List<CanvasLink> of(NetworkModel model, Map<String, Rect> boxes) {
        List<CanvasLink> links = new ArrayList<>();
        Map<String, List<VpnConnection>> byPair = new LinkedHashMap<>();
        for (VpnConnection v : model.vpnConnections()) {
            String aws = v.vpnGatewayId() != null ? v.vpnGatewayId() : v.transitGatewayId();
            if (aws != null && v.customerGatewayId() != null) {
                byPair.computeIfAbsent(aws + "|" + v.customerGatewayId(), k -> new ArrayList<>()).add(v);
            }
        }
        for (List<VpnConnection> pair : byPair.values()) {
            for (int i = 0; i < pair.size(); i++) {
                VpnConnection v = pair.get(i);
                String aws = v.vpnGatewayId() != null ? v.vpnGatewayId() : v.transitGatewayId();
                Rect from = boxes.get(aws);
                Rect to = boxes.get(v.customerGatewayId());
                if (from == null || to == null) {
                    continue;
                }
                String routing = v.staticRoutesOnly() ? "static" : "BGP";
                List<String> classes = v.available() ? List.of(v.staticRoutesOnly() ? "vpn-static" : "vpn-bgp")
                        : List.of("vpn-inactive");
                links.add(CanvasLink.between(v.id(), LinkKind.VPN, from, aws, to, v.customerGatewayId(),
                        v.label() + " (" + routing + ")", classes)
                        .shiftedSideways((i - (pair.size() - 1) / 2.0) * PARALLEL_GAP));
            }
        }
        for (DirectConnectGateway d : model.directConnectGateways()) {
            for (DirectConnectGateway.Association a : d.associations()) {
                Rect from = boxes.get(d.id());
                Rect to = boxes.get(a.gatewayId());
                if (from != null && to != null) {
                    List<String> classes = a.associated() && d.available() ? List.of() : List.of("dx-inactive");
                    links.add(CanvasLink.between(null, LinkKind.DIRECT_CONNECT, from, d.id(), to, a.gatewayId(), "",
                            classes));
                }
            }
        }
        return links;
    }
}
