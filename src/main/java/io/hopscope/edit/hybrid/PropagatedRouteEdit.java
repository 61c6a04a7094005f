package io.hopscope.edit.hybrid;

import io.hopscope.edit.EditRefusal;
import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.edit.Edit;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.net.Cidr;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds or removes one route a virtual private gateway propagates into a route table
 * ({@code Origin: EnableVgwRoutePropagation} [VGWPROP]). Unlike a static route it may share its
 * destination with a static route of the table: AWS lists both, and the static one wins [RTP], so
 * adding never touches the static route and removing takes only the propagated one.
 */
public record PropagatedRouteEdit(String routeTableId, Cidr destination, String vpnGatewayId, boolean add)
        implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return add ? Text.of("edit.propagatedRoute.add", destination.toString(), vpnGatewayId, routeTableId)
                : Text.of("edit.propagatedRoute.withdraw", destination.toString(), vpnGatewayId, routeTableId);
    }

    /** Whether {@code t} holds the propagated route for {@code destination} from {@code vgwId}. */
    public static boolean holds(RouteTable t, Cidr destination, String vgwId) {
        return t.routes().stream().anyMatch(r -> isFrom(r, vgwId) && destination.equals(r.destination()));
    }

    /** A route the VGW propagated (not a static route someone wrote to it). */
    public static boolean isFrom(Route r, String vgwId) {
        return r.propagated() && r.targetKind() == RouteTargetKind.VPN_GATEWAY && vgwId.equals(r.targetId());
    }

    @Override
    public Diagram apply(Diagram diagram) {
        RouteTable t = diagram.model().routeTable(routeTableId);
        if (t == null) {
            throw EditRefusal.gone("route table", routeTableId);
        }
        List<Route> routes = new ArrayList<>(t.routes());
        if (add) {
            if (holds(t, destination, vpnGatewayId)) {
                throw EditRefusal.of("edit.refusal.vgw.propagatedExists", routeTableId, destination);
            }
            routes.add(new Route(destination, null, RouteTargetKind.VPN_GATEWAY, vpnGatewayId, false, true));
        } else if (!routes.removeIf(r -> isFrom(r, vpnGatewayId) && destination.equals(r.destination()))) {
            throw EditRefusal.of("edit.refusal.vgw.noPropagated", routeTableId, destination);
        }
        return diagram.withModel(diagram.model().with(t.withRoutes(routes)));
    }
}
