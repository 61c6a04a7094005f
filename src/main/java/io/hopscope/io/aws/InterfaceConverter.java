package io.hopscope.io.aws;

import io.hopscope.text.Text;
import io.hopscope.io.aws.describe.AwsAddress;
import io.hopscope.io.aws.describe.AwsInstance;
import io.hopscope.io.aws.describe.AwsNetworkInterface;
import io.hopscope.io.aws.describe.AwsSnapshot;
import io.hopscope.io.aws.describe.Sourced;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.LongLoop;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.Subnet;
import io.hopscope.model.net.IpAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Network interfaces. describe-network-interfaces is the authority; an instance's own
 * NetworkInterfaces entries fill in only the ENIs that file does not list. Elastic IPs from
 * describe-addresses fill in a public IP the ENI record lacks.
 */
final class InterfaceConverter {

    private final AwsSnapshot snapshot;
    private final ImportContext ctx;

    InterfaceConverter(AwsSnapshot snapshot, ImportContext ctx) {
        this.snapshot = snapshot;
        this.ctx = ctx;
    }

    /** {@code unlisted}: the instances' entries the file does not list ({@link #unlisted}), perhaps worked out alongside. */
    void convert(SecondCore core, BackgroundPass<List<Unlisted>> unlisted) {
        // Each interface record converts on its own (it looks up subnets and groups only), so the
        // file's records are shared with the second core.
        core.split(ctx, snapshot.all(AwsNetworkInterface.class),
                (share, records) -> new InterfaceConverter(snapshot, share).fromInterfaceFile(records));
        // All of an account's interfaces when it has no describe-network-interfaces: see LongLoop.
        LongLoop.forEach(unlisted.join(), this::fromInstance);
        for (Sourced<AwsAddress> s : snapshot.all(AwsAddress.class)) {
            AwsAddress a = s.value();
            NetworkInterface eni = ctx.get(a.networkInterfaceId(), NetworkInterface.class);
            if (eni == null || eni.publicIp() != null || a.publicIp() == null) {
                continue;
            }
            IpAddress ip = ctx.ip(s, "PublicIp", a.publicIp(), Text.of("import.aws.then.elasticIpIgnored"), eni.id());
            if (ip != null) {
                ctx.replace(new NetworkInterface(eni.id(), eni.name(), eni.subnetId(), eni.type(), eni.privateIps(), ip,
                        eni.ipv6Ips(), eni.securityGroupIds(), eni.description(), eni.sourceDestCheck()));
            }
        }
    }

    /** The records of describe-network-interfaces: 10,000 a file at quota scale, see LongLoop. */
    private Void fromInterfaceFile(List<Sourced<AwsNetworkInterface>> records) {
        LongLoop.forEach(records, s -> {
            NetworkInterface eni = convert(s, "", s.value(), false);
            if (eni != null) {
                ctx.add(eni, s);
            }
        });
        return null;
    }

    /** An instance's own entry (at {@code index} of its NetworkInterfaces) for an interface the file does not list. */
    record Unlisted(Sourced<AwsInstance> instance, int index) {
    }

    private void fromInstance(Unlisted u) {
        NetworkInterface eni = convert(u.instance(), "NetworkInterfaces[" + u.index() + "].",
                u.instance().value().networkInterfaces().get(u.index()), true);
        if (eni != null) {
            ctx.add(eni, u.instance());
        }
    }

    /**
     * The instances' own entries for interfaces that describe-network-interfaces does not list
     * (whether it converted them or not), the first of each id, in order. It reads the snapshot
     * only, so it is worked out beside the interfaces' conversion.
     */
    static List<Unlisted> unlisted(AwsSnapshot snapshot) {
        Set<String> seen = new HashSet<>();
        // 10,000 records each at quota scale: see LongLoop.
        LongLoop.forEach(snapshot.all(AwsNetworkInterface.class), s -> seen.add(s.value().networkInterfaceId()));
        List<Unlisted> unlisted = new ArrayList<>();
        LongLoop.forEach(snapshot.all(AwsInstance.class), s -> {
            List<AwsNetworkInterface> enis = s.value().networkInterfaces();
            for (int i = 0; i < enis.size(); i++) {
                String id = enis.get(i).networkInterfaceId();
                if (id != null && seen.add(id)) {
                    unlisted.add(new Unlisted(s, i));
                }
            }
        });
        return unlisted;
    }

    private NetworkInterface convert(Sourced<?> s, String at, AwsNetworkInterface e, boolean fromInstance) {
        String id = e.networkInterfaceId();
        if (ctx.missingId(s, at + "NetworkInterfaceId", id)) {
            return null;
        }
        String subnetId = e.subnetId();
        if (subnetId == null && fromInstance && s.value() instanceof AwsInstance instance) {
            subnetId = instance.subnetId();
        }
        Subnet subnet = ctx.get(subnetId, Subnet.class);
        if (subnet == null) {
            ctx.error(s, at + "SubnetId", Text.of("import.aws.interface.unknownSubnet", subnetId, id), id);
            return null;
        }
        List<IpAddress> privateIps = privateIps(s, at, e, subnet);
        if (privateIps.isEmpty()) {
            ctx.error(s, at + "PrivateIpAddress", Text.of("import.aws.interface.noPrivateIp", id), id);
            return null;
        }
        List<IpAddress> ipv6 = new ArrayList<>();
        for (int i = 0; i < e.ipv6Addresses().size(); i++) {
            IpAddress ip = ctx.ip(s, at + "Ipv6Addresses[" + i + "].Ipv6Address", e.ipv6Addresses().get(i).ipv6Address(),
                    Text.of("import.aws.then.addressIgnored"), id);
            if (ip != null) {
                ipv6.add(ip);
            }
        }
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < e.groups().size(); i++) {
            String sg = e.groups().get(i).groupId();
            if (ctx.get(sg, SecurityGroup.class) == null) {
                ctx.error(s, at + "Groups[" + i + "].GroupId", Text.of("import.aws.interface.unknownGroup", sg, id), id);
            } else if (!groups.contains(sg)) {
                groups.add(sg);
            }
        }
        // [SDC] the interface's own flag decides; an instance's entry may omit it, then the instance's applies.
        Boolean check = e.sourceDestCheck();
        if (check == null && fromInstance && s.value() instanceof AwsInstance instance) {
            check = instance.sourceDestCheck();
        }
        return new NetworkInterface(id, e.nameTag(), subnet.id(), typeOf(e, fromInstance), privateIps,
                publicIp(s, at, e), ipv6, groups, e.description(), check == null || check);
    }

    /** Primary first, then the secondary addresses in API order [ENI]. */
    private List<IpAddress> privateIps(Sourced<?> s, String at, AwsNetworkInterface e, Subnet subnet) {
        List<AwsNetworkInterface.PrivateIp> listed = e.privateIpAddresses();
        // Positions, not records: each address keeps its own path, and no record equals() is linked.
        List<Integer> order = new ArrayList<>(listed.size());
        for (int primaryPass = 1; primaryPass >= 0; primaryPass--) {
            for (int i = 0; i < listed.size(); i++) {
                if (Boolean.TRUE.equals(listed.get(i).primary()) == (primaryPass == 1)) {
                    order.add(i);
                }
            }
        }
        List<IpAddress> ips = new ArrayList<>();
        for (int index : order) {
            AwsNetworkInterface.PrivateIp p = listed.get(index);
            IpAddress ip = ctx.ip(s, at + "PrivateIpAddresses[" + index + "].PrivateIpAddress", p.privateIpAddress(),
                    Text.of("import.aws.then.addressIgnored"), e.networkInterfaceId());
            if (ip != null && !ips.contains(ip)) {
                ips.add(ip);
            }
        }
        if (ips.isEmpty() && e.privateIpAddress() != null) {
            IpAddress ip = ctx.ip(s, at + "PrivateIpAddress", e.privateIpAddress(), Text.of("import.aws.then.addressIgnored"),
                    e.networkInterfaceId());
            if (ip != null) {
                ips.add(ip);
            }
        }
        for (IpAddress ip : ips) {
            if (!subnet.contains(ip)) {
                ctx.warning(s, at + "PrivateIpAddress", Text.of("import.aws.interface.addressOutsideSubnet", ip, e.networkInterfaceId(), subnet.id(), subnet.cidr()), e.networkInterfaceId());
            }
        }
        return ips;
    }

    private IpAddress publicIp(Sourced<?> s, String at, AwsNetworkInterface e) {
        String text = e.association() == null ? null : e.association().publicIp();
        for (int i = 0; text == null && i < e.privateIpAddresses().size(); i++) {
            AwsNetworkInterface.PrivateIp p = e.privateIpAddresses().get(i);
            if (Boolean.TRUE.equals(p.primary()) && p.association() != null) {
                text = p.association().publicIp();
            }
        }
        return text == null ? null
                : ctx.ip(s, at + "Association.PublicIp", text, Text.of("import.aws.then.publicIpIgnored"), e.networkInterfaceId());
    }

    /** Who owns the ENI, from InterfaceType and the descriptions AWS gives managed ENIs. */
    static InterfaceType typeOf(AwsNetworkInterface e, boolean fromInstance) {
        String type = e.interfaceType() == null ? "" : e.interfaceType().toLowerCase(Locale.ROOT);
        String description = e.description() == null ? "" : e.description();
        switch (type) {
            case "nat_gateway":
                return InterfaceType.NAT_GATEWAY;
            case "vpc_endpoint":
            case "gateway_load_balancer_endpoint":
                return InterfaceType.VPC_ENDPOINT;
            case "lambda":
                return InterfaceType.LAMBDA;
            case "network_load_balancer":
            case "gateway_load_balancer":
                return InterfaceType.LOAD_BALANCER;
            default:
                break;
        }
        if (description.equals("RDSNetworkInterface")) {
            return InterfaceType.RDS;
        }
        if (description.startsWith("ELB ")) {
            return InterfaceType.LOAD_BALANCER;
        }
        if (description.startsWith("AWS Lambda VPC ENI")) {
            return InterfaceType.LAMBDA;
        }
        if (description.startsWith("VPC Endpoint Interface")) {
            return InterfaceType.VPC_ENDPOINT;
        }
        if (description.startsWith("Interface for NAT Gateway")) {
            return InterfaceType.NAT_GATEWAY;
        }
        boolean attached = e.attachment() != null && e.attachment().instanceId() != null;
        return attached || fromInstance ? InterfaceType.INSTANCE : InterfaceType.OTHER;
    }
}
