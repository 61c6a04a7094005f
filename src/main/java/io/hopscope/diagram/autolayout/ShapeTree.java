package io.hopscope.diagram.autolayout;

import io.hopscope.model.EgressOnlyInternetGateway;
import io.hopscope.model.EndpointType;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.LoadBalancer;
import io.hopscope.model.NatGateway;
import io.hopscope.model.TransitGateway;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.Subnet;
import io.hopscope.model.TransitGateway;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpcEndpoint;
import io.hopscope.model.VpnGateway;
import io.hopscope.model.Workload;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which resources of a model get a shape on the canvas, and how shapes nest: a VPC holds its
 * subnets and interface endpoints, a subnet holds workloads, NAT gateways and interfaces without
 * a workload; internet, egress-only and VPN gateways and gateway endpoints sit on their VPC's top
 * edge; everything else (VPCs, externals, orphans whose container is missing) is top level.
 * Route tables, NACLs, security groups, prefix lists and peering connections get no shape: they
 * are drawn as decorations or lines, or shown in the inspector.
 */
public final class ShapeTree {

    /** Where a shape sits relative to its container. */
    public enum Placement { TOP_LEVEL, INSIDE, ON_TOP_EDGE }

    private final Map<String, Resource> drawable;
    private final Map<String, String> containerOf;
    private final Map<String, Placement> placement;
    private final Map<String, List<String>> inside = new LinkedHashMap<>();
    private final Map<String, List<String>> onEdge = new LinkedHashMap<>();
    private final List<String> topLevel = new ArrayList<>();

    /** {@code expected}: about how many shapes; the maps are sized once, not grown a dozen times for 10,000. */
    private ShapeTree(int expected) {
        int capacity = Math.max(16, expected * 4 / 3 + 1);
        drawable = new LinkedHashMap<>(capacity);
        containerOf = new LinkedHashMap<>(capacity);
        placement = new LinkedHashMap<>(capacity);
    }

    public static ShapeTree of(NetworkModel model) {
        // Most shapes are subnets, workloads and interfaces without one (an owned interface gets none).
        ShapeTree t = new ShapeTree(model.subnets().size() + model.workloads().size()
                + Math.max(0, model.networkInterfaces().size() - model.workloads().size()));
        for (Vpc v : model.vpcs()) {
            t.put(v, null, Placement.TOP_LEVEL);
        }
        for (Subnet s : model.subnets()) {
            t.put(s, model.vpc(s.vpcId()) == null ? null : s.vpcId(), Placement.INSIDE);
        }
        for (InternetGateway g : model.internetGateways()) {
            t.onEdgeOf(model, g, g.vpcId());
        }
        for (EgressOnlyInternetGateway g : model.egressOnlyInternetGateways()) {
            t.onEdgeOf(model, g, g.vpcId());
        }
        for (VpnGateway g : model.vpnGateways()) {
            t.onEdgeOf(model, g, g.vpcId());
        }
        for (VpcEndpoint e : model.vpcEndpoints()) {
            if (e.type() == EndpointType.GATEWAY) {
                t.onEdgeOf(model, e, e.vpcId());
            } else {
                t.put(e, model.vpc(e.vpcId()) == null ? null : e.vpcId(), Placement.INSIDE);
            }
        }
        for (Workload w : model.workloads()) {
            t.putWorkload(model, w);
        }
        Set<String> natInterfaces = new HashSet<>();
        for (NatGateway n : model.natGateways()) {
            t.put(n, model.subnet(n.subnetId()) == null ? null : n.subnetId(), Placement.INSIDE);
            if (n.networkInterfaceId() != null) {
                natInterfaces.add(n.networkInterfaceId());
            }
        }
        for (LoadBalancer lb : model.loadBalancers()) {
            // A load balancer is a card in the subnet of its first node; its nodes are not drawn apart.
            String subnet = null;
            for (String eniId : lb.networkInterfaceIds()) {
                NetworkInterface eni = model.networkInterface(eniId);
                if (eni != null && subnet == null && model.subnet(eni.subnetId()) != null) {
                    subnet = eni.subnetId();
                }
                natInterfaces.add(eniId);
            }
            t.put(lb, subnet, Placement.INSIDE);
        }
        for (NetworkInterface eni : model.networkInterfaces()) {
            t.putInterface(model, eni, natInterfaces);
        }
        for (TransitGateway g : model.transitGateways()) {
            // Top level, between the VPCs it joins (TransitPlacement, once the VPC grid stands).
            t.put(g, null, Placement.TOP_LEVEL);
        }
        for (ExternalEndpoint x : model.externals()) {
            t.put(x, null, Placement.TOP_LEVEL);
        }
        // Customer gateways (the on-premises networks) and Direct Connect gateways sit outside AWS's VPCs.
        model.customerGateways().forEach(g -> t.put(g, null, Placement.TOP_LEVEL));
        model.directConnectGateways().forEach(g -> t.put(g, null, Placement.TOP_LEVEL));
        for (TransitGateway g : model.transitGateways()) {
            t.put(g, null, Placement.TOP_LEVEL);
        }
        return t;
    }

    /** Per workload and interface, not in the loops run once over 8,000 of each: C1 compiles a method after a few hundred calls. */
    private void putWorkload(NetworkModel model, Workload w) {
        put(w, subnetOfWorkload(model, w), Placement.INSIDE);
    }

    private void putInterface(NetworkModel model, NetworkInterface eni, Set<String> natInterfaces) {
        // An interface with an owner is drawn as its workload, a NAT's as the NAT gateway.
        if (model.ownerOf(eni.id()) == null && !natInterfaces.contains(eni.id())) {
            put(eni, model.subnet(eni.subnetId()) == null ? null : eni.subnetId(), Placement.INSIDE);
        }
    }

    /** A workload is drawn in the subnet of its first interface that the model knows. */
    private static String subnetOfWorkload(NetworkModel model, Workload w) {
        for (String eniId : w.networkInterfaceIds()) {
            NetworkInterface eni = model.networkInterface(eniId);
            if (eni != null && model.subnet(eni.subnetId()) != null) {
                return eni.subnetId();
            }
        }
        return null;
    }

    private void onEdgeOf(NetworkModel model, Resource r, String vpcId) {
        put(r, model.vpc(vpcId) == null ? null : vpcId, Placement.ON_TOP_EDGE);
    }

    private void put(Resource r, String container, Placement where) {
        if (drawable.containsKey(r.id())) {
            return;
        }
        drawable.put(r.id(), r);
        if (container == null) {
            placement.put(r.id(), Placement.TOP_LEVEL);
            topLevel.add(r.id());
            return;
        }
        containerOf.put(r.id(), container);
        placement.put(r.id(), where);
        (where == Placement.INSIDE ? inside : onEdge).computeIfAbsent(container, k -> new ArrayList<>()).add(r.id());
    }

    /** Every resource that gets a shape, containers before their contents. */
    public Set<String> drawableIds() {
        return Collections.unmodifiableSet(drawable.keySet());
    }

    public boolean isDrawable(String id) {
        return drawable.containsKey(id);
    }

    public Resource resource(String id) {
        return drawable.get(id);
    }

    /** The VPC or subnet a shape belongs to (inside it or on its edge), or null at top level. */
    public String containerOf(String id) {
        return containerOf.get(id);
    }

    public Placement placementOf(String id) {
        return placement.getOrDefault(id, Placement.TOP_LEVEL);
    }

    /** Shapes drawn inside {@code id}, in model order. */
    public List<String> childrenInside(String id) {
        return inside.getOrDefault(id, List.of());
    }

    /** Shapes on the top edge of {@code id} (a VPC's gateways). */
    public List<String> onTopEdgeOf(String id) {
        return onEdge.getOrDefault(id, List.of());
    }

    public List<String> topLevel() {
        return Collections.unmodifiableList(topLevel);
    }

    /** How deep a shape is nested: 0 at top level, 1 inside or on a VPC, 2 inside a subnet. */
    public int depthOf(String id) {
        int depth = 0;
        for (String c = containerOf(id); c != null; c = containerOf(c)) {
            depth++;
        }
        return depth;
    }
}
