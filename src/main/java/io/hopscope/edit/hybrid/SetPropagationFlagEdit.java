package io.hopscope.edit.hybrid;

import io.hopscope.edit.EditRefusal;
import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.edit.Edit;
import io.hopscope.model.RouteTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns route propagation from one virtual private gateway on or off in a route table's
 * {@code PropagatingVgws}. Only the flag: {@link RoutePropagation} pairs it with the routes that
 * appear or go, so a person's click is one undo step.
 */
public record SetPropagationFlagEdit(String routeTableId, String vpnGatewayId, boolean on) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of(on ? "edit.propagationFlag.on" : "edit.propagationFlag.off", vpnGatewayId, routeTableId);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        RouteTable t = diagram.model().routeTable(routeTableId);
        if (t == null) {
            throw EditRefusal.gone("route table", routeTableId);
        }
        List<String> vgws = new ArrayList<>(t.propagatingVgwIds());
        if (on == vgws.contains(vpnGatewayId)) {
            throw EditRefusal.of(on ? "edit.refusal.vgw.propagates" : "edit.refusal.vgw.notPropagating", routeTableId, vpnGatewayId);
        }
        if (on) {
            vgws.add(vpnGatewayId);
        } else {
            vgws.remove(vpnGatewayId);
        }
        return diagram.withModel(diagram.model().with(t.withPropagatingVgwIds(vgws)));
    }
}
