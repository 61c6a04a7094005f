package io.hopscope.io.aws;

import io.hopscope.text.Text;
import io.hopscope.io.aws.describe.AwsGateways;
import io.hopscope.io.aws.describe.AwsPeeringConnection;
import io.hopscope.io.aws.describe.AwsSnapshot;
import io.hopscope.io.aws.describe.AwsSubnet;
import io.hopscope.io.aws.describe.AwsTag;
import io.hopscope.io.aws.describe.AwsVpc;
import io.hopscope.io.aws.describe.Sourced;
import io.hopscope.model.EgressOnlyInternetGateway;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpnGateway;
import io.hopscope.model.net.Cidr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** VPCs, subnets and the gateways that attach to a VPC (internet, egress-only, VPN; transit as ids only). */
final class NetworkConverter {

    private static final java.util.regex.Pattern ZONE_REGION =
            java.util.regex.Pattern.compile("^([a-z]{2}(?:-gov)?-[a-z]+-\\d+)");

    private final AwsSnapshot snapshot;
    private final ImportContext ctx;

    NetworkConverter(AwsSnapshot snapshot, ImportContext ctx) {
        this.snapshot = snapshot;
        this.ctx = ctx;
    }

    void convert() {
        Map<String, String> regions = regionsByVpc();
        for (Sourced<AwsVpc> s : snapshot.all(AwsVpc.class)) {
            vpc(s, regions);
        }
        for (Sourced<AwsSubnet> s : snapshot.all(AwsSubnet.class)) {
            subnet(s);
        }
        for (Sourced<AwsGateways.InternetGateway> s : snapshot.all(AwsGateways.InternetGateway.class)) {
            AwsGateways.InternetGateway g = s.value();
            if (missingId(s, "InternetGatewayId", g.internetGatewayId())) {
                continue;
            }
            String vpcId = attachedVpc(s, "Attachments", g.attachments(), g.internetGatewayId(),
                    Text.of("import.aws.kind.internetGateway"));
            ctx.add(new InternetGateway(g.internetGatewayId(), AwsTag.nameOf(g.tags()), vpcId), s);
        }
        for (Sourced<AwsGateways.EgressOnlyInternetGateway> s : snapshot.all(AwsGateways.EgressOnlyInternetGateway.class)) {
            AwsGateways.EgressOnlyInternetGateway g = s.value();
            if (missingId(s, "EgressOnlyInternetGatewayId", g.egressOnlyInternetGatewayId())) {
                continue;
            }
            String vpcId = attachedVpc(s, "Attachments", g.attachments(), g.egressOnlyInternetGatewayId(),
                    Text.of("import.aws.kind.egressOnlyInternetGateway"));
            ctx.add(new EgressOnlyInternetGateway(g.egressOnlyInternetGatewayId(), AwsTag.nameOf(g.tags()), vpcId), s);
        }
        for (Sourced<AwsGateways.VpnGateway> s : snapshot.all(AwsGateways.VpnGateway.class)) {
            AwsGateways.VpnGateway g = s.value();
            if (missingId(s, "VpnGatewayId", g.vpnGatewayId()) || "deleted".equals(g.state())) {
                continue;
            }
            String vpcId = attachedVpc(s, "VpcAttachments", g.vpcAttachments(), g.vpnGatewayId(), Text.of("import.aws.kind.vpnGateway"));
            ctx.add(new VpnGateway(g.vpnGatewayId(), AwsTag.nameOf(g.tags()), vpcId), s);
        }
    }

    private void vpc(Sourced<AwsVpc> s, Map<String, String> regions) {
        AwsVpc v = s.value();
        if (missingId(s, "VpcId", v.vpcId())) {
            return;
        }
        List<Cidr> ipv4 = new ArrayList<>();
        if (v.cidrBlock() != null) {
            addCidr(ipv4, ctx.cidr(s, "CidrBlock", v.cidrBlock(), Text.of("import.aws.then.blockIgnored"), v.vpcId()));
        }
        for (int i = 0; i < v.cidrBlockAssociationSet().size(); i++) {
            AwsVpc.CidrAssociation a = v.cidrBlockAssociationSet().get(i);
            if (AwsVpc.BlockState.isLive(a.cidrBlockState())) {
                addCidr(ipv4, ctx.cidr(s, "CidrBlockAssociationSet[" + i + "].CidrBlock", a.cidrBlock(),
                        Text.of("import.aws.then.blockIgnored"), v.vpcId()));
            }
        }
        List<Cidr> ipv6 = new ArrayList<>();
        for (int i = 0; i < v.ipv6CidrBlockAssociationSet().size(); i++) {
            AwsVpc.Ipv6CidrAssociation a = v.ipv6CidrBlockAssociationSet().get(i);
            if (AwsVpc.BlockState.isLive(a.ipv6CidrBlockState())) {
                addCidr(ipv6, ctx.cidr(s, "Ipv6CidrBlockAssociationSet[" + i + "].Ipv6CidrBlock", a.ipv6CidrBlock(),
                        Text.of("import.aws.then.blockIgnored"), v.vpcId()));
            }
        }
        if (ipv4.isEmpty()) {
            ctx.error(s, "CidrBlock", Text.of("import.aws.network.vpcNoCidr", v.vpcId()), v.vpcId());
            return;
        }
        String region = s.region().isEmpty() ? regions.getOrDefault(v.vpcId(), "") : s.region();
        ctx.add(new Vpc(v.vpcId(), AwsTag.nameOf(v.tags()), region, ipv4, ipv6), s);
    }

    private static void addCidr(List<Cidr> list, Cidr cidr) {
        if (cidr != null && !list.contains(cidr)) {
            list.add(cidr);
        }
    }

    private void subnet(Sourced<AwsSubnet> s) {
        AwsSubnet sn = s.value();
        if (missingId(s, "SubnetId", sn.subnetId())) {
            return;
        }
        Vpc vpc = ctx.get(sn.vpcId(), Vpc.class);
        if (vpc == null) {
            ctx.error(s, "VpcId", Text.of("import.aws.network.subnetUnknownVpc", sn.vpcId(), sn.subnetId()), sn.subnetId());
            return;
        }
        Cidr cidr = ctx.cidr(s, "CidrBlock", sn.cidrBlock(), Text.of("import.aws.then.subnetDropped", sn.subnetId()), sn.subnetId());
        if (cidr == null) {
            return;
        }
        if (!vpc.ipv4Cidrs().stream().anyMatch(c -> c.contains(cidr))) {
            ctx.warning(s, "CidrBlock", Text.of("import.aws.network.subnetOutsideVpc", sn.subnetId(), cidr, vpc.id()), sn.subnetId());
        }
        Cidr ipv6 = null;
        for (int i = 0; i < sn.ipv6CidrBlockAssociationSet().size() && ipv6 == null; i++) {
            AwsVpc.Ipv6CidrAssociation a = sn.ipv6CidrBlockAssociationSet().get(i);
            if (AwsVpc.BlockState.isLive(a.ipv6CidrBlockState())) {
                ipv6 = ctx.cidr(s, "Ipv6CidrBlockAssociationSet[" + i + "].Ipv6CidrBlock", a.ipv6CidrBlock(),
                        Text.of("import.aws.then.ipv6BlockIgnored"), sn.subnetId());
            }
        }
        ctx.add(new Subnet(sn.subnetId(), AwsTag.nameOf(sn.tags()), sn.vpcId(), cidr, ipv6, sn.availabilityZone()), s);
    }

    /** The VPC of the first live attachment, or null (detached) when it names an unknown VPC. */
    private String attachedVpc(Sourced<?> s, String field, List<AwsGateways.Attachment> attachments, String id,
                               Text what) {
        for (int i = 0; i < attachments.size(); i++) {
            AwsGateways.Attachment a = attachments.get(i);
            if (!a.isAttached()) {
                continue;
            }
            if (!ctx.has(a.vpcId())) {
                ctx.error(s, field + "[" + i + "].VpcId", Text.of("import.aws.network.gatewayUnknownVpc", a.vpcId(), what, id), id);
                return null;
            }
            return a.vpcId();
        }
        return null;
    }

    /**
     * The Region of each VPC when its file sits in no Region folder: from its subnets' availability
     * zone ("us-east-2b" is in us-east-2), else from a peering connection's VpcInfo.
     */
    private Map<String, String> regionsByVpc() {
        Map<String, String> regions = new HashMap<>();
        for (Sourced<AwsSubnet> s : snapshot.all(AwsSubnet.class)) {
            String region = !s.region().isEmpty() ? s.region() : regionOfZone(s.value().availabilityZone());
            if (s.value().vpcId() != null && !region.isEmpty()) {
                regions.putIfAbsent(s.value().vpcId(), region);
            }
        }
        for (Sourced<AwsPeeringConnection> s : snapshot.all(AwsPeeringConnection.class)) {
            for (AwsPeeringConnection.VpcInfo info : new AwsPeeringConnection.VpcInfo[] {
                    s.value().requesterVpcInfo(), s.value().accepterVpcInfo()}) {
                if (info != null && info.vpcId() != null && info.region() != null) {
                    regions.putIfAbsent(info.vpcId(), info.region());
                }
            }
        }
        return regions;
    }

    /** "us-east-1" for "us-east-1a" or the local-zone form "us-west-2-lax-1a"; empty when unknown. */
    static String regionOfZone(String zone) {
        if (zone == null || zone.isEmpty()) {
            return "";
        }
        java.util.regex.Matcher m = ZONE_REGION.matcher(zone);
        return m.find() ? m.group(1) : "";
    }

    private boolean missingId(Sourced<?> s, String field, String id) {
        return ctx.missingId(s, field, id);
    }
}
