package io.hopscope.edit.transit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.edit.Edit;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.TransitGatewayAttachment;

/**
 * Associates an attachment with a route table of its gateway, or with none ({@code tableId} null):
 * an attachment has at most one association, and traffic entering from it is routed by that
 * table; without one it is dropped [TGWRT].
 */
public record SetAssociationEdit(String attachmentId, String tableId) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return tableId == null ? Text.of("edit.disassociate", attachmentId) : Text.of("edit.associate", attachmentId, tableId);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        NetworkModel m = diagram.model();
        TransitGatewayAttachment a = TransitLookups.attachment(m, attachmentId);
        if (tableId != null) {
            TransitLookups.sameGateway(a, TransitLookups.table(m, tableId));
        }
        return diagram.withModel(m.with(a.withRouteTable(tableId)));
    }
}
