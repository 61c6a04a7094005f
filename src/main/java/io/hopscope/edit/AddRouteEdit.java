package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;

import java.util.ArrayList;
import java.util.List;

/** Adds a route to a route table; a table holds one route per destination [RT]. */
public record AddRouteEdit(String routeTableId, Route route) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("fix.route.add", route.destinationText(), route.targetId(), routeTableId);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        RouteTable t = diagram.model().routeTable(routeTableId);
        if (t == null) {
            throw EditRefusal.gone("route table", routeTableId);
        }
        for (Route r : t.routes()) {
            if (r.destinationText().equals(route.destinationText())) {
                throw new EditRefusal(Text.of("edit.refusal.routeExists", routeTableId, route.destinationText()));
            }
        }
        List<Route> routes = new ArrayList<>(t.routes());
        routes.add(route);
        return diagram.withModel(diagram.model().with(t.withRoutes(routes)));
    }
}
