package io.hopscope.ui.inspector;

import io.hopscope.model.Route;

/** One row of a route table: the route, its destination, target label and state (active or blackhole). */
public record RouteRow(Route route, String destination, RouteTarget target, String state) {

    /** The local route covers the VPC's blocks; AWS does not let it be changed or deleted [RT]. */
    public boolean isLocal() {
        return route.targetKind() == io.hopscope.model.RouteTargetKind.LOCAL;
    }
}
