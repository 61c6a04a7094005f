package io.hopscope.check.rule;

import io.hopscope.model.NetworkModel;
import io.hopscope.model.RouteTable;
import io.hopscope.model.RouteTargetKind;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Whether a subnet is public [IGW], with the answer kept per route table: thousands of subnets
 * share one main table, and scanning its routes once per subnet (or per interface) is quadratic.
 */
final class PublicTables {

    private final NetworkModel model;
    private final Map<RouteTable, Boolean> publicByTable = new IdentityHashMap<>();

    PublicTables(NetworkModel model) {
        this.model = model;
    }

    boolean isPublic(String subnetId) {
        RouteTable t = model.routeTableOf(subnetId);
        return t != null && publicByTable.computeIfAbsent(t, x -> x.routes().stream()
                .anyMatch(r -> r.targetKind() == RouteTargetKind.INTERNET_GATEWAY && !r.blackhole()));
    }
}
