package io.hopscope.edit;

import io.hopscope.model.NetworkModel;
import io.hopscope.model.TransitGatewayAttachment;
import io.hopscope.model.TransitGatewayRouteTable;
import io.hopscope.model.TransitGatewayRouteTable.StaticRoute;
import java.util.List;
import java.util.Set;

/**
 * What a delete takes with it among transit gateways, and the references it clears (rulebook 7).
 * A gateway takes its attachments and route tables: AWS refuses to delete a gateway that still has
 * attachments ("You need to delete all attachments before you can delete a transit gateway" [TGWDEL]),
 * and a drawing does the same steps as one edit. An attachment goes with the VPC, VPN connection,
 * Direct Connect gateway or peer gateway it joins, with both sides of a peering (either owner deletes
 * the one peering [TGWPEERDEL]), and when none of its subnets is left.
 * <p>
 * A deleted attachment leaves its associations and propagations (the routes it propagated are
 * derived, so they go too). Static routes that pointed at it are kept as blackhole routes: AWS does
 * not refuse the delete, and a static route whose attachment is gone stays in the table in state
 * {@code blackhole} ("the route's target isn't available", TransitGatewayRoute.State [EC2API]).
 * When only an attachment goes, subnet routes {@code -> tgw-…} stay: with no attachment in that VPC the trace drops them
 * at the gateway ({@code not-attached}), as AWS does with a route to a gateway the VPC is not attached to.
 */
public final class TransitCascade {

    private TransitCascade() {
    }

    /** Adds to {@code all} what the deleted ids take with them; the caller repeats until nothing grows. */
    public static void grow(NetworkModel model, Set<String> all) {
        for (TransitGatewayRouteTable t : model.transitRouteTables()) {
            if (all.contains(t.transitGatewayId())) {
                all.add(t.id());
            }
        }
        for (TransitGatewayAttachment a : model.transitAttachments()) {
            boolean noSubnetLeft = a.type() == TransitGatewayAttachment.Type.VPC && !a.subnetIds().isEmpty()
                    && all.containsAll(a.subnetIds());
            boolean peerGone = a.peerAttachmentId() != null && all.contains(a.peerAttachmentId());
            if (all.contains(a.transitGatewayId()) || all.contains(a.resourceId()) || noSubnetLeft || peerGone) {
                all.add(a.id());
            }
            if (all.contains(a.id()) && a.peerAttachmentId() != null && model.find(a.peerAttachmentId()).isPresent()) {
                all.add(a.peerAttachmentId());
            }
        }
        for (TransitGatewayAttachment a : model.transitAttachments()) {
            // The other side of a peering names this one only from its own record.
            if (a.peerAttachmentId() == null && a.type() == TransitGatewayAttachment.Type.PEERING
                    && model.transitAttachments().stream().anyMatch(o -> a.id().equals(o.peerAttachmentId()) && all.contains(o.id()))) {
                all.add(a.id());
            }
        }
    }

    /** Clears every reference to a deleted id from the transit resources left. */
    public static void clear(NetworkModel.Builder b, Set<String> gone) {
        b.mapAll(TransitGatewayAttachment.class, a -> {
            TransitGatewayAttachment kept = a.routeTableId() != null && gone.contains(a.routeTableId()) ? a.withRouteTable(null) : a;
            return kept.subnetIds().stream().anyMatch(gone::contains)
                    ? kept.withSubnets(kept.subnetIds().stream().filter(id -> !gone.contains(id)).toList()) : kept;
        });
        b.mapAll(TransitGatewayRouteTable.class, t -> {
            if (t.propagations().stream().noneMatch(gone::contains)
                    && t.staticRoutes().stream().noneMatch(r -> r.attachmentId() != null && gone.contains(r.attachmentId()))) {
                return t;
            }
            List<String> propagations = t.propagations().stream().filter(id -> !gone.contains(id)).toList();
            List<StaticRoute> routes = t.staticRoutes().stream()
                    .map(r -> r.attachmentId() != null && gone.contains(r.attachmentId())
                            ? new StaticRoute(r.destination(), null, true) : r)
                    .toList();
            return new TransitGatewayRouteTable(t.id(), t.name(), t.transitGatewayId(), propagations, routes);
        });
    }
}
