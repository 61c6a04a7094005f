package io.hopscope.export;

import io.hopscope.engine.Direction;
import io.hopscope.engine.Hop;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Subnet;
import io.hopscope.model.TransitGatewayAttachment;
import io.hopscope.model.TransitGatewayRouteTable;
import io.hopscope.model.net.IpAddress;
import java.util.Set;

/**
 * The shapes for the hops of a transit gateway. A VPC attachment's hop is shown on the attachment
 * subnet of the Availability Zone the packet enters or leaves the VPC in, where the gateway's
 * interface sits [TGWVPC], then on the gateway; a TGW route table's hop on its gateway, which has
 * the only box (tables and attachments are drawn as the gateway's lines, not boxes of their own).
 */
final class TransitHopShapes {

    private final NetworkModel model;

    TransitHopShapes(NetworkModel model) {
        this.model = model;
    }

    void addAttachment(Set<String> ids, Hop hop) {
        model.find(hop.componentId()).filter(TransitGatewayAttachment.class::isInstance)
                .map(TransitGatewayAttachment.class::cast).ifPresent(a -> {
                    // Ingress is the packet entering the gateway from this VPC (its source is here),
                    // egress the gateway delivering into it (its destination is here).
                    IpAddress here = hop.direction() == Direction.EGRESS ? hop.packet().dst() : hop.packet().src();
                    String zone = zoneOf(a, here);
                    if (zone != null) {
                        a.subnetIds().stream().map(model::subnet)
                                .filter(s -> s != null && zone.equals(s.availabilityZone()))
                                .forEach(s -> ids.add(s.id()));
                    }
                    ids.add(a.transitGatewayId());
                });
    }

    void addRouteTable(Set<String> ids, Hop hop) {
        model.find(hop.componentId()).filter(TransitGatewayRouteTable.class::isInstance)
                .map(TransitGatewayRouteTable.class::cast).ifPresent(t -> ids.add(t.transitGatewayId()));
    }

    private String zoneOf(TransitGatewayAttachment a, IpAddress address) {
        if (a.type() != TransitGatewayAttachment.Type.VPC || address == null) {
            return null;
        }
        for (Subnet s : model.subnetsOf(a.resourceId())) {
            if (s.contains(address)) {
                return s.availabilityZone();
            }
        }
        return null;
    }
}
