package io.hopscope.io.terraform;

import io.hopscope.text.Text;
import com.fasterxml.jackson.databind.JsonNode;
import io.hopscope.check.Severity;
import io.hopscope.io.aws.describe.AwsDbInstance;
import io.hopscope.io.aws.describe.AwsInstance;
import io.hopscope.io.aws.describe.AwsTag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * EC2 instances (with the primary interface AWS creates for them), standalone interfaces and their
 * attachments, elastic IPs and their associations, and RDS instances, each placed on the interface
 * AWS creates in a subnet of its DB subnet group.
 */
final class TfWorkloadMapper {
    private final TfContext ctx;
    private final TfNetworkMapper net;
    private final TfInterfaces enis;
    /** Elastic IP allocation id to its public address. */
    final Map<String, String> eipAddress = new LinkedHashMap<>();
    /** Instance or interface id to the elastic IP on it. */
    private final Map<String, String> eipOn = new HashMap<>();

    TfWorkloadMapper(TfContext ctx, TfNetworkMapper net, TfInterfaces enis) {
        this.ctx = ctx;
        this.net = net;
        this.enis = enis;
    }

    /** Known addresses first, so no placeholder takes one that is in use. */
    void reserveKnownAddresses() throws TfInputException {
        for (TfResource r : ctx.ofType("aws_instance")) {
            reserveInstanceAddresses(r);
        }
        for (TfResource r : ctx.ofType("aws_network_interface")) {
            ctx.texts(r, "private_ips").forEach(enis.addresses::take);
            enis.addresses.take(ctx.text(r, "private_ip"));
        }
        for (TfResource r : ctx.ofType("aws_nat_gateway")) {
            enis.addresses.take(ctx.text(r, "private_ip"));
        }
        for (TfResource r : ctx.ofType("aws_eip")) {
            enis.addresses.take(ctx.text(r, "public_ip"));
        }
    }

    /** Per instance, not in a loop run once: C1 compiles a method after a few hundred calls, a loop after 60,000 turns. */
    private void reserveInstanceAddresses(TfResource r) throws TfInputException {
        enis.addresses.take(ctx.text(r, "private_ip"));
        for (String ip : ctx.texts(r, "secondary_private_ips")) {
            enis.addresses.take(ip);
        }
    }

    void map() throws TfInputException {
        elasticIps();
        Map<String, List<Object[]>> attachments = new HashMap<>();
        for (TfResource a : ctx.ofType("aws_network_interface_attachment")) {
            String eni = ctx.ref(a, "network_interface_id", TfKind.NETWORK_INTERFACE);
            attachments.computeIfAbsent(eni, k -> new ArrayList<>()).add(new Object[] {
                ctx.ref(a, "instance_id", TfKind.INSTANCE), TfContext.integer(a.values(), "device_index", a.path())});
        }
        for (TfResource r : ctx.ofType("aws_instance")) {
            instance(r, attachments);
        }
        Map<String, List<String>> extraGroups = new HashMap<>();
        for (TfResource a : ctx.ofType("aws_network_interface_sg_attachment")) {
            extraGroups.computeIfAbsent(ctx.ref(a, "network_interface_id", TfKind.NETWORK_INTERFACE),
                    k -> new ArrayList<>()).add(ctx.ref(a, "security_group_id", TfKind.SECURITY_GROUP));
        }
        for (TfResource r : ctx.ofType("aws_network_interface")) {
            TfInterfaces.Spec s = new TfInterfaces.Spec();
            s.id = ctx.id(r);
            s.subnet = ctx.ref(r, "subnet_id", TfKind.SUBNET);
            s.privateIps.addAll(ctx.texts(r, "private_ips"));
            if (s.privateIps.isEmpty() && ctx.text(r, "private_ip") != null) {
                s.privateIps.add(ctx.text(r, "private_ip"));
            }
            List<String> groups = new ArrayList<>(ctx.refs(r, "security_groups", TfKind.SECURITY_GROUP));
            extraGroups.getOrDefault(s.id, List.of()).forEach(groups::add);
            s.groups = groups;
            s.sourceDestCheck = ctx.bool(r, "source_dest_check");
            s.tags = ctx.tags(r);
            for (Map.Entry<String, JsonNode> b : TfValues.blocks(r, "attachment")) {
                s.instance = TfContext.text(b.getValue(), "instance", b.getKey());
                s.deviceIndex = TfContext.integer(b.getValue(), "device_index", b.getKey());
            }
            for (Object[] a : attachments.getOrDefault(s.id, List.of())) {
                s.instance = (String) a[0];
                s.deviceIndex = (Integer) a[1];
            }
            s.publicIp = eipOn.get(s.id);
            enis.add(s, r);
        }
        databases();
    }

    private void elasticIps() throws TfInputException {
        for (TfResource r : ctx.ofType("aws_eip")) {
            String id = ctx.id(r);
            String ip = ctx.text(r, "public_ip");
            if (ip == null || ip.isEmpty()) {
                ip = enis.publicPlaceholder(id, r);
            }
            eipAddress.put(id, ip);
            String instance = ctx.ref(r, "instance", TfKind.INSTANCE);
            String eni = ctx.ref(r, "network_interface", TfKind.NETWORK_INTERFACE);
            if (eni != null) {
                eipOn.put(eni, ip);
            } else if (instance != null) {
                eipOn.put(instance, ip);
            }
        }
        for (TfResource r : ctx.ofType("aws_eip_association")) {
            String ip = eipAddress.get(ctx.ref(r, "allocation_id", TfKind.EIP));
            ip = ip != null ? ip : ctx.text(r, "public_ip");
            String eni = ctx.ref(r, "network_interface_id", TfKind.NETWORK_INTERFACE);
            String instance = ctx.ref(r, "instance_id", TfKind.INSTANCE);
            if (ip == null || (eni == null && instance == null)) {
                ctx.note(Severity.WARNING, r, Text.of("import.tf.eipUnresolved"));
            } else {
                eipOn.put(eni != null ? eni : instance, ip);
            }
        }
    }

    private void instance(TfResource r, Map<String, List<Object[]>> attachments) throws TfInputException {
        String id = ctx.id(r);
        List<Map.Entry<String, JsonNode>> blocks = TfValues.blocks(r, "network_interface");
        List<AwsTag> tags = null;
        String subnet = ctx.ref(r, "subnet_id", TfKind.SUBNET);
        if (blocks.isEmpty() && subnet != null) {
            TfInterfaces.Spec s = new TfInterfaces.Spec();
            s.id = ctx.derivedId(r, "primary_network_interface_id", TfKind.NETWORK_INTERFACE, TfHashes.PRIMARY_INTERFACE);
            s.subnet = subnet;
            String ip = ctx.text(r, "private_ip");
            net.inferDefaultSubnet(subnet, ip, ctx.text(r, "availability_zone"), r);
            if (ip != null && !ip.isEmpty()) {
                s.privateIps.add(ip);
            }
            s.privateIps.addAll(ctx.texts(r, "secondary_private_ips"));
            List<String> groups = ctx.refs(r, "vpc_security_group_ids", TfKind.SECURITY_GROUP);
            if (groups.isEmpty()) {
                groups = ctx.texts(r, "security_groups").stream().filter(g -> g.startsWith("sg-")).toList();
            }
            s.groups = groups;
            s.instance = id;
            s.deviceIndex = 0;
            s.sourceDestCheck = ctx.bool(r, "source_dest_check");
            s.ipv6 = ctx.texts(r, "ipv6_addresses");
            s.tags = tags = ctx.tags(r);
            String pub = ctx.text(r, "public_ip");
            Boolean associate = ctx.bool(r, "associate_public_ip_address");
            if (eipOn.containsKey(id)) {
                pub = eipOn.get(id);
            } else if ((pub == null || pub.isEmpty()) && (Boolean.TRUE.equals(associate)
                    || associate == null && Boolean.TRUE.equals(net.subnetPublicIp.get(subnet)))) {
                pub = enis.publicPlaceholder(s.id, r);
            }
            s.publicIp = pub == null || pub.isEmpty() ? null : pub;
            enis.add(s, r);
        }
        if (blocks.isEmpty() && subnet == null) {
            ctx.note(Severity.WARNING, r, Text.of("import.tf.interfacesAfterApply"));
        }
        for (Map.Entry<String, JsonNode> b : blocks) {
            String eni = TfContext.text(b.getValue(), "network_interface_id", b.getKey());
            if (eni != null) {
                attachments.computeIfAbsent(eni, k -> new ArrayList<>()).add(new Object[] {
                    id, TfContext.integer(b.getValue(), "device_index", b.getKey())});
            }
        }
        String zone = ctx.text(r, "availability_zone");
        ctx.add(new AwsInstance(id, subnet, net.subnetVpcs.get(subnet), ctx.text(r, "private_ip"), null, null,
                new AwsInstance.State(16, "running"), new AwsInstance.Placement(zone), List.of(),
                ctx.bool(r, "source_dest_check"), tags != null ? tags : ctx.tags(r)), r);
    }

    private void databases() throws TfInputException {
        Map<String, List<String>> groupSubnets = new HashMap<>();
        for (TfResource g : ctx.ofType("aws_db_subnet_group")) {
            groupSubnets.put(ctx.id(g), ctx.refs(g, "subnet_ids", TfKind.SUBNET));
        }
        for (TfResource r : ctx.ofType("aws_db_instance")) {
            String id = ctx.id(r);
            String groupName = ctx.ref(r, "db_subnet_group_name", TfKind.DB_SUBNET_GROUP);
            List<String> subnets = groupSubnets.getOrDefault(groupName, List.of()).stream()
                    .filter(net.subnetCidrs::containsKey).toList();
            if (subnets.isEmpty()) {
                ctx.note(Severity.WARNING, r, Text.of("import.tf.dbGroupNoSubnet", groupName));
                ctx.add(new AwsDbInstance(id, ctx.text(r, "engine"), "available", null, List.of(), null, false,
                        ctx.tags(r)), r);
                continue;
            }
            String zone = ctx.text(r, "availability_zone");
            String subnet = subnets.stream().filter(s -> zone == null || zone.equals(net.subnetZones.get(s))).findFirst()
                    .orElse(null);
            if (subnet == null) {
                ctx.note(Severity.WARNING, r, Text.of("import.tf.dbGroupNoSubnetInZone", groupName, zone));
                ctx.add(new AwsDbInstance(id, ctx.text(r, "engine"), "available", zone, List.of(), null, false,
                        ctx.tags(r)), r);
                continue;
            }
            List<String> groups = ctx.refs(r, "vpc_security_group_ids", TfKind.SECURITY_GROUP);
            if (groups.isEmpty()) {
                TfResource vpc = net.vpcs.get(net.subnetVpcs.get(subnet));
                groups = vpc == null ? List.of() : List.of(ctx.idAs(vpc, TfKind.SECURITY_GROUP));
            }
            TfInterfaces.Spec s = new TfInterfaces.Spec();
            s.id = ctx.derivedId(r, "__rds_eni", TfKind.NETWORK_INTERFACE, "interface");
            s.subnet = subnet;
            s.groups = groups;
            s.description = "RDSNetworkInterface";
            boolean open = Boolean.TRUE.equals(ctx.bool(r, "publicly_accessible"));
            s.publicIp = open ? enis.publicPlaceholder(s.id, r) : null;
            if (!enis.add(s, r)) {
                continue;
            }
            ctx.add(new AwsDbInstance(id, ctx.text(r, "engine"), "available", net.subnetZones.get(subnet),
                    groups.stream().map(g -> new AwsDbInstance.VpcSecurityGroup(g, "active")).toList(),
                    new AwsDbInstance.DbSubnetGroup(groupName, net.subnetVpcs.get(subnet),
                            subnets.stream().map(AwsDbInstance.DbSubnet::new).toList()), open, ctx.tags(r)), r);
        }
    }
}
