package io.hopscope.model;

import io.hopscope.model.net.Cidr;

import java.util.List;

/**
 * A transit gateway route table (rulebook 7.2): the attachments that propagate into it (enabled
 * propagations only) and its static routes, a blackhole having no attachment. Which attachments
 * use it is on each attachment ({@link TransitGatewayAttachment#routeTableId()}); the propagated
 * routes are derived, never stored.
 */
public record TransitGatewayRouteTable(String id, String name, String transitGatewayId, List<String> propagations,
                                       List<StaticRoute> staticRoutes) implements TransitResource {

    /** A static route: to {@code attachmentId}, or a blackhole (attachment null). */
    public record StaticRoute(Cidr destination, String attachmentId, boolean blackhole) {
        public StaticRoute {
            if (attachmentId == null) {
                blackhole = true;
            }
        }

        /** "10.20.5.0/24 -> blackhole" as a hop's rule. */
        public String text() {
            return destination + " -> " + (blackhole ? "blackhole" : attachmentId);
        }
    }

    public TransitGatewayRouteTable {
        name = name == null ? "" : name;
        propagations = propagations == null ? List.of() : List.copyOf(propagations);
        staticRoutes = staticRoutes == null ? List.of() : List.copyOf(staticRoutes);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.TRANSIT_GATEWAY_ROUTE_TABLE;
    }
}
