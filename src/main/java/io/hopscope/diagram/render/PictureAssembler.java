package io.hopscope.diagram.render;

import io.hopscope.diagram.Note;
import io.hopscope.model.EgressOnlyInternetGateway;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.LoadBalancer;
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
import java.util.ResourceBundle;
import java.util.Set;

/** Makes the items and links once every box is known, in drawing order. */
final class PictureAssembler {

    private static final double PARALLEL_LINK_GAP = 22;

    private final NetworkModel model;
    private final ResourceBundle messages;
    private final Map<String, Rect> boxes;
    private final Map<String, Boolean> fallback;
    private final Map<String, String> subnetByCard = new java.util.HashMap<>();

    PictureAssembler(NetworkModel model, ResourceBundle messages, Map<String, Rect> boxes, Map<String, Boolean> fallback,
                     Map<String, List<Resource>> cardsBySubnet) {
        this.model = model;
        this.messages = messages;
        this.boxes = boxes;
        this.fallback = fallback;
        cardsBySubnet.forEach((subnetId, cards) -> cards.forEach(c -> subnetByCard.put(c.id(), subnetId)));
    }

    /** An item for each placed resource that has a look ({@link ResourceLook}), containers first. */
    List<CanvasItem> items() {
        List<CanvasItem> items = new ArrayList<>();
        List<Resource> drawn = new ArrayList<>();
        Map<String, ResourceLook> looks = new java.util.HashMap<>();
        for (Resource r : model.allResources()) {
            ResourceLook look = boxes.containsKey(r.id()) ? ResourceLook.of(model, r, messages) : null;
            if (look != null) {
                drawn.add(r);
                looks.put(r.id(), look);
            }
        }
        drawn.sort(java.util.Comparator.comparingInt(r -> looks.get(r.id()).order()));
        for (Resource r : drawn) {
            items.add(item(r, looks.get(r.id())));
        }
        return items;
    }

    private CanvasItem item(Resource r, ResourceLook look) {
        List<SgBadge> badges = List.of();
        String tag = "";
        String parent = null;
        List<String> classes = look.styleClasses();
        if (r instanceof Subnet s) {
            tag = ResourceLook.subnetTag(messages, look);
            badges = associations(s);
            parent = model.vpc(s.vpcId()) == null ? null : s.vpcId();
        } else if (r instanceof Workload w) {
            badges = badges(w.networkInterfaceIds());
            parent = subnetByCard.get(w.id());
        } else if (r instanceof LoadBalancer lb) {
            badges = badgesOf(lb.securityGroupIds());
            NetworkInterface node = lb.networkInterfaceIds().isEmpty() ? null
                    : model.networkInterface(lb.networkInterfaceIds().get(0));
            parent = node == null || model.subnet(node.subnetId()) == null ? null : node.subnetId();
        } else if (r instanceof NatGateway n) {
            parent = model.subnet(n.subnetId()) == null ? null : n.subnetId();
        } else if (r instanceof NetworkInterface eni) {
            parent = model.subnet(eni.subnetId()) == null ? null : eni.subnetId();
        } else if (r instanceof InternetGateway g) {
            parent = g.vpcId();
        } else if (r instanceof EgressOnlyInternetGateway g) {
            parent = g.vpcId();
        } else if (r instanceof VpnGateway g) {
            parent = g.vpcId();
        } else if (r instanceof VpcEndpoint e) {
            // Interface endpoints are ENIs guarded by security groups [IFE]; gateway endpoints have none.
            badges = badgesOf(e.securityGroupIds());
            parent = e.vpcId();
        }
        if (look.kind() == ItemKind.GATEWAY && !(r instanceof NatGateway)) {
            classes = onEdge(r.id(), classes, parent);
        }
        return new CanvasItem(r.id(), look.kind(), look.role(), look.icon(), r.label(), look.detail(), look.summary(),
                tag, boxes.get(r.id()), badges, classes, parent, fallback.getOrDefault(r.id(), false));
    }

    CanvasItem note(Note note) {
        ResourceLook look = ResourceLook.note();
        return new CanvasItem(note.id(), look.kind(), look.role(), null, note.text(), "", "", "",
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
        links.addAll(new TransitLinks(model, boxes).links());
        new LoadBalancerLinks(model, boxes).addTo(links);
        links.addAll(HybridLinks.of(model, boxes));
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
     * The look's classes with {@code edge-top|bottom|left|right} after the first: the edge of its
     * VPC the gateway is nearest to, so the view can put the caption on the outside of that edge.
     */
    private List<String> onEdge(String gatewayId, List<String> classes, String vpcId) {
        Rect g = boxes.get(gatewayId);
        Rect v = vpcId == null ? null : boxes.get(vpcId);
        if (g == null || v == null) {
            return classes;
        }
        double top = Math.abs(g.centerY() - v.y());
        double bottom = Math.abs(g.centerY() - v.maxY());
        double left = Math.abs(g.centerX() - v.x());
        double right = Math.abs(g.centerX() - v.maxX());
        double min = Math.min(Math.min(top, bottom), Math.min(left, right));
        String edge = min == top ? "edge-top" : min == bottom ? "edge-bottom" : min == left ? "edge-left" : "edge-right";
        List<String> all = new ArrayList<>(classes);
        all.add(1, edge);
        return all;
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
}
