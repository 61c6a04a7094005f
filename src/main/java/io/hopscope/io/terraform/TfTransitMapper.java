package io.hopscope.io.terraform;

import io.hopscope.text.Text;
import io.hopscope.io.aws.describe.AwsTag;
import io.hopscope.io.aws.describe.AwsTransit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Transit gateways (rulebook 7): the gateway and the default route table AWS creates with it, route
 * tables, VPC, VPN and peering attachments, static routes, associations and propagations, written as
 * the describe records (and Batfish's per-table aggregates) the live import reads. [TGW] With the
 * gateway's default association or propagation enabled (both are by default), each attachment is
 * associated with (propagates to) the default table unless the VPC attachment turns it off;
 * an explicit {@code aws_ec2_transit_gateway_route_table_association} replaces the default one, as an
 * attachment has one association. Peering attachments never propagate (AWS forbids it).
 */
final class TfTransitMapper {
    private static final String ATTACHMENT_KEY = "transit_gateway_attachment_id";
    private final TfContext ctx;
    /** Per gateway: {default association table or null, default propagation table or null}. */
    private final Map<String, String[]> defaults = new LinkedHashMap<>();
    private final Set<String> tables = new LinkedHashSet<>();
    private final Map<String, String[]> attachments = new LinkedHashMap<>();
    private final Map<String, List<AwsTransit.Propagation>> propagations = new LinkedHashMap<>();
    private final Map<String, List<AwsTransit.Route>> routes = new LinkedHashMap<>();

    TfTransitMapper(TfContext ctx) {
        this.ctx = ctx;
    }

    void map() throws TfInputException {
        if (ctx.ofType("aws_ec2_transit_gateway").isEmpty()) {
            return;
        }
        for (TfResource r : ctx.ofType("aws_ec2_transit_gateway")) {
            gateway(r);
        }
        for (TfResource r : ctx.ofType("aws_ec2_transit_gateway_route_table")) {
            String id = ctx.id(r);
            if (tables.add(id)) {
                ctx.add(new AwsTransit.RouteTable(id, ctx.ref(r, "transit_gateway_id", TfKind.TRANSIT_GATEWAY), "available",
                        ctx.tags(r)), r);
            }
        }
        Map<String, String> associated = new LinkedHashMap<>();
        for (TfResource r : ctx.ofType("aws_ec2_transit_gateway_route_table_association")) {
            associated.put(attachment(r), ctx.ref(r, "transit_gateway_route_table_id", TfKind.TRANSIT_GATEWAY_ROUTE_TABLE));
        }
        vpcAttachments(associated);
        peeringAttachments(associated);
        vpnAttachments(associated);
        for (TfResource r : ctx.ofType("aws_ec2_transit_gateway_route_table_propagation")) {
            String table = table(r);
            if (table != null) {
                propagate(table, attachment(r));
            }
        }
        for (TfResource r : ctx.ofType("aws_ec2_transit_gateway_route")) {
            String table = table(r);
            String att = attachment(r);
            if (table == null) {
                continue;
            }
            boolean blackhole = Boolean.TRUE.equals(ctx.bool(r, "blackhole")) || att == null;
            String[] a = att == null ? null : attachments.get(att);
            routes.computeIfAbsent(table, k -> new ArrayList<>()).add(new AwsTransit.Route(
                    ctx.text(r, "destination_cidr_block"), null, "static", blackhole ? "blackhole" : "active",
                    blackhole ? List.of() : List.of(new AwsTransit.RouteAttachment(att, a == null ? null : a[0],
                            a == null ? null : a[1]))));
            tables.add(table);
        }
        TfResource first = ctx.ofType("aws_ec2_transit_gateway").get(0);
        for (String table : tables) {
            ctx.add(new AwsTransit.Propagations(table, propagations.getOrDefault(table, List.of())), first);
            ctx.add(new AwsTransit.StaticRoutes(table, routes.getOrDefault(table, List.of())), first);
        }
    }

    private void gateway(TfResource r) throws TfInputException {
        String id = ctx.id(r);
        boolean assoc = !"disable".equals(ctx.text(r, "default_route_table_association"));
        boolean prop = !"disable".equals(ctx.text(r, "default_route_table_propagation"));
        String sgRefs = TfContext.first(ctx.text(r, "security_group_referencing_support"), "disable");
        ctx.add(new AwsTransit.TransitGateway(id, "available", null,
                new AwsTransit.TgwOptions(sgRefs, null), ctx.tags(r)), r);
        String table = null;
        if (assoc || prop) {
            // [TGW] AWS creates the default route table when either default is enabled.
            String known = ctx.text(r, "association_default_route_table_id");
            table = known != null && !known.isEmpty() ? known
                    : ctx.derivedId(r, "propagation_default_route_table_id", TfKind.TRANSIT_GATEWAY_ROUTE_TABLE,
                    "default route table");
            if (tables.add(table)) {
                ctx.add(new AwsTransit.RouteTable(table, id, "available",
                        List.of(new AwsTag("Name", AwsTag.nameOf(ctx.tags(r)) + " default"))), r);
            }
        }
        defaults.put(id, new String[] {assoc ? table : null, prop ? table : null});
    }

    private void vpcAttachments(Map<String, String> associated) throws TfInputException {
        for (TfResource r : ctx.ofType("aws_ec2_transit_gateway_vpc_attachment")) {
            String id = ctx.id(r);
            String tgw = ctx.ref(r, "transit_gateway_id", TfKind.TRANSIT_GATEWAY);
            String vpc = ctx.ref(r, "vpc_id", TfKind.VPC);
            ctx.add(new AwsTransit.VpcAttachment(id, tgw, vpc, "available", ctx.refs(r, "subnet_ids", TfKind.SUBNET), null,
                    new AwsTransit.TgwOptions(ctx.text(r, "security_group_referencing_support"),
                            ctx.text(r, "appliance_mode_support")), ctx.tags(r)), r);
            boolean assoc = !Boolean.FALSE.equals(ctx.bool(r, "transit_gateway_default_route_table_association"));
            boolean prop = !Boolean.FALSE.equals(ctx.bool(r, "transit_gateway_default_route_table_propagation"));
            attach(r, id, tgw, "vpc", vpc, associated, assoc, prop);
        }
    }

    private void peeringAttachments(Map<String, String> associated) throws TfInputException {
        Map<String, TfResource> accepters = new LinkedHashMap<>();
        for (TfResource a : ctx.ofType("aws_ec2_transit_gateway_peering_attachment_accepter")) {
            accepters.put(attachment(a), a);
        }
        for (TfResource r : ctx.ofType("aws_ec2_transit_gateway_peering_attachment")) {
            String id = ctx.id(r);
            String tgw = ctx.ref(r, "transit_gateway_id", TfKind.TRANSIT_GATEWAY);
            String peer = ctx.ref(r, "peer_transit_gateway_id", TfKind.TRANSIT_GATEWAY);
            TfResource accepter = accepters.get(id);
            // Until the other side accepts, the attachment carries nothing (rulebook 7.6).
            String state = accepter != null || defaults.containsKey(peer) ? "available" : "pendingAcceptance";
            ctx.add(new AwsTransit.PeeringAttachment(id, null, new AwsTransit.TgwInfo(tgw, null, ctx.region),
                    new AwsTransit.TgwInfo(peer, ctx.text(r, "peer_account_id"),
                            TfContext.first(ctx.text(r, "peer_region"), ctx.region)), state, ctx.tags(r)), r);
            attach(r, id, tgw, "peering", peer, associated, true, false);
            if (accepter != null && defaults.containsKey(peer)) {
                attach(accepter, id, peer, "peering", tgw, associated, true, false);
            }
        }
    }

    private void vpnAttachments(Map<String, String> associated) throws TfInputException {
        for (TfResource r : ctx.ofType("aws_vpn_connection")) {
            String tgw = ctx.ref(r, "transit_gateway_id", TfKind.TRANSIT_GATEWAY);
            if (tgw == null || tgw.isEmpty()) {
                continue;
            }
            String id = ctx.derivedId(r, ATTACHMENT_KEY, TfKind.TRANSIT_GATEWAY_ATTACHMENT, "transit gateway attachment");
            attach(r, id, tgw, "vpn", ctx.id(r), associated, true, true);
        }
    }

    private void attach(TfResource r, String id, String tgw, String type, String resource, Map<String, String> associated,
                        boolean defaultAssociation, boolean defaultPropagation) throws TfInputException {
        String[] d = defaults.getOrDefault(tgw, new String[2]);
        String table = associated.containsKey(id) ? associated.get(id) : defaultAssociation ? d[0] : null;
        ctx.add(new AwsTransit.Attachment(id, tgw, type, resource, "available", null,
                table == null ? null : new AwsTransit.Association(table, "associated"), ctx.tags(r)), r);
        attachments.put(id, new String[] {resource, type});
        if (defaultPropagation && d[1] != null) {
            propagate(d[1], id);
        }
    }

    private void propagate(String table, String attachment) {
        String[] a = attachments.get(attachment);
        List<AwsTransit.Propagation> list = propagations.computeIfAbsent(table, k -> new ArrayList<>());
        if (list.stream().noneMatch(p -> p.transitGatewayAttachmentId().equals(attachment))) {
            list.add(new AwsTransit.Propagation(attachment, a == null ? null : a[0], a == null ? null : a[1], "enabled"));
        }
        tables.add(table);
    }

    /** The route table a route or propagation names; null, with a note, when the plan does not say which. */
    private String table(TfResource r) throws TfInputException {
        String t = ctx.ref(r, "transit_gateway_route_table_id", TfKind.TRANSIT_GATEWAY_ROUTE_TABLE);
        if (t == null || t.isEmpty()) {
            ctx.note(io.hopscope.check.Severity.WARNING, r, Text.of("import.tf.noTgwRouteTable"));
            return null;
        }
        return t;
    }

    private String attachment(TfResource r) throws TfInputException {
        return ctx.ref(r, ATTACHMENT_KEY, TfKind.TRANSIT_GATEWAY_ATTACHMENT);
    }
}
