package io.hopscope.ui.inspector;

import io.hopscope.engine.RuleRef;
import io.hopscope.edit.AddRouteEdit;
import io.hopscope.edit.RemoveRouteEdit;
import io.hopscope.edit.ReplaceRouteEdit;
import io.hopscope.edit.ReplaceRouteTargetEdit;
import io.hopscope.model.EgressOnlyInternetGateway;
import io.hopscope.model.EndpointType;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.VpcEndpoint;
import io.hopscope.model.VpcPeeringConnection;
import io.hopscope.model.VpnGateway;
import io.hopscope.model.net.Cidr;
import io.hopscope.ui.common.DiagramDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The routes of one route table: destination (a CIDR or a prefix list) and a target picked from
 * what exists in the table's VPC; a route whose target is gone shows as a blackhole [RT].
 */
public final class RoutesViewModel extends RuleTableViewModel<RouteRow> {

    private final String tableId;

    public RoutesViewModel(DiagramDocument document, ResourceBundle messages, String tableId) {
        super(document, messages);
        this.tableId = tableId;
        refresh();
    }

    public String tableId() {
        return tableId;
    }

    @Override
    protected List<RouteRow> load(NetworkModel m) {
        RouteTable t = m.routeTable(tableId);
        List<RouteRow> rows = new ArrayList<>();
        if (t == null) {
            return rows;
        }
        for (Route r : t.routes()) {
            boolean gone = r.targetKind() != RouteTargetKind.LOCAL && m.find(r.targetId()).isEmpty();
            String state = text(r.blackhole() || gone ? "inspector.route.blackhole" : "inspector.route.active");
            rows.add(new RouteRow(r, r.destinationText(), target(m, r.targetKind(), r.targetId()), state));
        }
        return rows;
    }

    private static RouteTarget target(NetworkModel m, RouteTargetKind kind, String id) {
        String name = kind == RouteTargetKind.LOCAL ? "" : m.find(id).map(Resource::name).orElse("");
        return new RouteTarget(kind, id, name.isEmpty() ? id : id + " (" + name + ")");
    }

    /** The gateways, NAT gateways, peering connections, gateway endpoints and interfaces of the table's VPC. */
    public List<RouteTarget> targetChoices() {
        NetworkModel m = document.getDiagram().model();
        RouteTable t = m.routeTable(tableId);
        List<RouteTarget> out = new ArrayList<>();
        if (t == null) {
            return out;
        }
        String vpc = t.vpcId();
        for (InternetGateway g : m.internetGateways()) {
            if (vpc.equals(g.vpcId())) out.add(target(m, RouteTargetKind.INTERNET_GATEWAY, g.id()));
        }
        for (EgressOnlyInternetGateway g : m.egressOnlyInternetGateways()) {
            if (vpc.equals(g.vpcId())) out.add(target(m, RouteTargetKind.EGRESS_ONLY_INTERNET_GATEWAY, g.id()));
        }
        for (NatGateway n : m.natGateways()) {
            if (vpc.equals(m.vpcIdOf(n))) out.add(target(m, RouteTargetKind.NAT_GATEWAY, n.id()));
        }
        for (VpcPeeringConnection p : m.peeringConnections()) {
            if (vpc.equals(p.requesterVpcId()) || vpc.equals(p.accepterVpcId())) {
                out.add(target(m, RouteTargetKind.VPC_PEERING_CONNECTION, p.id()));
            }
        }
        for (VpcEndpoint e : m.vpcEndpoints()) {
            if (vpc.equals(e.vpcId()) && e.type() == EndpointType.GATEWAY) out.add(target(m, RouteTargetKind.GATEWAY_ENDPOINT, e.id()));
        }
        for (VpnGateway g : m.vpnGateways()) {
            if (vpc.equals(g.vpcId())) out.add(target(m, RouteTargetKind.VPN_GATEWAY, g.id()));
        }
        for (NetworkInterface e : m.networkInterfaces()) {
            if (vpc.equals(m.vpcIdOf(e))) out.add(target(m, RouteTargetKind.NETWORK_INTERFACE, e.id()));
        }
        // A route to a transit gateway carries traffic only when the VPC is attached to it [TGW].
        m.transitAttachments().stream().filter(a -> vpc.equals(a.resourceId())).map(a -> a.transitGatewayId()).distinct()
                .forEach(g -> out.add(target(m, RouteTargetKind.TRANSIT_GATEWAY, g)));
        return out;
    }

    /** A destination typed: a CIDR, or a prefix list id that exists. */
    private Route route(String destination, RouteTarget target) {
        if (target == null) {
            throw new IllegalArgumentException(text("inspector.error.noTarget"));
        }
        String d = destination == null ? "" : destination.strip();
        if (d.startsWith("pl-")) {
            if (document.getDiagram().model().prefixList(d) == null) {
                throw new IllegalArgumentException(java.text.MessageFormat.format(text("inspector.error.unknown"), d));
            }
            return Route.toPrefixList(d, target.kind(), target.id());
        }
        return Route.to(Cidr.parse(d), target.kind(), target.id());
    }

    public boolean add(String destination, RouteTarget target) {
        return perform(() -> new AddRouteEdit(tableId, route(destination, target)));
    }

    public boolean remove(int row) {
        RouteRow r = getRows().get(row);
        return perform(() -> {
            local(r);
            return new RemoveRouteEdit(tableId, r.destination());
        });
    }

    public boolean editDestination(int row, String destination) {
        RouteRow r = getRows().get(row);
        return perform(() -> {
            local(r);
            return new ReplaceRouteEdit(tableId, r.destination(), route(destination, r.target()));
        });
    }

    /** Points the route at another target; a working target also clears a blackhole [RT]. */
    public boolean editTarget(int row, RouteTarget target) {
        RouteRow r = getRows().get(row);
        return perform(() -> {
            local(r);
            Objects.requireNonNull(target, "target");
            return new ReplaceRouteTargetEdit(tableId, r.destination(), target.kind(), target.id());
        });
    }

    private void local(RouteRow r) {
        if (r.isLocal()) {
            throw new IllegalArgumentException(text("inspector.error.localRoute"));
        }
    }

    /** The row of the route at {@code ref}'s position in this table (rows keep the table's order), or -1. */
    @Override
    public int rowOf(RuleRef ref) {
        boolean here = ref.kind() == RuleRef.Kind.RULE && tableId.equals(ref.resourceId());
        return here && ref.index() >= 0 && ref.index() < getRows().size() ? ref.index() : -1;
    }
}
