package io.hopscope.io.terraform;

import io.hopscope.text.Text;
import io.hopscope.check.Severity;
import io.hopscope.io.aws.describe.AwsGateways;
import io.hopscope.io.aws.describe.AwsHybrid;
import io.hopscope.io.aws.describe.AwsSubnet;
import io.hopscope.io.aws.describe.AwsVpc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** VPCs (with their extra CIDR blocks), subnets, internet and egress-only gateways, VPN gateways and connections. */
final class TfNetworkMapper {
    private final TfContext ctx;
    /** VPC id to its IPv4 and IPv6 blocks, for the local routes of its tables. */
    final Map<String, List<String>> vpcCidrs = new LinkedHashMap<>();
    /** VPC id to its resource, for the tables, ACLs and groups AWS creates with it. */
    final Map<String, TfResource> vpcs = new LinkedHashMap<>();
    /** Subnet id to its IPv4 block, for addresses allocated at apply. */
    final Map<String, String> subnetCidrs = new LinkedHashMap<>();
    final Map<String, String> subnetZones = new LinkedHashMap<>();
    final Map<String, String> subnetVpcs = new LinkedHashMap<>();
    final Map<String, Boolean> subnetPublicIp = new LinkedHashMap<>();
    /** VPCs made elsewhere (aws_default_vpc, data.aws_vpc): their main table, default ACL and group are not in the data. */
    final java.util.Set<String> adopted = new java.util.HashSet<>();

    TfNetworkMapper(TfContext ctx) {
        this.ctx = ctx;
    }

    void map() throws TfInputException {
        Map<String, List<String>> extra = new LinkedHashMap<>();
        for (TfResource a : ctx.ofType("aws_vpc_ipv4_cidr_block_association")) {
            String vpc = ctx.ref(a, "vpc_id", TfKind.VPC);
            String cidr = ctx.text(a, "cidr_block");
            if (vpc != null && cidr != null) {
                extra.computeIfAbsent(vpc, k -> new ArrayList<>()).add(cidr);
            } else {
                ctx.note(Severity.WARNING, a, Text.of("import.tf.extraCidrAfterApply"));
            }
        }
        List<TfResource> allVpcs = new ArrayList<>(ctx.ofType("aws_vpc"));
        allVpcs.addAll(ctx.ofType("aws_default_vpc"));
        allVpcs.addAll(ctx.ofType("data.aws_vpc"));
        for (TfResource r : allVpcs) {
            String id = ctx.id(r);
            if (vpcs.containsKey(id)) {
                continue; // one default VPC adopted by several modules
            }
            if (r.type().equals("aws_default_vpc") || r.isData()) {
                adopted.add(id);
            }
            String cidr = ctx.text(r, "cidr_block");
            if (cidr == null) {
                ctx.note(Severity.ERROR, r, Text.of("import.tf.vpcCidrAfterApply"));
                continue;
            }
            List<AwsVpc.CidrAssociation> blocks = new ArrayList<>();
            List<String> all = new ArrayList<>(List.of(cidr));
            blocks.add(new AwsVpc.CidrAssociation(cidr, null));
            for (String c : extra.getOrDefault(id, List.of())) {
                blocks.add(new AwsVpc.CidrAssociation(c, null));
                all.add(c);
            }
            List<AwsVpc.Ipv6CidrAssociation> v6 = new ArrayList<>();
            String ipv6 = ctx.text(r, "ipv6_cidr_block");
            if (ipv6 != null && !ipv6.isEmpty()) {
                v6.add(new AwsVpc.Ipv6CidrAssociation(ipv6, null));
                all.add(ipv6);
            } else if (r.isUnknown("ipv6_cidr_block") && Boolean.TRUE.equals(ctx.bool(r, "assign_generated_ipv6_cidr_block"))) {
                ctx.note(Severity.WARNING, r, Text.of("import.tf.ipv6AfterApply"));
            }
            vpcCidrs.put(id, all);
            vpcs.put(id, r);
            ctx.add(new AwsVpc(id, cidr, blocks, v6, false, ctx.tags(r)), r);
        }
        subnets();
        gateways();
        vpn();
    }

    private void subnets() throws TfInputException {
        List<TfResource> all = new ArrayList<>(ctx.ofType("aws_subnet"));
        all.addAll(ctx.ofType("aws_default_subnet"));
        all.addAll(ctx.ofType("data.aws_subnet"));
        for (TfResource r : all) {
            String id = ctx.id(r);
            if (subnetCidrs.containsKey(id)) {
                continue;
            }
            String vpc = ctx.ref(r, "vpc_id", TfKind.VPC);
            if (vpc == null && r.type().equals("aws_default_subnet") && adopted.size() == 1) {
                vpc = adopted.iterator().next();
            }
            String cidr = ctx.text(r, "cidr_block");
            if (cidr == null) {
                ctx.note(Severity.ERROR, r, Text.of("import.tf.subnetCidrAfterApply"));
                continue;
            }
            if (vpc == null) {
                ctx.note(Severity.ERROR, r, Text.of("import.tf.subnetVpcAfterApply"));
                continue;
            }
            List<AwsVpc.Ipv6CidrAssociation> v6 = new ArrayList<>();
            String ipv6 = ctx.text(r, "ipv6_cidr_block");
            if (ipv6 != null && !ipv6.isEmpty()) {
                v6.add(new AwsVpc.Ipv6CidrAssociation(ipv6, null));
            }
            String zone = ctx.text(r, "availability_zone");
            subnetCidrs.put(id, cidr);
            subnetZones.put(id, zone);
            subnetVpcs.put(id, vpc);
            subnetPublicIp.put(id, Boolean.TRUE.equals(ctx.bool(r, "map_public_ip_on_launch")));
            ctx.add(new AwsSubnet(id, vpc, cidr, zone, v6, ctx.tags(r)), r);
        }
    }

    /**
     * A default subnet the data names but does not hold (an instance in the default VPC): AWS makes
     * default subnets /20 blocks, so the block holding the instance's address is the subnet; its
     * CIDR is recorded as inferred. Null when the address is in no adopted default VPC.
     */
    String inferDefaultSubnet(String subnetId, String ip, String zone, TfResource source) {
        if (subnetId == null || ip == null || subnetCidrs.containsKey(subnetId)
                || !io.hopscope.model.net.IpAddress.isValid(ip)) {
            return subnetCidrs.get(subnetId);
        }
        io.hopscope.model.net.IpAddress address = io.hopscope.model.net.IpAddress.parse(ip);
        for (String vpc : adopted) {
            io.hopscope.model.net.Cidr block = io.hopscope.model.net.Cidr.parse(vpcCidrs.get(vpc).get(0));
            if (block.isIpv4() && block.contains(address)) {
                long mask = ~((1L << 12) - 1);
                String cidr = io.hopscope.model.net.IpAddress.ofIpv4(address.lo() & mask) + "/20";
                subnetCidrs.put(subnetId, cidr);
                subnetZones.put(subnetId, zone);
                subnetVpcs.put(subnetId, vpc);
                subnetPublicIp.put(subnetId, true);
                ctx.placeholder(subnetId, "CIDR, inferred: a default subnet is the /20 of the default VPC holding "
                        + ip, cidr, source);
                ctx.add(new AwsSubnet(subnetId, vpc, cidr, zone, List.of(),
                        List.of(new io.hopscope.io.aws.describe.AwsTag("Name", "default subnet " + subnetId))), source);
                return cidr;
            }
        }
        return null;
    }

    private void gateways() throws TfInputException {
        Map<String, String> attachedIgw = new LinkedHashMap<>();
        for (TfResource a : ctx.ofType("aws_internet_gateway_attachment")) {
            attachedIgw.put(ctx.ref(a, "internet_gateway_id", TfKind.INTERNET_GATEWAY), ctx.ref(a, "vpc_id", TfKind.VPC));
        }
        for (TfResource r : ctx.ofType("aws_internet_gateway")) {
            String id = ctx.id(r);
            String vpc = ctx.ref(r, "vpc_id", TfKind.VPC);
            vpc = vpc != null ? vpc : attachedIgw.get(id);
            ctx.add(new AwsGateways.InternetGateway(id, attachment(vpc, "available"), ctx.tags(r)), r);
        }
        for (TfResource r : ctx.ofType("aws_egress_only_internet_gateway")) {
            String vpc = ctx.ref(r, "vpc_id", TfKind.VPC);
            ctx.add(new AwsGateways.EgressOnlyInternetGateway(ctx.id(r), attachment(vpc, "attached"), ctx.tags(r)), r);
        }
        Map<String, String> attachedVgw = new LinkedHashMap<>();
        for (TfResource a : ctx.ofType("aws_vpn_gateway_attachment")) {
            attachedVgw.put(ctx.ref(a, "vpn_gateway_id", TfKind.VPN_GATEWAY), ctx.ref(a, "vpc_id", TfKind.VPC));
        }
        for (TfResource r : ctx.ofType("aws_vpn_gateway")) {
            String id = ctx.id(r);
            String vpc = ctx.ref(r, "vpc_id", TfKind.VPC);
            vpc = vpc != null ? vpc : attachedVgw.get(id);
            ctx.add(new AwsGateways.VpnGateway(id, "available", attachment(vpc, "attached"), ctx.tags(r)), r);
        }
    }

    private void vpn() throws TfInputException {
        for (TfResource r : ctx.ofType("aws_customer_gateway")) {
            String asn = r.values().path("bgp_asn").isValueNode() && !r.values().path("bgp_asn").isNull()
                    ? r.values().path("bgp_asn").asText() : null;
            ctx.add(new AwsHybrid.CustomerGateway(ctx.id(r), ctx.text(r, "ip_address"), asn, "available", ctx.tags(r)), r);
        }
        Map<String, List<AwsHybrid.VpnRoute>> routes = new LinkedHashMap<>();
        for (TfResource a : ctx.ofType("aws_vpn_connection_route")) {
            String vpn = ctx.ref(a, "vpn_connection_id", TfKind.VPN_CONNECTION);
            String cidr = ctx.text(a, "destination_cidr_block");
            if (vpn != null && cidr != null) {
                routes.computeIfAbsent(vpn, k -> new ArrayList<>()).add(new AwsHybrid.VpnRoute(cidr, "Static", "available"));
            }
        }
        for (TfResource r : ctx.ofType("aws_vpn_connection")) {
            String id = ctx.id(r);
            ctx.add(new AwsHybrid.VpnConnection(id, ctx.ref(r, "customer_gateway_id", TfKind.CUSTOMER_GATEWAY),
                    ctx.ref(r, "vpn_gateway_id", TfKind.VPN_GATEWAY), ctx.ref(r, "transit_gateway_id", TfKind.TRANSIT_GATEWAY),
                    "available", new AwsHybrid.Options(ctx.bool(r, "static_routes_only")),
                    routes.getOrDefault(id, List.of()), ctx.tags(r)), r);
        }
    }

    private static List<AwsGateways.Attachment> attachment(String vpc, String state) {
        return vpc == null ? List.of() : List.of(new AwsGateways.Attachment(vpc, state));
    }
}
