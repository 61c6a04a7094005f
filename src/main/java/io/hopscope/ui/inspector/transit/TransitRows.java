package io.hopscope.ui.inspector.transit;

import io.hopscope.model.NetworkModel;
import io.hopscope.model.TransitGatewayAttachment;
import io.hopscope.model.TransitGatewayRouteTable;

/** The rows and choices the transit gateway panel shows; plain values, rebuilt after every edit. */
public final class TransitRows {

    private TransitRows() {
    }

    /** An entry of a pick list: the id an edit uses and what a person reads. */
    public record Pick(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * One attachment of the gateway: what it joins, through which subnets, its table, and for a VPC
     * attachment ({@code vpc}) whether it allows security group references [TGWSGR].
     */
    public record Attachment(String id, String label, String joins, String subnets, String table, String state,
                             boolean vpc, boolean groupReferencing) {
    }

    /** The rows of a gateway's attachments; {@code noTable} is what an unassociated one shows. */
    static java.util.List<Attachment> attachments(NetworkModel m, String gatewayId, String noTable) {
        java.util.List<Attachment> rows = new java.util.ArrayList<>();
        for (TransitGatewayAttachment a : m.transitAttachments()) {
            if (gatewayId.equals(a.transitGatewayId())) {
                String table = a.routeTableId() == null ? noTable : label(m, a.routeTableId());
                java.util.List<String> subnets = a.subnetIds().stream().map(id -> label(m, id)).toList();
                rows.add(new Attachment(a.id(), a.label(), a.type().wireName() + " " + label(m, a.resourceId()),
                        String.join(", ", subnets), table, a.state(), a.type() == TransitGatewayAttachment.Type.VPC,
                        a.securityGroupReferencing()));
            }
        }
        return rows;
    }

    /** How each of the gateway's attachments stands with table {@code t}. */
    static java.util.List<Membership> memberships(NetworkModel m, String gatewayId, TransitGatewayRouteTable t) {
        return m.transitAttachments().stream().filter(a -> gatewayId.equals(a.transitGatewayId()))
                .map(a -> new Membership(a.id(), a.label(), t.id().equals(a.routeTableId()), t.propagations().contains(a.id())))
                .toList();
    }

    /** Table {@code t}'s static routes; a blackhole one reads {@code blackhole}. */
    static java.util.List<StaticRoute> staticRoutes(NetworkModel m, TransitGatewayRouteTable t, String blackhole) {
        return t.staticRoutes().stream().map(r -> new StaticRoute(r.destination().toString(),
                r.blackhole() ? blackhole : label(m, r.attachmentId()), r.blackhole())).toList();
    }

    static String label(NetworkModel m, String id) {
        return id == null ? "" : m.find(id).map(r -> r.label()).orElse(id);
    }

    /** One attachment as the selected route table sees it: associated with it, propagating into it. */
    public record Membership(String attachmentId, String label, boolean associated, boolean propagates) {
    }

    /** One static route of the selected table; {@code target} is the attachment or "blackhole". */
    public record StaticRoute(String destination, String target, boolean blackhole) {
    }

    /** The subnets of one Availability Zone a VPC attachment may use; the first is the default. */
    public record Zone(String zone, java.util.List<Pick> subnets) {
    }
}
