package io.hopscope.diagram.render;

import io.hopscope.model.NetworkModel;
import io.hopscope.model.TransitGateway;
import io.hopscope.model.TransitGatewayAttachment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The connectors of transit gateways: one line from the gateway to each attachment subnet of a VPC
 * attachment, since the gateway's interface sits in that subnet and traffic enters and leaves the
 * VPC there [TGWVPC]; to the VPC itself when no attachment subnet is drawn; to the peer gateway,
 * VPN connection or Direct Connect gateway for the other kinds of attachment when that is drawn.
 * Each line carries the attachment's id, so a click selects the attachment, and the first line of
 * an attachment its name. An attachment that is not available carries nothing and is drawn dashed.
 */
final class TransitLinks {

    /** The class added to the lines of an attachment that is not {@code available}. */
    static final String UNAVAILABLE = "transit-unavailable";

    private final NetworkModel model;
    private final Map<String, Rect> boxes;

    TransitLinks(NetworkModel model, Map<String, Rect> boxes) {
        this.model = model;
        this.boxes = boxes;
    }

    List<CanvasLink> links() {
        List<CanvasLink> links = new ArrayList<>();
        for (TransitGateway g : model.transitGateways()) {
            Rect hub = boxes.get(g.id());
            if (hub == null) {
                continue;
            }
            for (TransitGatewayAttachment a : model.transitAttachments()) {
                if (g.id().equals(a.transitGatewayId())) {
                    addLines(links, g.id(), hub, a);
                }
            }
        }
        return links;
    }

    private void addLines(List<CanvasLink> links, String gatewayId, Rect hub, TransitGatewayAttachment a) {
        List<String> ends = new ArrayList<>();
        if (a.type() == TransitGatewayAttachment.Type.VPC) {
            a.subnetIds().stream().filter(boxes::containsKey).forEach(ends::add);
        }
        if (ends.isEmpty() && a.resourceId() != null && boxes.containsKey(a.resourceId())
                && !a.resourceId().equals(gatewayId)) {
            ends.add(a.resourceId());
        }
        // A peering between two gateways is drawn once, from the side whose id sorts first.
        if (a.type() == TransitGatewayAttachment.Type.PEERING && gatewayId.compareTo(String.valueOf(a.resourceId())) > 0
                && peeredBack(a)) {
            return;
        }
        List<String> classes = a.available() ? List.of() : List.of(UNAVAILABLE);
        for (int i = 0; i < ends.size(); i++) {
            String end = ends.get(i);
            links.add(CanvasLink.between(a.id(), LinkKind.TRANSIT, hub, gatewayId, boxes.get(end), end,
                    i == 0 ? a.label() : "", classes));
        }
    }

    /** Whether the peer gateway has its own side of this peering, which then draws the line. */
    private boolean peeredBack(TransitGatewayAttachment a) {
        return model.transitAttachments().stream().anyMatch(o -> o.type() == TransitGatewayAttachment.Type.PEERING
                && a.resourceId().equals(o.transitGatewayId()) && a.transitGatewayId().equals(o.resourceId()));
    }
}
