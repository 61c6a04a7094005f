package io.hopscope.edit.transit;

import io.hopscope.edit.EditRefusal;
import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.edit.Edit;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.TransitGatewayRouteTable;
import io.hopscope.model.TransitGatewayRouteTable.StaticRoute;
import io.hopscope.model.net.Cidr;
import java.util.ArrayList;
import java.util.List;

/** Removes the static route for {@code destination} from a transit gateway route table. */
public record RemoveStaticRouteEdit(String tableId, Cidr destination) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("edit.tgwRoute.remove", String.valueOf(destination), tableId);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        NetworkModel m = diagram.model();
        TransitGatewayRouteTable t = TransitLookups.table(m, tableId);
        List<StaticRoute> routes = new ArrayList<>(t.staticRoutes());
        if (!routes.removeIf(r -> r.destination().equals(destination))) {
            throw EditRefusal.of("edit.refusal.tgw.noStaticRoute", tableId, destination);
        }
        return diagram.withModel(m.with(new TransitGatewayRouteTable(t.id(), t.name(), t.transitGatewayId(),
                t.propagations(), routes)));
    }
}
