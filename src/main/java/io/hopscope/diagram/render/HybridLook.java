package io.hopscope.diagram.render;

import io.hopscope.model.CustomerGateway;
import io.hopscope.model.DirectConnectGateway;
import io.hopscope.model.HybridResource;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.Cidr;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The looks of what lies on premises (rulebook 8 and 9): a customer gateway is the on-premises
 * network's tile, with the prefixes drawn behind it; a Direct Connect gateway is a tile outside every
 * VPC (it is a global object [DXGW]). VPN connections are the lines from a virtual private gateway to
 * a customer gateway ({@link HybridLinks}); virtual interfaces are not drawn.
 */
final class HybridLook {

    private HybridLook() {
    }

    static ResourceLook of(NetworkModel model, HybridResource r, ResourceBundle words) {
        if (r instanceof CustomerGateway g) {
            String cidrs = g.cidrs().stream().map(Cidr::toString).collect(Collectors.joining(", "));
            String address = g.ipAddress() == null ? "" : g.ipAddress().toString();
            // The prefixes are what a trace is checked against; the device's address is in the inspector.
            String detail = cidrs.isEmpty() ? address : cidrs;
            return new ResourceLook(ItemKind.EXTERNAL, StyleRole.EXTERNAL, "customer-gateway",
                    List.of("customer-gateway"), detail, MessageFormat.format(words.getString("canvas.summary.customerGateway"), cidrs).trim(), 8);
        }
        if (r instanceof DirectConnectGateway d) {
            String asn = d.amazonSideAsn() == null ? "" : "ASN " + d.amazonSideAsn();
            List<String> classes = d.available() ? List.of("direct-connect-gateway")
                    : List.of("direct-connect-gateway", "unavailable");
            return new ResourceLook(ItemKind.EXTERNAL, StyleRole.EXTERNAL, "direct-connect-gateway", classes, asn,
                    words.getString("canvas.summary.directConnectGateway"), 8);
        }
        return null;
    }
}
