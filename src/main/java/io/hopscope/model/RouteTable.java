package io.hopscope.model;

import java.util.List;

/** A route table: main or not, the subnets explicitly associated with it, and its routes [RT]. */
public record RouteTable(String id, String name, String vpcId, boolean main, List<String> subnetIds, List<Route> routes)
        implements Resource {

    public RouteTable {
        name = name == null ? "" : name;
        subnetIds = List.copyOf(subnetIds);
        routes = List.copyOf(routes);
    }

    public RouteTable withRoutes(List<Route> newRoutes) {
        return new RouteTable(id, name, vpcId, main, subnetIds, newRoutes);
    }

    public RouteTable withSubnetIds(List<String> newSubnetIds) {
        return new RouteTable(id, name, vpcId, main, newSubnetIds, routes);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.ROUTE_TABLE;
    }
}
