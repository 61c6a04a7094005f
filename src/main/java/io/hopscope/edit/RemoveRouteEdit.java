package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;

import java.util.List;

/** Deletes the route for one destination, e.g. a blackhole that shadows a working, less specific route [RT]. */
public record RemoveRouteEdit(String routeTableId, String destination) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("fix.route.delete", destination, routeTableId);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        RouteTable t = diagram.model().routeTable(routeTableId);
        if (t == null) {
            throw EditRefusal.gone("route table", routeTableId);
        }
        List<Route> kept = t.routes().stream().filter(r -> !r.destinationText().equals(destination)).toList();
        if (kept.size() == t.routes().size()) {
            throw new EditRefusal(Text.of("edit.refusal.noRoute", routeTableId, String.valueOf(destination)));
        }
        return diagram.withModel(diagram.model().with(t.withRoutes(kept)));
    }
}
