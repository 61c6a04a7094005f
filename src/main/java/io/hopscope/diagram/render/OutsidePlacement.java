package io.hopscope.diagram.render;

import static io.hopscope.diagram.render.DiagramPictureBuilder.CARD_HEIGHT;
import static io.hopscope.diagram.render.DiagramPictureBuilder.CARD_WIDTH;
import static io.hopscope.diagram.render.DiagramPictureBuilder.ICON_BOX;

import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.ExternalKind;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fallback spots outside every VPC. Outside endpoints go above the content, the internet right
 * over the first internet gateway, an on-premises network beside its VPN gateway and an AWS
 * service below its endpoint when those are drawn; anything with nowhere to live (a workload whose subnet is gone, a detached gateway)
 * goes in a row under the content, so it is still visible and can be fixed.
 */
final class OutsidePlacement {

    private static final double ROW_GAP = 140;
    /** Icon plus its caption beside it, so neighbours' names do not run into each other. */
    private static final double SPACING = 220;

    private final NetworkModel model;
    private final Map<String, Rect> boxes;
    private final Map<String, Boolean> fallback;
    private final List<Rect> outside = new ArrayList<>();

    OutsidePlacement(NetworkModel model, Map<String, Rect> boxes, Map<String, Boolean> fallback) {
        this.model = model;
        this.boxes = boxes;
        this.fallback = fallback;
    }

    void place(Rect content, List<Resource> looseCards) {
        double rowX = content.x();
        for (ExternalEndpoint e : model.externals()) {
            if (boxes.containsKey(e.id())) {
                continue;
            }
            Rect preferred = preferredSpot(e, content);
            if (preferred != null && isFree(preferred)) {
                put(e.id(), preferred);
            } else {
                Rect spot = new Rect(rowX, content.y() - ROW_GAP, ICON_BOX, ICON_BOX);
                while (!isFree(spot)) {
                    spot = spot.movedTo(spot.x() + SPACING, spot.y());
                }
                put(e.id(), spot);
                rowX = spot.x() + SPACING;
            }
        }
        List<Resource> loose = new ArrayList<>(looseCards);
        for (Resource r : model.allResources()) {
            // Also any kind with a look but no placing rule yet: drawn, if not where it belongs.
            ResourceLook look = ResourceLook.of(model, r);
            if (look != null && look.kind() != ItemKind.INTERFACE && !boxes.containsKey(r.id())) {
                loose.add(r);
            }
        }
        double x = content.x();
        double y = Math.max(content.maxY(), outside.stream().mapToDouble(Rect::maxY).max().orElse(content.maxY())) + ROW_GAP / 2;
        for (Resource r : loose) {
            if (!boxes.containsKey(r.id())) {
                ItemKind kind = ResourceLook.of(model, r).kind();
                boolean card = looseCards.contains(r) || kind != ItemKind.GATEWAY && kind != ItemKind.EXTERNAL;
                put(r.id(), new Rect(x, y, card ? CARD_WIDTH : ICON_BOX, card ? CARD_HEIGHT : ICON_BOX));
                x += (card ? CARD_WIDTH : ICON_BOX) + SPACING / 2;
            }
        }
    }

    private Rect preferredSpot(ExternalEndpoint e, Rect content) {
        if (e.externalKind() == ExternalKind.INTERNET && !model.internetGateways().isEmpty()) {
            Rect igw = boxes.get(model.internetGateways().get(0).id());
            return igw == null ? null : new Rect(igw.x(), content.y() - ROW_GAP, ICON_BOX, ICON_BOX);
        }
        if (e.externalKind() == ExternalKind.AWS_SERVICE) {
            // Below the gateway endpoints, which sit on the VPC's bottom edge [GWE].
            Rect endpoint = model.vpcEndpoints().stream()
                    .filter(v -> v.shortServiceName().equals(e.serviceName()))
                    .map(v -> boxes.get(v.id())).filter(b -> b != null).findFirst().orElse(null);
            return endpoint == null ? null : new Rect(endpoint.x(), content.maxY() + ROW_GAP / 2, ICON_BOX, ICON_BOX);
        }
        if (e.externalKind() == ExternalKind.ON_PREMISES && e.gatewayId() != null) {
            Rect vgw = boxes.get(e.gatewayId());
            return vgw == null ? null : new Rect(content.x() - SPACING - ICON_BOX, vgw.y(), ICON_BOX, ICON_BOX);
        }
        return null;
    }

    private boolean isFree(Rect spot) {
        return outside.stream().noneMatch(o -> o.intersects(spot, SPACING - ICON_BOX));
    }

    private void put(String id, Rect box) {
        boxes.put(id, box);
        fallback.put(id, true);
        outside.add(box);
    }
}
