package io.hopscope.io.terraform;

import io.hopscope.text.Text;
import com.fasterxml.jackson.databind.JsonNode;
import io.hopscope.check.Severity;
import io.hopscope.io.aws.describe.AwsRouteTable;
import io.hopscope.io.aws.describe.AwsTag;
import io.hopscope.model.UnknownRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Route tables: the main table AWS gives each new VPC, aws_route_table (inline routes),
 * aws_default_route_table, aws_route, the associations (explicit and main), VGW propagation and the
 * prefix-list routes of gateway endpoints. Every table gets its VPC's local routes, as in AWS.
 */
final class TfRouteTableMapper {
    /** Terraform's target attribute, then the describe field the converter reads it from. */
    private static final String[][] TARGETS = {
        {"gateway_id", "gateway"}, {"vpc_endpoint_id", "gateway"}, {"egress_only_gateway_id", "eigw"},
        {"nat_gateway_id", "nat"}, {"vpc_peering_connection_id", "pcx"}, {"transit_gateway_id", "tgw"},
        {"network_interface_id", "eni"}, {"instance_id", "instance"}, {"carrier_gateway_id", "carrier"},
        {"local_gateway_id", "local"}, {"core_network_arn", "core"}};

    private final TfContext ctx;
    private final TfNetworkMapper net;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final java.util.Set<String> separate = new java.util.HashSet<>();

    private static final class Table {
        String vpc;
        boolean main;
        List<AwsTag> tags = List.of();
        TfResource source;
        final Set<String> subnets = new LinkedHashSet<>();
        final List<AwsRouteTable.Route> routes = new ArrayList<>();
        final List<AwsRouteTable.PropagatingVgw> vgws = new ArrayList<>();
    }

    TfRouteTableMapper(TfContext ctx, TfNetworkMapper net) {
        this.ctx = ctx;
        this.net = net;
    }

    void map(Map<String, List<AwsRouteTable.Route>> endpointRoutes) throws TfInputException {
        for (Map.Entry<String, TfResource> v : net.vpcs.entrySet()) {
            Table t = table(ctx.idAs(v.getValue(), TfKind.ROUTE_TABLE), v.getValue());
            t.vpc = v.getKey();
            t.main = true;
            t.tags = List.of(new AwsTag("Name", "main (" + v.getValue().text() + ")"));
            if (net.adopted.contains(v.getKey())) {
                ctx.unknownRules(ctx.idAs(v.getValue(), TfKind.ROUTE_TABLE), UnknownRules.Side.ROUTES, v.getValue(),
                        "the VPC is made outside this configuration; its main route table is not in the data");
            }
        }
        for (TfResource r : ctx.ofType("aws_route")) {
            separate.add(ctx.ref(r, "route_table_id", TfKind.ROUTE_TABLE));
        }
        for (String type : List.of("aws_default_route_table", "aws_route_table")) {
            for (TfResource r : ctx.ofType(type)) {
                inline(r, type.equals("aws_default_route_table"));
            }
        }
        for (TfResource r : ctx.ofType("aws_route")) {
            String id = ctx.ref(r, "route_table_id", TfKind.ROUTE_TABLE);
            if (id == null) {
                ctx.note(Severity.ERROR, r, Text.of("import.tf.unresolved.routeSkipped", "route_table_id"));
                continue;
            }
            AwsRouteTable.Route route = route(r, r.values(), r.path() + ".values", "destination_cidr_block",
                    "destination_ipv6_cidr_block");
            if (route == null) {
                ctx.unknownRules(id, UnknownRules.Side.ROUTES, r, "the route's destination or target is known after apply");
            } else {
                table(id, r).routes.add(route);
            }
        }
        for (TfResource r : ctx.ofType("aws_route_table_association")) {
            String subnet = ctx.ref(r, "subnet_id", TfKind.SUBNET);
            String id = ctx.ref(r, "route_table_id", TfKind.ROUTE_TABLE);
            if (subnet == null && ctx.text(r, "gateway_id") != null) {
                ctx.note(Severity.INFO, r, Text.of("import.tf.edgeAssociation"));
            } else if (subnet == null || id == null) {
                ctx.note(Severity.ERROR, r, Text.of("import.tf.unresolved2.associationSkipped", "subnet_id", "route_table_id"));
            } else {
                tables.values().forEach(t -> t.subnets.remove(subnet));
                table(id, r).subnets.add(subnet);
            }
        }
        for (TfResource r : ctx.ofType("aws_main_route_table_association")) {
            String vpc = ctx.ref(r, "vpc_id", TfKind.VPC);
            String id = ctx.ref(r, "route_table_id", TfKind.ROUTE_TABLE);
            if (vpc == null || id == null) {
                ctx.note(Severity.ERROR, r, Text.of("import.tf.unresolved2.skipped", "vpc_id", "route_table_id"));
                continue;
            }
            tables.values().stream().filter(t -> vpc.equals(t.vpc)).forEach(t -> t.main = false);
            table(id, r).main = true;
        }
        for (TfResource r : ctx.ofType("aws_vpn_gateway_route_propagation")) {
            String id = ctx.ref(r, "route_table_id", TfKind.ROUTE_TABLE);
            String vgw = ctx.ref(r, "vpn_gateway_id", TfKind.VPN_GATEWAY);
            if (id != null && vgw != null) {
                table(id, r).vgws.add(new AwsRouteTable.PropagatingVgw(vgw));
            }
        }
        endpointRoutes.forEach((id, routes) -> {
            Table t = tables.get(id);
            if (t != null) {
                t.routes.addAll(routes);
            }
        });
        for (Map.Entry<String, Table> e : tables.entrySet()) {
            Table t = e.getValue();
            List<AwsRouteTable.Route> routes = new ArrayList<>();
            for (String cidr : net.vpcCidrs.getOrDefault(t.vpc, List.of())) {
                boolean v6 = cidr.contains(":");
                routes.add(new AwsRouteTable.Route(v6 ? null : cidr, v6 ? cidr : null, null, "local", null, null, null,
                        null, null, null, null, null, null, "CreateRouteTable", "active"));
            }
            routes.addAll(t.routes);
            List<AwsRouteTable.Association> assoc = new ArrayList<>();
            if (t.main) {
                assoc.add(new AwsRouteTable.Association(true, null, null));
            }
            t.subnets.forEach(s -> assoc.add(new AwsRouteTable.Association(false, s, null)));
            ctx.add(new AwsRouteTable(e.getKey(), t.vpc, assoc, routes, t.vgws, t.tags), t.source);
        }
    }

    private Table table(String id, TfResource source) {
        return tables.computeIfAbsent(id, k -> {
            Table t = new Table();
            t.source = source;
            return t;
        });
    }

    private void inline(TfResource r, boolean isDefault) throws TfInputException {
        String id;
        if (isDefault) {
            id = ctx.ref(r, "default_route_table_id", TfKind.ROUTE_TABLE);
            if (id == null) {
                ctx.note(Severity.ERROR, r, Text.of("import.tf.unresolved.skipped", "default_route_table_id"));
                return;
            }
        } else {
            id = ctx.id(r);
        }
        Table t = table(id, r);
        t.source = r;
        if (t.vpc == null) {
            t.vpc = ctx.ref(r, "vpc_id", TfKind.VPC);
        }
        t.tags = ctx.tags(r);
        t.routes.clear();
        for (String vgw : ctx.refs(r, "propagating_vgws", TfKind.VPN_GATEWAY)) {
            t.vgws.add(new AwsRouteTable.PropagatingVgw(vgw));
        }
        if (r.isUnknown("route") || TfRuleSets.masksUnknown(r.unknown().get("route"))) {
            if (TfRuleSets.inlineUnused(ctx, r, "route", separate.contains(id))) {
                return;
            }
            ctx.unknownRules(id, UnknownRules.Side.ROUTES, r, "\"route\" is known after apply");
            return;
        }
        for (Map.Entry<String, JsonNode> b : TfValues.blocks(r.values(), "route", r.path() + ".values")) {
            AwsRouteTable.Route route = route(null, b.getValue(), b.getKey(), "cidr_block", "ipv6_cidr_block");
            if (route == null) {
                ctx.unknownRules(id, UnknownRules.Side.ROUTES, r, "a route's target is known after apply");
            } else {
                t.routes.add(route);
            }
        }
    }

    /** One route; null when its destination or target is known only after apply and the configuration does not say. */
    private AwsRouteTable.Route route(TfResource r, JsonNode o, String at, String v4Field, String v6Field)
            throws TfInputException {
        String v4 = blank(TfContext.text(o, v4Field, at));
        String v6 = blank(TfContext.text(o, v6Field, at));
        String pl = blank(TfContext.text(o, "destination_prefix_list_id", at));
        if (v4 == null && v6 == null && pl == null) {
            return null;
        }
        Map<String, String> target = new LinkedHashMap<>();
        for (String[] t : TARGETS) {
            String v = blank(TfContext.text(o, t[0], at));
            if (v == null && r != null && r.isUnknown(t[0]) && ctx.config.sets(r, t[0])) {
                List<TfResource> refs = ctx.config.targets(r, t[0]);
                v = refs.isEmpty() ? null : ctx.id(refs.get(0));
            }
            if (v != null) {
                target.put(t[1], v);
            }
        }
        if (target.isEmpty()) {
            return null;
        }
        return new AwsRouteTable.Route(v4, v6, pl, target.get("gateway"), target.get("eigw"), target.get("nat"),
                target.get("pcx"), target.get("tgw"), target.get("eni"), target.get("instance"), target.get("carrier"),
                target.get("local"), target.get("core"), "CreateRoute", "active");
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
