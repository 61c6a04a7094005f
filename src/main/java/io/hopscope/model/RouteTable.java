package io.hopscope.model;

import java.util.List;

/**
 * A route table: main or not, the subnets explicitly associated with it, its routes [RT], and the
 * virtual private gateways whose routes it receives by route propagation ({@code PropagatingVgws},
 * [VGWPROP]).
 */
public record RouteTable(String id, String name, String vpcId, boolean main, List<String> subnetIds, List<Route> routes,
                         List<String> propagatingVgwIds) implements Resource {

    public RouteTable {
        name = name == null ? "" : name;
        subnetIds = List.copyOf(subnetIds);
        routes = List.copyOf(routes);
        propagatingVgwIds = propagatingVgwIds == null ? List.of() : List.copyOf(propagatingVgwIds);
    }

    /** A table that propagates no VGW's routes. */
    public RouteTable(String id, String name, String vpcId, boolean main, List<String> subnetIds, List<Route> routes) {
        this(id, name, vpcId, main, subnetIds, routes, List.of());
    }

    public RouteTable withRoutes(List<Route> newRoutes) {
        return new RouteTable(id, name, vpcId, main, subnetIds, newRoutes, propagatingVgwIds);
    }

    public RouteTable withSubnetIds(List<String> newSubnetIds) {
        return new RouteTable(id, name, vpcId, main, newSubnetIds, routes, propagatingVgwIds);
    }

    public RouteTable withPropagatingVgwIds(List<String> vgwIds) {
        return new RouteTable(id, name, vpcId, main, subnetIds, routes, vgwIds);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.ROUTE_TABLE;
    }
}
