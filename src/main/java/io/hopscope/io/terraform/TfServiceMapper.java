package io.hopscope.io.terraform;

import io.hopscope.text.Text;
import io.hopscope.check.Severity;
import io.hopscope.io.aws.describe.AwsNatGateway;
import io.hopscope.io.aws.describe.AwsPeeringConnection;
import io.hopscope.io.aws.describe.AwsPrefixList;
import io.hopscope.io.aws.describe.AwsRouteTable;
import io.hopscope.io.aws.describe.AwsVpcEndpoint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * NAT gateways (with their interface), VPC endpoints (gateway endpoints' prefix-list routes,
 * interface endpoints' interfaces), peering connections with their accepters, and prefix lists
 * read as data sources (the CIDRs of S3 and DynamoDB are not in a plan otherwise).
 */
final class TfServiceMapper {
    private final TfContext ctx;
    private final TfNetworkMapper net;
    private final TfInterfaces enis;
    /** Route table id to the prefix-list routes its gateway endpoints add. */
    final Map<String, List<AwsRouteTable.Route>> endpointRoutes = new LinkedHashMap<>();
    private final Set<String> prefixLists = new HashSet<>();
    private final Map<String, String> prefixListByName = new LinkedHashMap<>();

    TfServiceMapper(TfContext ctx, TfNetworkMapper net, TfInterfaces enis) {
        this.ctx = ctx;
        this.net = net;
        this.enis = enis;
    }

    void map(Map<String, String> eipAddress) throws TfInputException {
        prefixListSources();
        for (TfResource r : ctx.ofType("aws_nat_gateway")) {
            String id = ctx.id(r);
            String subnet = ctx.ref(r, "subnet_id", TfKind.SUBNET);
            String connectivity = ctx.text(r, "connectivity_type");
            boolean isPublic = connectivity == null || !connectivity.equalsIgnoreCase("private");
            String pub = ctx.text(r, "public_ip");
            if ((pub == null || pub.isEmpty()) && isPublic) {
                pub = eipAddress.get(ctx.ref(r, "allocation_id", TfKind.EIP));
            }
            TfInterfaces.Spec s = new TfInterfaces.Spec();
            s.id = ctx.derivedId(r, "network_interface_id", TfKind.NETWORK_INTERFACE, "interface");
            s.subnet = subnet;
            String ip = ctx.text(r, "private_ip");
            if (ip != null && !ip.isEmpty()) {
                s.privateIps.add(ip);
            }
            s.type = "nat_gateway";
            s.description = "Interface for NAT Gateway " + id;
            s.publicIp = pub;
            if (!enis.add(s, r)) {
                continue;
            }
            ctx.add(new AwsNatGateway(id, subnet, net.subnetVpcs.get(subnet), "available", connectivity,
                    List.of(new AwsNatGateway.Address(s.privateIps.get(0), pub, s.id, true)), ctx.tags(r)), r);
        }
        endpoints();
        peering();
    }

    private void prefixListSources() throws TfInputException {
        for (String type : List.of("data.aws_prefix_list", "data.aws_ec2_managed_prefix_list", "aws_ec2_managed_prefix_list")) {
            for (TfResource r : ctx.ofType(type)) {
                String id = ctx.id(r);
                String name = ctx.text(r, "name");
                List<String> cidrs = new ArrayList<>(ctx.texts(r, "cidr_blocks"));
                for (var e : TfValues.blocks(r.values(), "entries", r.path() + ".values")) {
                    String c = TfContext.text(e.getValue(), "cidr", e.getKey());
                    if (c != null) {
                        cidrs.add(c);
                    }
                }
                if (prefixLists.add(id)) {
                    ctx.add(new AwsPrefixList(id, name, cidrs), r);
                    if (name != null) {
                        prefixListByName.put(name, id);
                    }
                }
            }
        }
    }

    private void endpoints() throws TfInputException {
        Map<String, List<String>> extraTables = new LinkedHashMap<>();
        for (TfResource a : ctx.ofType("aws_vpc_endpoint_route_table_association")) {
            extraTables.computeIfAbsent(ctx.ref(a, "vpc_endpoint_id", TfKind.VPC_ENDPOINT), k -> new ArrayList<>())
                    .add(ctx.ref(a, "route_table_id", TfKind.ROUTE_TABLE));
        }
        Map<String, List<String>> extraSubnets = new LinkedHashMap<>();
        for (TfResource a : ctx.ofType("aws_vpc_endpoint_subnet_association")) {
            extraSubnets.computeIfAbsent(ctx.ref(a, "vpc_endpoint_id", TfKind.VPC_ENDPOINT), k -> new ArrayList<>())
                    .add(ctx.ref(a, "subnet_id", TfKind.SUBNET));
        }
        for (TfResource r : ctx.ofType("aws_vpc_endpoint")) {
            String id = ctx.id(r);
            String vpc = ctx.ref(r, "vpc_id", TfKind.VPC);
            String service = ctx.text(r, "service_name");
            String type = TfContext.first(ctx.text(r, "vpc_endpoint_type"), "Gateway");
            List<String> tables = new ArrayList<>(ctx.refs(r, "route_table_ids", TfKind.ROUTE_TABLE));
            extraTables.getOrDefault(id, List.of()).stream().filter(t -> t != null && !tables.contains(t)).forEach(tables::add);
            List<String> subnets = new ArrayList<>(ctx.refs(r, "subnet_ids", TfKind.SUBNET));
            extraSubnets.getOrDefault(id, List.of()).stream().filter(t -> t != null && !subnets.contains(t)).forEach(subnets::add);
            List<String> groups = ctx.refs(r, "security_group_ids", TfKind.SECURITY_GROUP);
            List<String> eniIds = new ArrayList<>();
            String kind = type.toLowerCase(Locale.ROOT);
            if (kind.equals("gateway")) {
                gatewayRoutes(r, id, service, tables);
            } else if (kind.equals("interface")) {
                List<String> known = ctx.texts(r, "network_interface_ids");
                for (int i = 0; i < subnets.size(); i++) {
                    TfInterfaces.Spec s = new TfInterfaces.Spec();
                    s.id = i < known.size() ? known.get(i) : "eni-" + TfIds.hash(r.text() + "#" + subnets.get(i));
                    if (i >= known.size()) {
                        ctx.placeholder(s.id, "interface id", s.id, r);
                    }
                    s.subnet = subnets.get(i);
                    s.groups = groups;
                    s.type = "vpc_endpoint";
                    s.description = "VPC Endpoint Interface " + id;
                    if (enis.add(s, r)) {
                        eniIds.add(s.id);
                    }
                }
            }
            ctx.add(new AwsVpcEndpoint(id, type, vpc, service, "available", tables, subnets, eniIds,
                    groups.stream().map(g -> new AwsVpcEndpoint.GroupRef(g, null)).toList(), ctx.tags(r)), r);
        }
    }

    /** [GWE] a gateway endpoint adds a route to its service's prefix list in each of its route tables. */
    private void gatewayRoutes(TfResource r, String id, String service, List<String> tables) throws TfInputException {
        String pl = ctx.text(r, "prefix_list_id");
        if ((pl == null || pl.isEmpty()) && service != null) {
            pl = prefixListByName.get(service);
        }
        if (pl == null || pl.isEmpty()) {
            pl = "pl-" + TfIds.hash(String.valueOf(service));
            ctx.placeholder(id, "prefix list", pl, r);
        }
        if (prefixLists.add(pl)) {
            ctx.add(new AwsPrefixList(pl, service, List.of()), r);
            ctx.note(Severity.WARNING, r, Text.of("import.tf.serviceAddresses", service));
        }
        for (String t : tables) {
            endpointRoutes.computeIfAbsent(t, k -> new ArrayList<>()).add(new AwsRouteTable.Route(null, null, pl, id,
                    null, null, null, null, null, null, null, null, null, "CreateRoute", "active"));
        }
    }

    private void peering() throws TfInputException {
        Set<String> accepted = new HashSet<>();
        for (TfResource a : ctx.ofType("aws_vpc_peering_connection_accepter")) {
            String pcx = ctx.ref(a, "vpc_peering_connection_id", TfKind.PEERING);
            if (Boolean.TRUE.equals(ctx.bool(a, "auto_accept")) || "active".equals(ctx.text(a, "accept_status"))) {
                accepted.add(pcx);
            }
        }
        for (TfResource r : ctx.ofType("aws_vpc_peering_connection")) {
            String id = ctx.id(r);
            String vpc = ctx.ref(r, "vpc_id", TfKind.VPC);
            String peer = ctx.ref(r, "peer_vpc_id", TfKind.VPC);
            String status = ctx.text(r, "accept_status");
            if (status == null || status.isEmpty()) {
                status = Boolean.TRUE.equals(ctx.bool(r, "auto_accept")) || accepted.contains(id) ? "active"
                        : "pending-acceptance";
            } else if (accepted.contains(id)) {
                status = "active";
            }
            String region = ctx.text(r, "peer_region");
            ctx.add(new AwsPeeringConnection(id, new AwsPeeringConnection.VpcInfo(vpc, ctx.region.isEmpty() ? null : ctx.region,
                    null, null), new AwsPeeringConnection.VpcInfo(peer, region, ctx.text(r, "peer_owner_id"), null),
                    new AwsPeeringConnection.Status(status, null), ctx.tags(r)), r);
        }
    }
}
