package io.hopscope.io.terraform;

import io.hopscope.text.Text;
import io.hopscope.check.Severity;
import io.hopscope.io.aws.describe.AwsNetworkInterface;
import io.hopscope.io.aws.describe.AwsTag;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the describe record of an interface, allocating its private address from the subnet when
 * the plan leaves it to AWS (and recording that placeholder), for instances, standalone ENIs, NAT
 * gateways, interface endpoints and DB instances alike.
 */
final class TfInterfaces {
    private final TfContext ctx;
    private final TfNetworkMapper net;
    final TfAddresses addresses = new TfAddresses();

    TfInterfaces(TfContext ctx, TfNetworkMapper net) {
        this.ctx = ctx;
        this.net = net;
    }

    /** One interface to add. */
    static final class Spec {
        String id;
        String subnet;
        final List<String> privateIps = new ArrayList<>();
        String publicIp;
        List<String> groups = List.of();
        String type = "interface";
        String description = "";
        String instance;
        Integer deviceIndex;
        Boolean sourceDestCheck;
        List<String> ipv6 = List.of();
        List<AwsTag> tags = List.of();
    }

    /** Adds the interface; false (with a problem) when its subnet is unknown. */
    boolean add(Spec s, TfResource source) throws TfInputException {
        String cidr = net.subnetCidrs.get(s.subnet);
        if (s.subnet == null || cidr == null) {
            ctx.note(Severity.WARNING, source, Text.of("import.tf.interfaceSubnetMissing", s.subnet, s.id));
            return false;
        }
        if (s.privateIps.isEmpty()) {
            String ip = addresses.allocate(s.subnet, cidr);
            if (ip == null) {
                ctx.note(Severity.ERROR, source, Text.of("import.tf.subnetFull", cidr, s.id));
                return false;
            }
            s.privateIps.add(ip);
            ctx.placeholder(s.id, "private address, assigned at apply", ip, source);
        }
        List<AwsNetworkInterface.PrivateIp> ips = new ArrayList<>();
        for (int i = 0; i < s.privateIps.size(); i++) {
            ips.add(new AwsNetworkInterface.PrivateIp(s.privateIps.get(i), i == 0, null));
        }
        List<AwsNetworkInterface.GroupRef> groups = new ArrayList<>();
        for (String g : s.groups) {
            TfRuleSets.stub(ctx, g, net.subnetVpcs.get(s.subnet), source);
            groups.add(new AwsNetworkInterface.GroupRef(g, null));
        }
        // NAT gateways and NLB/GWLB nodes without groups have no security group at all.
        if (groups.isEmpty() && !s.type.equals("nat_gateway") && !s.type.endsWith("load_balancer")) {
            // [SG] an interface created with no group gets its VPC's default group.
            TfResource vpc = net.vpcs.get(net.subnetVpcs.get(s.subnet));
            if (vpc != null) {
                groups.add(new AwsNetworkInterface.GroupRef(ctx.idAs(vpc, TfKind.SECURITY_GROUP), "default"));
            }
        }
        List<AwsNetworkInterface.Ipv6Address> v6 = s.ipv6.stream().map(AwsNetworkInterface.Ipv6Address::new).toList();
        ctx.add(new AwsNetworkInterface(s.id, s.subnet, net.subnetVpcs.get(s.subnet), net.subnetZones.get(s.subnet), s.type,
                s.description, "in-use", s.privateIps.get(0), ips, v6,
                s.publicIp == null ? null : new AwsNetworkInterface.IpAssociation(s.publicIp, null), groups,
                s.instance == null ? null : new AwsNetworkInterface.Attachment(s.instance, s.deviceIndex, "attached"),
                null, s.sourceDestCheck, s.tags, List.of()), source);
        return true;
    }

    /**
     * A public address AWS assigns at apply, recorded as a placeholder; null, with a warning, when no
     * placeholder address is left (a placeholder without a value would make the diagram unreadable).
     */
    String publicPlaceholder(String id, TfResource source) {
        String ip = addresses.allocatePublic();
        if (ip == null) {
            ctx.note(Severity.WARNING, source, Text.of("import.tf.publicPoolUsedUp", id));
            return null;
        }
        ctx.placeholder(id, "public address, assigned at apply", ip, source);
        return ip;
    }
}
