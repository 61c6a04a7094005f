package io.hopscope.diagram.render;

import static io.hopscope.diagram.render.DiagramPictureBuilder.ICON_BOX;
import static io.hopscope.diagram.render.DiagramPictureBuilder.VPC_HEADER;

import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fallback spots for the gateways that join a VPC to the world. They sit astride the VPC's
 * border, because traffic crosses the VPC boundary there: internet and egress-only gateways on
 * the top edge, from the right so the VPC's name stays readable [IGW][EIGW], the VPN gateway on the left (towards on-premises), VPC endpoints on
 * the bottom edge (towards the AWS services they reach) [GWE][IFE].
 */
final class EdgePlacement {

    private static final double EDGE_START = 48;
    private static final double EDGE_SPACING = 140;

    private EdgePlacement() {
    }

    static void placeGateways(NetworkModel model, Map<String, Rect> boxes, Map<String, Boolean> fallback) {
        for (Vpc vpc : model.vpcs()) {
            Rect v = boxes.get(vpc.id());
            if (v == null) {
                continue;
            }
            List<Resource> top = new ArrayList<>();
            model.internetGateways().stream().filter(g -> vpc.id().equals(g.vpcId())).forEach(top::add);
            model.egressOnlyInternetGateways().stream().filter(g -> vpc.id().equals(g.vpcId())).forEach(top::add);
            List<Resource> left = new ArrayList<>(model.vpnGateways().stream().filter(g -> vpc.id().equals(g.vpcId())).toList());
            List<Resource> bottom = new ArrayList<>(model.vpcEndpoints().stream().filter(e -> vpc.id().equals(e.vpcId())).toList());
            int i = 0;
            for (Resource r : top) {
                double x = v.maxX() - EDGE_START - ICON_BOX - i++ * EDGE_SPACING;
                putIfMissing(r, new Rect(x, v.y() - ICON_BOX / 2, ICON_BOX, ICON_BOX), boxes, fallback);
            }
            i = 0;
            for (Resource r : left) {
                putIfMissing(r, new Rect(v.x() - ICON_BOX / 2, v.y() + VPC_HEADER + 16 + i++ * EDGE_SPACING, ICON_BOX, ICON_BOX), boxes, fallback);
            }
            i = 0;
            for (Resource r : bottom) {
                putIfMissing(r, new Rect(v.x() + EDGE_START + i++ * EDGE_SPACING, v.maxY() - ICON_BOX / 2, ICON_BOX, ICON_BOX), boxes, fallback);
            }
        }
    }

    private static void putIfMissing(Resource r, Rect box, Map<String, Rect> boxes, Map<String, Boolean> fallback) {
        if (!boxes.containsKey(r.id())) {
            boxes.put(r.id(), box);
            fallback.put(r.id(), true);
        }
    }
}
