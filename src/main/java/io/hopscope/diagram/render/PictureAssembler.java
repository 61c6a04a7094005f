package io.hopscope.diagram.render;

import io.hopscope.diagram.Note;
import io.hopscope.model.EgressOnlyInternetGateway;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpcEndpoint;
import io.hopscope.model.VpcPeeringConnection;
import io.hopscope.model.VpnGateway;
import io.hopscope.model.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Makes the items and links once every box is known, in drawing order. */
final class PictureAssembler {

    private static final double PARALLEL_LINK_GAP = 22;

    private final NetworkModel model;
    private final ItemTexts texts;
    private final Map<String, Rect> boxes;
    private final Map<String, Boolean> fallback;
    private final Map<String, String> subnetByCard = new java.util.HashMap<>();

    PictureAssembler(NetworkModel model, ItemTexts texts, Map<String, Rect> boxes, Map<String, Boolean> fallback,
                     Map<String, List<Resource>> cardsBySubnet) {
        this.model = model;
        this.texts = texts;
        this.boxes = boxes;
        this.fallback = fallback;
        cardsBySubnet.forEach((subnetId, cards) -> cards.forEach(c -> subnetByCard.put(c.id(), subnetId)));
    }

    List<CanvasItem> items() {
        List<CanvasItem> items = new ArrayList<>();
        for (Vpc v : model.vpcs()) {
            items.add(item(v, ItemKind.VPC, null, texts.vpcDetail(v), "", List.of(), List.of(), null));
        }
        for (Subnet s : model.subnets()) {
            // Public or private is derived from the route table, never stored [IGW][RT].
            boolean isPublic = model.isPublic(s.id());
            String tag = texts.text(isPublic ? "canvas.tag.public" : "canvas.tag.private");
            String parent = model.vpc(s.vpcId()) == null ? null : s.vpcId();
            items.add(item(s, ItemKind.SUBNET, null, texts.subnetDetail(s), tag, associations(s),
                    List.of(isPublic ? "subnet-public" : "subnet-private"), parent));
        }
        for (Workload w : model.workloads()) {
            String kind = w.workloadKind().wireName();
            items.add(item(w, ItemKind.WORKLOAD, kind, texts.workloadDetail(w, model), "", badges(w.networkInterfaceIds()),
                    List.of("workload-" + kind), subnetHolding(w)));
        }
        for (NatGateway n : model.natGateways()) {
            List<String> classes = withAvailability(List.of("nat-gateway", n.publicConnectivity() ? "nat-public" : "nat-private"),
                    n.isAvailable());
            String parent = model.subnet(n.subnetId()) == null ? null : n.subnetId();
            items.add(item(n, ItemKind.GATEWAY, "nat-gateway", texts.natDetail(n), "", List.of(), classes, parent));
        }
        for (InternetGateway g : model.internetGateways()) {
            items.add(item(g, ItemKind.GATEWAY, "internet-gateway", "", "", List.of(), onEdge(g, "internet-gateway", g.vpcId()), g.vpcId()));
        }
        for (EgressOnlyInternetGateway g : model.egressOnlyInternetGateways()) {
            items.add(item(g, ItemKind.GATEWAY, "egress-only-internet-gateway", "", "", List.of(),
                    onEdge(g, "egress-only-internet-gateway", g.vpcId()), g.vpcId()));
        }
        for (VpnGateway g : model.vpnGateways()) {
            items.add(item(g, ItemKind.GATEWAY, "vpn-gateway", "", "", List.of(), onEdge(g, "vpn-gateway", g.vpcId()), g.vpcId()));
        }
        for (VpcEndpoint e : model.vpcEndpoints()) {
            // Interface endpoints are ENIs guarded by security groups [IFE]; gateway endpoints have none.
            List<SgBadge> badges = badgesOf(e.securityGroupIds());
            List<String> classes = new ArrayList<>(onEdge(e, "vpc-endpoint", e.vpcId()));
            classes.add("endpoint-" + e.type().wireName());
            items.add(item(e, ItemKind.GATEWAY, "vpc-endpoint", texts.endpointDetail(e), "", badges,
                    withAvailability(classes, "available".equals(e.state())), e.vpcId()));
        }
        for (ExternalEndpoint e : model.externals()) {
            String kind = e.externalKind().wireName();
            items.add(item(e, ItemKind.EXTERNAL, kind, texts.externalDetail(e), "", List.of(), List.of("external-" + kind), null));
        }
        items.removeIf(i -> i.bounds() == null);
        return items;
    }

    CanvasItem note(Note note) {
        return new CanvasItem(note.id(), ItemKind.NOTE, null, note.text(), "", "",
                new Rect(note.x(), note.y(), note.width(), note.height()), List.of(), List.of(), null, false);
    }

    List<CanvasLink> links() {
        List<CanvasLink> links = new ArrayList<>();
        Map<String, List<VpcPeeringConnection>> byPair = new LinkedHashMap<>();
        for (VpcPeeringConnection p : model.peeringConnections()) {
            String a = p.requesterVpcId();
            String b = p.accepterVpcId();
            String pair = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
            byPair.computeIfAbsent(pair, k -> new ArrayList<>()).add(p);
        }
        for (List<VpcPeeringConnection> pair : byPair.values()) {
            for (int i = 0; i < pair.size(); i++) {
                VpcPeeringConnection p = pair.get(i);
                Rect a = boxes.get(p.requesterVpcId());
                Rect b = boxes.get(p.accepterVpcId());
                if (a == null || b == null) {
                    continue;
                }
                // Only an active connection carries traffic [PCX]; others are drawn faded.
                List<String> classes = p.isActive() ? List.of() : List.of("peering-inactive");
                CanvasLink link = a.centerX() <= b.centerX()
                        ? CanvasLink.between(p.id(), LinkKind.PEERING, a, p.requesterVpcId(), b, p.accepterVpcId(), p.label(), classes)
                        : CanvasLink.between(p.id(), LinkKind.PEERING, b, p.accepterVpcId(), a, p.requesterVpcId(), p.label(), classes);
                links.add(link.shiftedSideways((i - (pair.size() - 1) / 2.0) * PARALLEL_LINK_GAP));
            }
        }
        for (ExternalEndpoint e : model.externals()) {
            for (String gatewayId : entryPointsOf(e)) {
                Rect from = boxes.get(e.id());
                Rect to = boxes.get(gatewayId);
                if (from != null && to != null) {
                    links.add(CanvasLink.between(null, LinkKind.ATTACHMENT, from, e.id(), to, gatewayId, "", List.of()));
                }
            }
        }
        return links;
    }

    /** Where traffic from an outside endpoint enters: its IGWs, its VPN gateway, its service's endpoints. */
    private List<String> entryPointsOf(ExternalEndpoint e) {
        List<String> ids = new ArrayList<>();
        switch (e.externalKind()) {
            case INTERNET -> {
                // A detached gateway carries nothing [IGW].
                model.internetGateways().stream().filter(g -> g.vpcId() != null).forEach(g -> ids.add(g.id()));
                model.egressOnlyInternetGateways().stream().filter(g -> g.vpcId() != null).forEach(g -> ids.add(g.id()));
            }
            case ON_PREMISES -> {
                if (e.gatewayId() != null) {
                    ids.add(e.gatewayId());
                }
            }
            case AWS_SERVICE -> model.vpcEndpoints().stream()
                    .filter(v -> v.shortServiceName().equals(e.serviceName()))
                    .forEach(v -> ids.add(v.id()));
        }
        return ids;
    }

    /**
     * The kind's class plus {@code edge-top|bottom|left|right}: the edge of its VPC the gateway is
     * nearest to, so the view can put the caption on the outside of that edge.
     */
    private List<String> onEdge(Resource gateway, String kindClass, String vpcId) {
        Rect g = boxes.get(gateway.id());
        Rect v = vpcId == null ? null : boxes.get(vpcId);
        if (g == null || v == null) {
            return List.of(kindClass);
        }
        double top = Math.abs(g.centerY() - v.y());
        double bottom = Math.abs(g.centerY() - v.maxY());
        double left = Math.abs(g.centerX() - v.x());
        double right = Math.abs(g.centerX() - v.maxX());
        double min = Math.min(Math.min(top, bottom), Math.min(left, right));
        String edge = min == top ? "edge-top" : min == bottom ? "edge-bottom" : min == left ? "edge-left" : "edge-right";
        return List.of(kindClass, edge);
    }

    /** NAT gateways and endpoints that are not "available" pass nothing [NAT][GWE]: drawn faded. */
    private static List<String> withAvailability(List<String> classes, boolean available) {
        if (available) {
            return classes;
        }
        List<String> all = new ArrayList<>(classes);
        all.add("unavailable");
        return all;
    }

    private String subnetHolding(Resource card) {
        return subnetByCard.get(card.id());
    }

    /** The security groups of all the workload's interfaces, each once, in interface order [SGR]. */
    /** The route table and network ACL in effect for the subnet, as badges on it [RT][NACL]. */
    private List<SgBadge> associations(Subnet s) {
        List<SgBadge> badges = new ArrayList<>();
        io.hopscope.model.RouteTable table = model.routeTableOf(s.id());
        if (table != null) {
            badges.add(new SgBadge(table.id(), "RT " + table.label()));
        }
        io.hopscope.model.NetworkAcl acl = model.networkAclOf(s.id());
        if (acl != null) {
            badges.add(new SgBadge(acl.id(), "ACL " + acl.label()));
        }
        return badges;
    }

    private List<SgBadge> badges(List<String> networkInterfaceIds) {
        Set<String> groups = new LinkedHashSet<>();
        for (String eniId : networkInterfaceIds) {
            NetworkInterface eni = model.networkInterface(eniId);
            if (eni != null) {
                groups.addAll(eni.securityGroupIds());
            }
        }
        return badgesOf(groups);
    }

    private List<SgBadge> badgesOf(Iterable<String> groupIds) {
        List<SgBadge> badges = new ArrayList<>();
        for (String id : groupIds) {
            SecurityGroup sg = model.securityGroup(id);
            badges.add(new SgBadge(id, sg == null ? id : sg.label()));
        }
        return badges;
    }

    private CanvasItem item(Resource r, ItemKind kind, String icon, String detail, String tag, List<SgBadge> badges,
                            List<String> classes, String parentId) {
        return new CanvasItem(r.id(), kind, icon, r.label(), detail, tag, boxes.get(r.id()), badges, classes, parentId,
                fallback.getOrDefault(r.id(), false));
    }
}
