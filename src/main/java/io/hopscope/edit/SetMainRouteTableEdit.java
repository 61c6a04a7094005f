package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.RouteTable;

/** Makes a route table its VPC's main table; a VPC has exactly one, so the old main one stops being main [RT]. */
public record SetMainRouteTableEdit(String routeTableId) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("edit.mainRouteTable", routeTableId);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        RouteTable chosen = Lookup.require(diagram, routeTableId, RouteTable.class, "route table");
        NetworkModel.Builder b = diagram.model().toBuilder();
        for (RouteTable t : diagram.model().routeTables()) {
            if (t.vpcId().equals(chosen.vpcId()) && t.main() != t.id().equals(routeTableId)) {
                b.put(new RouteTable(t.id(), t.name(), t.vpcId(), !t.main(), t.subnetIds(), t.routes()));
            }
        }
        return diagram.withModel(b.build());
    }
}
