package io.hopscope.export;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.render.TraceOverlay;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Direction;
import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.PathResult;
import io.hopscope.engine.Trace;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Subnet;
import io.hopscope.model.Workload;
import io.hopscope.model.net.IpAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Where on the diagram each hop of a trace happens: a gateway, NAT or endpoint is its own shape;
 * a security-group or interface hop is the shape of the interface that holds the packet's address
 * on that side (egress: source, ingress: destination), drawn as its workload or NAT; a NACL or
 * route-table hop is the subnet it serves that holds that address. Hops with no place on the
 * canvas (a peering connection is a line between VPCs) are left out.
 */
public final class TraceOverlays {

    private TraceOverlays() {
    }

    public static TraceOverlay of(Diagram diagram, Trace trace) {
        Placer placer = new Placer(diagram);
        List<String> forward = placer.path(trace.query().from(), trace.forward(), trace.query().to());
        String forwardBlocked = placer.blockedAt(trace.forward());
        List<String> reply = trace.reply() == null ? List.of()
                : placer.path(trace.query().to(), trace.reply(), trace.query().from());
        String replyBlocked = trace.reply() == null ? null : placer.blockedAt(trace.reply());
        return new TraceOverlay(forward, forwardBlocked, reply, replyBlocked, TraceCaption.of(trace));
    }

    private static final class Placer {
        private final Diagram diagram;
        private final NetworkModel model;

        Placer(Diagram diagram) {
            this.diagram = diagram;
            this.model = diagram.model();
        }

        List<String> path(String fromId, PathResult result, String toId) {
            List<String> shapes = new ArrayList<>();
            add(shapes, shapeOfResource(fromId));
            for (Hop h : result.hops()) {
                add(shapes, place(h));
                if (h.blocks()) {
                    return shapes;
                }
            }
            add(shapes, shapeOfResource(toId));
            return shapes;
        }

        String blockedAt(PathResult result) {
            Hop h = result.blockingHop();
            return h == null ? null : place(h);
        }

        private static void add(List<String> shapes, String id) {
            if (id != null && (shapes.isEmpty() || !shapes.get(shapes.size() - 1).equals(id))) {
                shapes.add(id);
            }
        }

        private String place(Hop h) {
            String direct = shapeOfResource(h.componentId());
            if (direct != null && h.kind() != ComponentKind.NETWORK_ACL && h.kind() != ComponentKind.ROUTE_TABLE) {
                return direct;
            }
            boolean egress = h.direction() != Direction.INGRESS;
            IpAddress ip = h.packet() == null ? null : egress ? h.packet().src() : h.packet().dst();
            if (ip == null) {
                return null;
            }
            switch (h.kind()) {
                case SECURITY_GROUP, NETWORK_INTERFACE -> {
                    return shapeOfInterfaceWith(ip);
                }
                case NETWORK_ACL -> {
                    return subnetWith(ip, s -> model.networkAclOf(s.id()) != null
                            && model.networkAclOf(s.id()).id().equals(h.componentId()));
                }
                case ROUTE_TABLE -> {
                    // A route table is consulted where the packet leaves: the subnet of its source.
                    IpAddress src = h.packet().src();
                    return subnetWith(src, s -> model.routeTableOf(s.id()) != null
                            && model.routeTableOf(s.id()).id().equals(h.componentId()));
                }
                default -> {
                    return null;
                }
            }
        }

        private String subnetWith(IpAddress ip, java.util.function.Predicate<Subnet> serves) {
            for (Subnet s : model.subnets()) {
                if (s.contains(ip) && serves.test(s) && diagram.layout().shape(s.id()) != null) {
                    return s.id();
                }
            }
            return null;
        }

        private String shapeOfInterfaceWith(IpAddress ip) {
            for (NetworkInterface eni : model.networkInterfaces()) {
                if (eni.hasPrivateAddress(ip) || ip.equals(eni.publicIp())) {
                    return shapeOfResource(eni.id());
                }
            }
            return null;
        }

        /** A resource's own shape, or for an interface the shape of its workload or NAT gateway. */
        private String shapeOfResource(String id) {
            if (id == null) {
                return null;
            }
            if (diagram.layout().shape(id) != null) {
                return id;
            }
            Workload owner = model.ownerOf(id);
            if (owner != null && diagram.layout().shape(owner.id()) != null) {
                return owner.id();
            }
            for (NatGateway n : model.natGateways()) {
                if (id.equals(n.networkInterfaceId()) && diagram.layout().shape(n.id()) != null) {
                    return n.id();
                }
            }
            return null;
        }
    }
}
