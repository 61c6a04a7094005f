package io.hopscope.edit.transit;

import io.hopscope.edit.EditRefusal;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.TransitGateway;
import io.hopscope.model.TransitGatewayAttachment;
import io.hopscope.model.TransitGatewayRouteTable;

/** Finds the transit resources an edit names, or says which one is gone. */
final class TransitLookups {

    private TransitLookups() {
    }

    static TransitGateway gateway(NetworkModel m, String id) {
        return m.transitGateways().stream().filter(g -> g.id().equals(id)).findFirst()
                .orElseThrow(() -> EditRefusal.gone("transit gateway", id));
    }

    static TransitGatewayAttachment attachment(NetworkModel m, String id) {
        return m.transitAttachments().stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> EditRefusal.of("edit.refusal.tgw.noAttachment", id));
    }

    static TransitGatewayRouteTable table(NetworkModel m, String id) {
        return m.transitRouteTables().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> EditRefusal.gone("transit gateway route table", id));
    }

    /** An attachment may only be associated with, propagate into or be routed to by its own gateway's tables. */
    static void sameGateway(TransitGatewayAttachment a, TransitGatewayRouteTable t) {
        if (!a.transitGatewayId().equals(t.transitGatewayId())) {
            throw EditRefusal.invalid("edit.refusal.tgw.otherGateway", a.id(), a.transitGatewayId(), t.transitGatewayId(), t.id());
        }
    }
}
