package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.RouteTargetKind;

import java.util.ArrayList;
import java.util.List;

/** Points an existing route (by destination) at a new, working target: the fix for a blackhole [RT]. */
public record ReplaceRouteTargetEdit(String routeTableId, String destination, RouteTargetKind targetKind,
                                     String targetId) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("fix.route.retarget", destination, routeTableId, targetId);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        RouteTable t = diagram.model().routeTable(routeTableId);
        if (t == null) {
            throw EditRefusal.gone("route table", routeTableId);
        }
        List<Route> routes = new ArrayList<>();
        boolean found = false;
        for (Route r : t.routes()) {
            if (r.destinationText().equals(destination)) {
                routes.add(new Route(r.destination(), r.prefixListId(), targetKind, targetId, false, false));
                found = true;
            } else {
                routes.add(r);
            }
        }
        if (!found) {
            throw new EditRefusal(Text.of("edit.refusal.noRoute", routeTableId, String.valueOf(destination)));
        }
        return diagram.withModel(diagram.model().with(t.withRoutes(routes)));
    }
}
