package io.hopscope.edit.transit;

import io.hopscope.edit.EditRefusal;
import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.edit.Edit;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.TransitGatewayRouteTable;
import java.util.List;

/** Adds an empty route table to a transit gateway: no association, no propagation, no route [TGWRT]. */
public record AddTransitRouteTableEdit(String tableId, String name, String transitGatewayId) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("edit.tgwRouteTable.add", name == null || name.isEmpty() ? tableId : name, transitGatewayId);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        NetworkModel m = diagram.model();
        TransitLookups.gateway(m, transitGatewayId);
        if (m.find(tableId).isPresent()) {
            throw EditRefusal.of("edit.refusal.exists", tableId);
        }
        return diagram.withModel(m.with(new TransitGatewayRouteTable(tableId, name, transitGatewayId, List.of(), List.of())));
    }
}
