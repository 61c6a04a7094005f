package io.hopscope.engine.eval;

import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Decision;
import io.hopscope.engine.Direction;
import io.hopscope.engine.Hop;
import io.hopscope.engine.RuleRef;
import io.hopscope.engine.Packet;
import io.hopscope.engine.index.ModelIndex;
import io.hopscope.engine.index.RouteIndex;
import io.hopscope.model.NatGateway;
import io.hopscope.model.Route;
import io.hopscope.model.Subnet;
import io.hopscope.model.VpcEndpoint;
import io.hopscope.model.VpcPeeringConnection;

import io.hopscope.text.Text;

import java.util.List;

/**
 * Route tables: the subnet's explicit table else the main one, longest prefix match, IPv4 and IPv6
 * apart, a matching blackhole route drops [RT]. A route whose target is gone or not usable
 * (deleted or failed NAT, peering not active) is a blackhole as AWS reports it [RT][NAT][PCX].
 */
public final class RouteTableEvaluator {
    /** The route chosen (null when the packet is dropped) and the hop that shows it. */
    public record Result(Hop hop, Route route) {
    }

    private final ModelIndex index;

    public RouteTableEvaluator(ModelIndex index) {
        this.index = index;
    }

    public static String routeText(Route r) {
        return r.destinationText() + " -> " + r.targetId();
    }

    /** The route's position in its table's list, by identity: the index expands prefix-list routes. */
    private static int position(RouteIndex table, Route r) {
        List<Route> routes = table.table().routes();
        for (int i = 0; i < routes.size(); i++) {
            if (routes.get(i) == r) {
                return i;
            }
        }
        return -1;
    }

    public Result evaluate(RouteIndex table, Subnet subnet, Packet p) {
        String tableId = table.table().id();
        String tableName = table.table().name();
        RouteIndex.Entry e = table.lookup(p.dst());
        if (e == null) {
            return new Result(Hop.at(ComponentKind.ROUTE_TABLE, tableId, tableName).decided(Decision.DROP, p)
                    .rule(null, RuleRef.noMatchingRule(tableId, null)).blocked("NO_ROUTE_TO_DESTINATION", "no-route")
                    .explainedLater(() -> Text.of(p.dst().isIpv4() ? "route.none.ipv4" : "route.none.ipv6",
                            table.table().label(), subnet.label(), p.dst())), null);
        }
        Route r = e.route();
        Text unusable = r.blackhole() ? Text.of("route.unusable.gone") : unusableTarget(r);
        if (unusable != null) {
            return new Result(Hop.at(ComponentKind.ROUTE_TABLE, tableId, tableName).decided(Decision.DROP, p)
                    .ruleLater(() -> routeText(r), RuleRef.route(tableId, position(table, r))).blocked("BAD_STATE_ROUTE", "blackhole")
                    .explainedLater(() -> Text.of("route.blackhole", table.table().label(), subnet.label(), p.dst(),
                            routeText(r), unusable)), null);
        }
        return new Result(Hop.at(ComponentKind.ROUTE_TABLE, tableId, tableName).decided(Decision.FORWARD, p)
                .ruleLater(() -> routeText(r), RuleRef.route(tableId, position(table, r)))
                .explainedLater(() -> Text.of("route.forward", table.table().label(), subnet.label(), p.dst(), r.targetId(),
                        r.prefixListId() != null ? r.prefixListId() + " (" + e.cidr() + ")" : r.destinationText())), r);
    }

    /** Why a route target cannot carry traffic even though the route is not marked blackhole, or null. */
    private Text unusableTarget(Route r) {
        switch (r.targetKind()) {
            case NAT_GATEWAY: {
                NatGateway nat = index.model().natGateway(r.targetId());
                if (nat == null) {
                    return Text.of("route.unusable.noNat", r.targetId());
                }
                return nat.isAvailable() ? null : Text.of("route.unusable.nat", nat.label(), nat.state());
            }
            case VPC_PEERING_CONNECTION: {
                VpcPeeringConnection pcx = index.model().peeringConnection(r.targetId());
                if (pcx == null) {
                    return Text.of("route.unusable.noPeering", r.targetId());
                }
                return pcx.isActive() ? null : Text.of("route.unusable.peering", pcx.label(), pcx.status());
            }
            case INTERNET_GATEWAY:
                return index.model().internetGateway(r.targetId()) == null
                        ? Text.of("route.unusable.noIgw", r.targetId()) : null;
            case GATEWAY_ENDPOINT:
                // An endpoint missing from the data is usually a Network Firewall endpoint: UNKNOWN, not a blackhole.
                return null;
            default:
                return null;
        }
    }
}
