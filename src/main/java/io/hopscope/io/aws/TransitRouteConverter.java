package io.hopscope.io.aws;

import io.hopscope.text.Text;
import io.hopscope.io.aws.describe.AwsSnapshot;
import io.hopscope.io.aws.describe.AwsTag;
import io.hopscope.io.aws.describe.AwsTransit;
import io.hopscope.io.aws.describe.Sourced;
import io.hopscope.model.TransitGateway;
import io.hopscope.model.TransitGatewayAttachment;
import io.hopscope.model.TransitGatewayRouteTable;
import io.hopscope.model.net.Cidr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Transit gateway route tables with their propagations and static routes (rulebook 7.2), from
 * describe-transit-gateway-route-tables and Batfish's two aggregates. Propagations and routes
 * name attachments as AWS wrote them; each is resolved on the table's own transit gateway. A
 * propagation naming an attachment that is not in the snapshot is reported and skipped; a static
 * route to one is kept as a blackhole, as a VPC route to a missing target is. Peering attachments
 * never propagate [TGWPEER]. A propagated route listed among the routes (as search-transit-gateway-routes
 * prints them) counts as that attachment's propagation.
 */
final class TransitRouteConverter {
    private final AwsSnapshot snapshot;
    private final ImportContext ctx;
    private final Map<String, TransitGatewayAttachment> attachments;

    private record Table(Sourced<?> source, String id, String name, String tgw, Set<String> propagations,
                         List<TransitGatewayRouteTable.StaticRoute> routes) {
    }

    TransitRouteConverter(AwsSnapshot snapshot, ImportContext ctx, Map<String, TransitGatewayAttachment> attachments) {
        this.snapshot = snapshot;
        this.ctx = ctx;
        this.attachments = attachments;
    }

    /** Adds the tables; returns their ids. */
    Set<String> convert() {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Sourced<AwsTransit.RouteTable> s : snapshot.all(AwsTransit.RouteTable.class)) {
            AwsTransit.RouteTable t = s.value();
            String id = t.transitGatewayRouteTableId();
            if (ctx.missingId(s, "TransitGatewayRouteTableId", id) || TransitConverter.gone(t.state())
                    || tables.containsKey(id)) {
                continue;
            }
            if (ctx.get(t.transitGatewayId(), TransitGateway.class) == null) {
                ctx.error(s, "TransitGatewayId", Text.of("import.aws.transitRoute.unknownTransitGateway", t.transitGatewayId()), id);
                continue;
            }
            tables.put(id, new Table(s, id, AwsTag.nameOf(t.tags()), t.transitGatewayId(), new LinkedHashSet<>(),
                    new ArrayList<>()));
        }
        for (Sourced<AwsTransit.Propagations> s : snapshot.all(AwsTransit.Propagations.class)) {
            Table t = table(tables, s, s.value().transitGatewayRouteTableId());
            List<AwsTransit.Propagation> list = s.value().transitGatewayRouteTablePropagations();
            for (int i = 0; t != null && i < list.size(); i++) {
                AwsTransit.Propagation p = list.get(i);
                if (p.state() != null && !"enabled".equalsIgnoreCase(p.state())) {
                    continue;
                }
                propagate(t, s, "TransitGatewayRouteTablePropagations[" + i + "].TransitGatewayAttachmentId",
                        p.transitGatewayAttachmentId());
            }
        }
        for (Sourced<AwsTransit.StaticRoutes> s : snapshot.all(AwsTransit.StaticRoutes.class)) {
            Table t = table(tables, s, s.value().transitGatewayRouteTableId());
            List<AwsTransit.Route> list = s.value().routes();
            for (int i = 0; t != null && i < list.size(); i++) {
                route(t, s, "Routes[" + i + "]", list.get(i));
            }
        }
        for (Table t : tables.values()) {
            ctx.add(new TransitGatewayRouteTable(t.id, t.name, t.tgw, List.copyOf(t.propagations), t.routes), t.source);
        }
        return tables.keySet();
    }

    private Table table(Map<String, Table> tables, Sourced<?> s, String id) {
        Table t = id == null ? null : tables.get(id);
        if (t == null) {
            ctx.error(s, "TransitGatewayRouteTableId", Text.of("import.aws.transitRoute.tableUnlisted", id), id);
        }
        return t;
    }

    private void propagate(Table t, Sourced<?> s, String field, String awsId) {
        TransitGatewayAttachment a = attachments.get(TransitConverter.key(t.tgw, awsId));
        if (a == null) {
            ctx.error(s, field, Text.of("import.aws.transitRoute.propagationUnknownAttachment", awsId), t.id);
        } else if (a.type() == TransitGatewayAttachment.Type.PEERING) {
            ctx.info(s, field, Text.of("import.aws.transitRoute.peeringPropagation", awsId), t.id);
        } else {
            t.propagations.add(a.id());
        }
    }

    private void route(Table t, Sourced<?> s, String at, AwsTransit.Route r) {
        if (r.state() != null && (r.state().equals("deleted") || r.state().equals("deleting"))) {
            return;
        }
        String attachmentId = r.transitGatewayAttachments().isEmpty() ? null
                : r.transitGatewayAttachments().get(0).transitGatewayAttachmentId();
        if ("propagated".equalsIgnoreCase(r.type())) {
            if (attachmentId != null) {
                propagate(t, s, at + ".TransitGatewayAttachments[0].TransitGatewayAttachmentId", attachmentId);
            }
            return;
        }
        if (r.destinationCidrBlock() == null) {
            ctx.warning(s, at, Text.of("import.aws.transitRoute.prefixListRoute"), t.id);
            return;
        }
        Cidr cidr = ctx.cidr(s, at + ".DestinationCidrBlock", r.destinationCidrBlock(), Text.of("import.aws.then.routeSkipped"), t.id);
        if (cidr == null) {
            return;
        }
        if ("blackhole".equalsIgnoreCase(r.state()) || attachmentId == null) {
            t.routes.add(new TransitGatewayRouteTable.StaticRoute(cidr, null, true));
            return;
        }
        TransitGatewayAttachment a = attachments.get(TransitConverter.key(t.tgw, attachmentId));
        if (a == null) {
            ctx.error(s, at + ".TransitGatewayAttachments[0].TransitGatewayAttachmentId", Text.of("import.aws.transitRoute.routeUnknownAttachment", attachmentId), t.id);
            t.routes.add(new TransitGatewayRouteTable.StaticRoute(cidr, null, true));
            return;
        }
        t.routes.add(new TransitGatewayRouteTable.StaticRoute(cidr, a.id(), false));
    }
}
