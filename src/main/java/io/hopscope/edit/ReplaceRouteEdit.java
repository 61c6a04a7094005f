package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces the route for {@code destination} (destination and target may both change). A table holds
 * one route per destination [RT], so a new destination must not be taken already.
 */
public record ReplaceRouteEdit(String routeTableId, String destination, Route replacement) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("edit.route.replace", String.valueOf(destination), routeTableId, String.valueOf(replacement));
    }

    @Override
    public Diagram apply(Diagram diagram) {
        RouteTable t = Lookup.require(diagram, routeTableId, RouteTable.class, "route table");
        List<Route> routes = new ArrayList<>();
        boolean found = false;
        for (Route r : t.routes()) {
            if (r.destinationText().equals(destination) && !found) {
                routes.add(replacement);
                found = true;
            } else {
                if (r.destinationText().equals(replacement.destinationText())) {
                    throw new EditRefusal(Text.of("edit.refusal.routeExists", routeTableId,
                            replacement.destinationText()));
                }
                routes.add(r);
            }
        }
        if (!found) {
            throw new EditRefusal(Text.of("edit.refusal.noRoute", routeTableId, String.valueOf(destination)));
        }
        return diagram.withModel(diagram.model().with(t.withRoutes(routes)));
    }
}
