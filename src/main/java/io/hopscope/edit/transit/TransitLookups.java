package io.hopscope.edit.transit;

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
                .orElseThrow(() -> new IllegalStateException("transit gateway " + id + " no longer exists"));
    }

    static TransitGatewayAttachment attachment(NetworkModel m, String id) {
        return m.transitAttachments().stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("attachment " + id + " does not exist"));
    }

    static TransitGatewayRouteTable table(NetworkModel m, String id) {
        return m.transitRouteTables().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("transit gateway route table " + id + " no longer exists"));
    }

    /** An attachment may only be associated with, propagate into or be routed to by its own gateway's tables. */
    static void sameGateway(TransitGatewayAttachment a, TransitGatewayRouteTable t) {
        if (!a.transitGatewayId().equals(t.transitGatewayId())) {
            throw new IllegalArgumentException(a.id() + " belongs to " + a.transitGatewayId() + ", not to "
                    + t.transitGatewayId() + " of " + t.id());
        }
    }
}
