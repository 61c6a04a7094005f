package io.hopscope.io.aws;

import io.hopscope.text.Text;
import io.hopscope.io.aws.describe.AwsNatGateway;
import io.hopscope.io.aws.describe.AwsPeeringConnection;
import io.hopscope.io.aws.describe.AwsPrefixList;
import io.hopscope.io.aws.describe.AwsRouteTable;
import io.hopscope.io.aws.describe.AwsSnapshot;
import io.hopscope.io.aws.describe.AwsTag;
import io.hopscope.io.aws.describe.AwsVpcEndpoint;
import io.hopscope.io.aws.describe.Sourced;
import io.hopscope.model.EndpointType;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.ExternalKind;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.PrefixList;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpcEndpoint;
import io.hopscope.model.VpcPeeringConnection;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Prefix lists (and the AWS services behind them), NAT gateways, peering connections, VPC endpoints. */
final class ServiceConverter {

    /** [GWE] AWS-managed prefix lists of the gateway-endpoint services: com.amazonaws.REGION.s3 / .dynamodb. */
    private static final Pattern SERVICE_LIST = Pattern.compile("^com\\.amazonaws\\.([a-z0-9-]+)\\.(s3|dynamodb)$");

    private final AwsSnapshot snapshot;
    private final ImportContext ctx;

    ServiceConverter(AwsSnapshot snapshot, ImportContext ctx) {
        this.snapshot = snapshot;
        this.ctx = ctx;
    }

    void prefixLists() {
        for (Sourced<AwsPrefixList> s : snapshot.all(AwsPrefixList.class)) {
            AwsPrefixList p = s.value();
            if (ctx.missingId(s, "PrefixListId", p.prefixListId())) {
                continue;
            }
            List<Cidr> cidrs = new ArrayList<>();
            for (int i = 0; i < p.cidrs().size(); i++) {
                Cidr c = ctx.cidr(s, "Cidrs[" + i + "]", p.cidrs().get(i), Text.of("import.aws.then.blockIgnored"), p.prefixListId());
                if (c != null) {
                    cidrs.add(c);
                }
            }
            if (!ctx.add(new PrefixList(p.prefixListId(), p.prefixListName(), cidrs), s)) {
                continue;
            }
            Matcher m = SERVICE_LIST.matcher(p.prefixListName() == null ? "" : p.prefixListName());
            if (m.matches()) {
                String service = m.group(2);
                // One service per Region: the first keeps the short id people type ("s3").
                String id = ctx.has(service) ? service + "-" + m.group(1) : service;
                ctx.add(new ExternalEndpoint(id, p.prefixListName(), ExternalKind.AWS_SERVICE, cidrs, service,
                        p.prefixListId(), null), s);
            }
        }
    }

    void natGateways() {
        for (Sourced<AwsNatGateway> s : snapshot.all(AwsNatGateway.class)) {
            AwsNatGateway n = s.value();
            if (ctx.missingId(s, "NatGatewayId", n.natGatewayId())) {
                continue;
            }
            if (ctx.get(n.subnetId(), Subnet.class) == null) {
                ctx.error(s, "SubnetId", Text.of("import.aws.service.natUnknownSubnet", n.subnetId(), n.natGatewayId()), n.natGatewayId());
                continue;
            }
            AwsNatGateway.Address primary = null;
            int index = -1;
            for (int i = 0; i < n.natGatewayAddresses().size(); i++) {
                AwsNatGateway.Address a = n.natGatewayAddresses().get(i);
                if (primary == null || Boolean.TRUE.equals(a.isPrimary())) {
                    primary = a;
                    index = i;
                }
                if (Boolean.TRUE.equals(a.isPrimary())) {
                    break;
                }
            }
            IpAddress privateIp = null;
            IpAddress publicIp = null;
            String eni = null;
            if (primary != null) {
                String at = "NatGatewayAddresses[" + index + "]";
                privateIp = primary.privateIp() == null ? null
                        : ctx.ip(s, at + ".PrivateIp", primary.privateIp(), Text.of("import.aws.then.privateIpUnknown"), n.natGatewayId());
                publicIp = primary.publicIp() == null ? null
                        : ctx.ip(s, at + ".PublicIp", primary.publicIp(), Text.of("import.aws.then.elasticIpUnknown"), n.natGatewayId());
                eni = primary.networkInterfaceId();
                if (eni != null && ctx.get(eni, NetworkInterface.class) == null) {
                    // describe-network-interfaces may be filtered; the NAT still works without its ENI record.
                    // A dangling id would make the diagram invalid, so the NAT is kept without it.
                    ctx.info(s, at + ".NetworkInterfaceId", Text.of("import.aws.service.unknownInterface", eni),
                            n.natGatewayId());
                    eni = null;
                }
            }
            boolean publicNat = n.connectivityType() == null || !n.connectivityType().equalsIgnoreCase("private");
            ctx.add(new NatGateway(n.natGatewayId(), AwsTag.nameOf(n.tags()), n.subnetId(), publicNat, privateIp,
                    publicIp, eni, n.state()), s);
        }
    }

    void peeringConnections() {
        for (Sourced<AwsPeeringConnection> s : snapshot.all(AwsPeeringConnection.class)) {
            AwsPeeringConnection p = s.value();
            if (ctx.missingId(s, "VpcPeeringConnectionId", p.vpcPeeringConnectionId())) {
                continue;
            }
            AwsPeeringConnection.VpcInfo requester = p.requesterVpcInfo();
            AwsPeeringConnection.VpcInfo accepter = p.accepterVpcInfo();
            if (requester == null || requester.vpcId() == null || accepter == null || accepter.vpcId() == null) {
                ctx.error(s, requester == null || requester.vpcId() == null ? "RequesterVpcInfo.VpcId" : "AccepterVpcInfo.VpcId",
                        Text.of("import.aws.service.peeringNoVpc", p.vpcPeeringConnectionId()),
                        p.vpcPeeringConnectionId());
                continue;
            }
            for (String[] side : new String[][] {{"RequesterVpcInfo", requester.vpcId()}, {"AccepterVpcInfo", accepter.vpcId()}}) {
                if (!ctx.has(side[1])) {
                    // [PCX] the other side may belong to another account or Region; the connection is still real.
                    ctx.info(s, side[0] + ".VpcId", Text.of("import.aws.service.peeringForeignVpc", side[1]), p.vpcPeeringConnectionId());
                }
            }
            String status = p.status() == null || p.status().code() == null ? null
                    : p.status().code().toLowerCase(Locale.ROOT);
            ctx.add(new VpcPeeringConnection(p.vpcPeeringConnectionId(), AwsTag.nameOf(p.tags()), requester.vpcId(),
                    accepter.vpcId(), requester.region(), accepter.region(), status), s);
        }
    }

    void vpcEndpoints() {
        Set<String> routeTableIds = new HashSet<>();
        snapshot.all(AwsRouteTable.class).forEach(t -> routeTableIds.add(t.value().routeTableId()));
        for (Sourced<AwsVpcEndpoint> s : snapshot.all(AwsVpcEndpoint.class)) {
            AwsVpcEndpoint e = s.value();
            String id = e.vpcEndpointId();
            if (ctx.missingId(s, "VpcEndpointId", id)) {
                continue;
            }
            if (ctx.get(e.vpcId(), Vpc.class) == null) {
                ctx.error(s, "VpcId", Text.of("import.aws.service.endpointUnknownVpc", e.vpcId(), id), id);
                continue;
            }
            String typeText = e.vpcEndpointType() == null ? "" : e.vpcEndpointType().toLowerCase(Locale.ROOT);
            EndpointType type;
            if (typeText.equals("gateway")) {
                type = EndpointType.GATEWAY;
            } else if (typeText.equals("interface")) {
                type = EndpointType.INTERFACE;
            } else if (typeText.equals("gatewayloadbalancer")) {
                // A route target handing packets to an appliance fleet: traces reaching it are UNKNOWN (rulebook 12).
                type = EndpointType.GATEWAY_LOAD_BALANCER;
            } else {
                ctx.error(s, "VpcEndpointType", Text.of("import.aws.service.endpointType", e.vpcEndpointType(), id), id);
                continue;
            }
            List<String> tables = known(s, "RouteTableIds", e.routeTableIds(), routeTableIds::contains,
                    Text.of("import.aws.kind.routeTable"), id);
            List<String> subnets = known(s, "SubnetIds", e.subnetIds(), x -> ctx.get(x, Subnet.class) != null,
                    Text.of("import.aws.kind.subnet"), id);
            List<String> enis = known(s, "NetworkInterfaceIds", e.networkInterfaceIds(),
                    x -> ctx.get(x, NetworkInterface.class) != null, Text.of("import.aws.kind.interface"), id);
            List<String> groupIds = new ArrayList<>();
            e.groups().forEach(g -> groupIds.add(g.groupId()));
            List<String> groups = known(s, "Groups[].GroupId", groupIds, x -> ctx.get(x, SecurityGroup.class) != null,
                    Text.of("import.aws.kind.securityGroup"), id);
            ctx.add(new VpcEndpoint(id, AwsTag.nameOf(e.tags()), e.vpcId(), type, e.serviceName(), tables, subnets,
                    enis, groups, e.state() == null ? null : e.state().toLowerCase(Locale.ROOT)), s);
        }
    }

    private List<String> known(Sourced<?> s, String field, List<String> ids, java.util.function.Predicate<String> exists,
                               Text what, String endpointId) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (exists.test(ids.get(i))) {
                kept.add(ids.get(i));
            } else {
                String at = field.endsWith("[].GroupId") ? "Groups[" + i + "].GroupId" : field + "[" + i + "]";
                ctx.error(s, at, Text.of("import.aws.service.endpointUnknownPart", what, ids.get(i), endpointId), endpointId);
            }
        }
        return kept;
    }
}
