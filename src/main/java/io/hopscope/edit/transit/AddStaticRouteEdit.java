package io.hopscope.edit.transit;

import io.hopscope.edit.EditRefusal;
import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.edit.Edit;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.TransitGatewayRouteTable;
import io.hopscope.model.TransitGatewayRouteTable.StaticRoute;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds a static route to a transit gateway route table: to an attachment of the same gateway, or
 * a blackhole (no attachment). A table holds one static route per destination [TGWRT].
 */
public record AddStaticRouteEdit(String tableId, StaticRoute route) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("edit.tgwRoute.add", String.valueOf(route.text()), tableId);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        NetworkModel m = diagram.model();
        TransitGatewayRouteTable t = TransitLookups.table(m, tableId);
        if (!route.blackhole()) {
            TransitLookups.sameGateway(TransitLookups.attachment(m, route.attachmentId()), t);
        }
        if (t.staticRoutes().stream().anyMatch(r -> r.destination().equals(route.destination()))) {
            throw EditRefusal.invalid("edit.refusal.tgw.staticRouteExists", t.label(), route.destination());
        }
        List<StaticRoute> routes = new ArrayList<>(t.staticRoutes());
        routes.add(route);
        return diagram.withModel(m.with(new TransitGatewayRouteTable(t.id(), t.name(), t.transitGatewayId(),
                t.propagations(), routes)));
    }
}
