package io.hopscope.edit.transit;

import io.hopscope.edit.EditRefusal;
import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.edit.Edit;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.TransitGatewayAttachment;
import io.hopscope.model.TransitGatewayRouteTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an attachment's propagation into a route table on or off. A peering attachment cannot
 * propagate: peered gateways need static routes [TGWPEER].
 */
public record SetPropagationEdit(String tableId, String attachmentId, boolean propagate) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of(propagate ? "edit.tgwPropagation.on" : "edit.tgwPropagation.off", attachmentId, tableId);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        NetworkModel m = diagram.model();
        TransitGatewayRouteTable t = TransitLookups.table(m, tableId);
        TransitGatewayAttachment a = TransitLookups.attachment(m, attachmentId);
        TransitLookups.sameGateway(a, t);
        if (propagate && a.type() == TransitGatewayAttachment.Type.PEERING) {
            throw EditRefusal.invalid("edit.refusal.tgw.peeringPropagates");
        }
        List<String> propagations = new ArrayList<>(t.propagations());
        if (propagate == propagations.contains(attachmentId)) {
            throw EditRefusal.of(propagate ? "edit.refusal.tgw.propagates" : "edit.refusal.tgw.notPropagating",
                    attachmentId, tableId);
        }
        if (propagate) {
            propagations.add(attachmentId);
        } else {
            propagations.remove(attachmentId);
        }
        return diagram.withModel(m.with(new TransitGatewayRouteTable(t.id(), t.name(), t.transitGatewayId(),
                propagations, t.staticRoutes())));
    }
}
