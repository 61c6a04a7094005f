package io.hopscope.io.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import io.hopscope.io.aws.describe.AwsElb;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Application, Network and Gateway Load Balancers (rulebook 10): the load balancer with a node
 * interface in each of its subnets (described "ELB app/NAME/ID" as AWS describes them, at an
 * address assigned at apply unless a {@code subnet_mapping} fixes it), its listeners and default
 * actions, target groups with their attributes, and registered targets. [ELB] An internet-facing
 * node has a public address: the mapping's elastic IP, else one AWS assigns at apply.
 */
final class TfLoadBalancerMapper {
    private final TfContext ctx;
    private final TfNetworkMapper net;
    private final TfInterfaces enis;

    TfLoadBalancerMapper(TfContext ctx, TfNetworkMapper net, TfInterfaces enis) {
        this.ctx = ctx;
        this.net = net;
        this.enis = enis;
    }

    /** A placeholder ARN in AWS's shape, so the node interfaces' "ELB app/NAME/ID" descriptions derive from it. */
    static String placeholderArn(TfContext ctx, TfResource r, TfKind kind) {
        String name = r.address().name();
        String type = "app";
        try {
            name = TfContext.first(ctx.text(r, "name"), name);
            String lbType = ctx.text(r, "load_balancer_type");
            type = "network".equals(lbType) ? "net" : "gateway".equals(lbType) ? "gwy" : "app";
        } catch (TfInputException e) {
            // a wrong type is refused where the attribute is read; the address names the placeholder meanwhile
        }
        String region = ctx.region.isEmpty() ? "us-east-1" : ctx.region;
        return "arn:aws:elasticloadbalancing:" + region + ":000000000000:" + (kind == TfKind.LOAD_BALANCER
                ? "loadbalancer/" + type + "/" : "targetgroup/") + name + "/" + TfIds.hash(r.text()).substring(0, 16);
    }

    void map(Map<String, String> eipAddress) throws TfInputException {
        Map<String, String> lbTypes = new LinkedHashMap<>();
        for (String type : new String[] {"aws_lb", "aws_alb"}) {
            for (TfResource r : ctx.ofType(type)) {
                lbTypes.put(ctx.id(r), loadBalancer(r, eipAddress));
            }
        }
        for (String type : new String[] {"aws_lb_target_group", "aws_alb_target_group"}) {
            for (TfResource r : ctx.ofType(type)) {
                targetGroup(r);
            }
        }
        Map<String, List<AwsElb.TargetHealthDescription>> targets = new LinkedHashMap<>();
        for (String type : new String[] {"aws_lb_target_group_attachment", "aws_alb_target_group_attachment"}) {
            for (TfResource r : ctx.ofType(type)) {
                String group = ctx.ref(r, "target_group_arn", TfKind.TARGET_GROUP);
                String target = ctx.ref(r, "target_id", TfKind.INSTANCE);
                JsonNode port = r.values().get("port");
                targets.computeIfAbsent(group, k -> new ArrayList<>()).add(new AwsElb.TargetHealthDescription(
                        new AwsElb.TargetRef(target, port == null ? null : TfContext.integer(r.values(), "port", r.path()
                                + ".values"), ctx.text(r, "availability_zone")), null));
            }
        }
        targets.forEach((group, list) -> ctx.add(new AwsElb.TargetHealthSet(group, list), firstAttachment()));
        Map<String, List<AwsElb.Listener>> listeners = new LinkedHashMap<>();
        for (String type : new String[] {"aws_lb_listener", "aws_alb_listener"}) {
            for (TfResource r : ctx.ofType(type)) {
                String lb = ctx.ref(r, "load_balancer_arn", TfKind.LOAD_BALANCER);
                String arn = TfContext.first(ctx.text(r, "arn"), lb + "/listener/" + TfIds.hash(r.text()).substring(0, 16));
                Integer port = TfContext.integer(r.values(), "port", r.path() + ".values");
                String protocol = TfContext.first(ctx.text(r, "protocol"), "gateway".equals(lbTypes.get(lb)) ? "GENEVE" : "HTTP");
                listeners.computeIfAbsent(lb, k -> new ArrayList<>()).add(new AwsElb.Listener(arn, lb, port, protocol,
                        actions(r)));
            }
        }
        listeners.forEach((lb, list) -> ctx.add(new AwsElb.ListenerSet(lb, list), firstListener()));
    }

    private String loadBalancer(TfResource r, Map<String, String> eipAddress) throws TfInputException {
        String arn = ctx.id(r);
        String type = TfContext.first(ctx.text(r, "load_balancer_type"), "application");
        boolean internal = Boolean.TRUE.equals(ctx.bool(r, "internal"));
        List<String> groups = ctx.refs(r, "security_groups", TfKind.SECURITY_GROUP);
        List<String[]> placements = new ArrayList<>();
        for (Map.Entry<String, JsonNode> m : TfValues.blocks(r.values(), "subnet_mapping", r.path() + ".values")) {
            placements.add(new String[] {TfContext.text(m.getValue(), "subnet_id", m.getKey()),
                TfContext.text(m.getValue(), "private_ipv4_address", m.getKey()),
                TfContext.text(m.getValue(), "allocation_id", m.getKey())});
        }
        if (placements.isEmpty()) {
            for (String subnet : ctx.refs(r, "subnets", TfKind.SUBNET)) {
                placements.add(new String[] {subnet, null, null});
            }
        }
        String node = arn.substring(arn.indexOf(":loadbalancer/") + ":loadbalancer/".length());
        List<AwsElb.Zone> zones = new ArrayList<>();
        String vpc = ctx.text(r, "vpc_id");
        for (String[] p : placements) {
            TfInterfaces.Spec s = new TfInterfaces.Spec();
            s.id = "eni-" + TfIds.hash(r.text() + "#" + p[0]);
            ctx.placeholder(s.id, "interface id", s.id, r);
            s.subnet = p[0];
            if (p[1] != null && !p[1].isEmpty()) {
                s.privateIps.add(p[1]);
            }
            s.groups = groups;
            // [ELB] ALB nodes are plain interfaces; NLB and GWLB nodes have their own interface types.
            s.type = type.equals("network") ? "network_load_balancer" : type.equals("gateway") ? "gateway_load_balancer"
                    : "interface";
            s.description = "ELB " + node;
            if (!internal && !type.equals("gateway")) {
                String eip = p[2] == null ? null : eipAddress.get(p[2]);
                s.publicIp = eip != null ? eip : enis.publicPlaceholder(s.id, r);
            }
            if (enis.add(s, r)) {
                zones.add(new AwsElb.Zone(net.subnetZones.get(p[0]), p[0], List.of()));
                vpc = vpc == null || vpc.isEmpty() ? net.subnetVpcs.get(p[0]) : vpc;
            }
        }
        ctx.add(new AwsElb.LoadBalancer(arn, TfContext.first(ctx.text(r, "name"), r.address().name()), type,
                internal ? "internal" : "internet-facing", vpc, new AwsElb.State("active"), zones, groups,
                ctx.text(r, "ip_address_type")), r);
        Boolean crossZone = ctx.bool(r, "enable_cross_zone_load_balancing");
        if (crossZone != null) {
            ctx.add(new AwsElb.LoadBalancerAttributes(arn, List.of(new AwsElb.Attribute("load_balancing.cross_zone.enabled",
                    crossZone.toString()))), r);
        }
        return type;
    }

    private void targetGroup(TfResource r) throws TfInputException {
        String arn = ctx.id(r);
        Integer port = TfContext.integer(r.values(), "port", r.path() + ".values");
        ctx.add(new AwsElb.TargetGroup(arn, TfContext.first(ctx.text(r, "name"), r.address().name()), ctx.text(r, "protocol"),
                port, ctx.ref(r, "vpc_id", TfKind.VPC), TfContext.first(ctx.text(r, "target_type"), "instance"), List.of()), r);
        List<AwsElb.Attribute> attributes = new ArrayList<>();
        String preserve = ctx.text(r, "preserve_client_ip");
        if (preserve != null && !preserve.isEmpty()) {
            attributes.add(new AwsElb.Attribute("preserve_client_ip.enabled", preserve));
        }
        String crossZone = ctx.text(r, "load_balancing_cross_zone_enabled");
        if (crossZone != null && !crossZone.isEmpty()) {
            attributes.add(new AwsElb.Attribute("load_balancing.cross_zone.enabled", crossZone));
        }
        if (!attributes.isEmpty()) {
            ctx.add(new AwsElb.TargetGroupAttributes(arn, attributes), r);
        }
    }

    /** default_action blocks: forward to one group, or a weighted forward block; other types are kept by name. */
    private List<AwsElb.Action> actions(TfResource r) throws TfInputException {
        List<AwsElb.Action> out = new ArrayList<>();
        List<Map.Entry<String, JsonNode>> blocks = TfValues.blocks(r.values(), "default_action", r.path() + ".values");
        for (Map.Entry<String, JsonNode> b : blocks) {
            JsonNode a = b.getValue();
            String group = TfContext.text(a, "target_group_arn", b.getKey());
            if ((group == null || group.isEmpty()) && out.isEmpty()) {
                List<TfResource> referenced = ctx.config.targets(r, "default_action", "target_group_arn");
                group = referenced.isEmpty() ? null : ctx.idAs(referenced.get(0), TfKind.TARGET_GROUP);
            }
            List<AwsElb.WeightedGroup> weighted = new ArrayList<>();
            for (Map.Entry<String, JsonNode> f : TfValues.blocks(a, "forward", b.getKey())) {
                for (Map.Entry<String, JsonNode> g : TfValues.blocks(f.getValue(), "target_group", f.getKey())) {
                    weighted.add(new AwsElb.WeightedGroup(TfContext.text(g.getValue(), "arn", g.getKey()),
                            TfContext.integer(g.getValue(), "weight", g.getKey())));
                }
            }
            out.add(new AwsElb.Action(TfContext.first(TfContext.text(a, "type", b.getKey()), "forward"),
                    group == null || group.isEmpty() ? null : group, TfContext.integer(a, "order", b.getKey()),
                    weighted.isEmpty() ? null : new AwsElb.ForwardConfig(weighted)));
        }
        return out;
    }

    private TfResource firstAttachment() {
        List<TfResource> a = new ArrayList<>(ctx.ofType("aws_lb_target_group_attachment"));
        a.addAll(ctx.ofType("aws_alb_target_group_attachment"));
        return a.get(0);
    }

    private TfResource firstListener() {
        List<TfResource> a = new ArrayList<>(ctx.ofType("aws_lb_listener"));
        a.addAll(ctx.ofType("aws_alb_listener"));
        return a.get(0);
    }
}
