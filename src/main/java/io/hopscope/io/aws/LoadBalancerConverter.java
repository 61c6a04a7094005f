package io.hopscope.io.aws;

import io.hopscope.text.Text;
import io.hopscope.io.aws.describe.AwsElb;
import io.hopscope.io.aws.describe.AwsSnapshot;
import io.hopscope.io.aws.describe.Sourced;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.Listener;
import io.hopscope.model.LoadBalancer;
import io.hopscope.model.LoadBalancerType;
import io.hopscope.model.LongLoop;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.Subnet;
import io.hopscope.model.Target;
import io.hopscope.model.TargetGroup;
import io.hopscope.model.TargetType;
import io.hopscope.model.Vpc;
import io.hopscope.model.Workload;
import io.hopscope.model.net.IpAddress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Load balancers, their listeners and attributes, target groups with their registered targets and
 * attributes (rulebook 10). Runs after interfaces and workloads, so the node ENIs ("ELB app/NAME/ID")
 * and the instances targets name are known. A target naming an instance that is not in the snapshot
 * and a listener naming a target group that is not in it are reported with file and JSON path and
 * left out; the rest imports.
 */
final class LoadBalancerConverter {
    private final AwsSnapshot snapshot;
    private final ImportContext ctx;

    LoadBalancerConverter(AwsSnapshot snapshot, ImportContext ctx) {
        this.snapshot = snapshot;
        this.ctx = ctx;
    }

    void convert() {
        Map<String, Sourced<AwsElb.TargetGroup>> groups = targetGroups();
        loadBalancers(groups);
    }

    private Map<String, Sourced<AwsElb.TargetGroup>> targetGroups() {
        Map<String, List<Target>> targets = targets();
        Map<String, List<AwsElb.Attribute>> attributes = new HashMap<>();
        for (Sourced<AwsElb.TargetGroupAttributes> s : snapshot.all(AwsElb.TargetGroupAttributes.class)) {
            if (s.value().targetGroupArn() != null) {
                attributes.put(s.value().targetGroupArn(), s.value().attributes());
            }
        }
        Map<String, Sourced<AwsElb.TargetGroup>> byArn = new LinkedHashMap<>();
        for (Sourced<AwsElb.TargetGroup> s : snapshot.all(AwsElb.TargetGroup.class)) {
            AwsElb.TargetGroup g = s.value();
            String id = g.targetGroupArn();
            if (ctx.missingId(s, "TargetGroupArn", id)) {
                continue;
            }
            TargetType type = g.targetType() == null ? TargetType.INSTANCE : TargetType.fromWireName(g.targetType());
            if (type == null) {
                ctx.warning(s, "TargetType", Text.of("import.aws.lb.targetType", g.targetType()), id);
                type = TargetType.INSTANCE;
            }
            String vpc = g.vpcId() != null && ctx.get(g.vpcId(), Vpc.class) == null ? null : g.vpcId();
            if (g.vpcId() != null && vpc == null) {
                ctx.warning(s, "VpcId", Text.of("import.aws.lb.tgVpc", g.vpcId(), id), id);
            }
            List<AwsElb.Attribute> attrs = attributes.getOrDefault(id, List.of());
            TargetGroup tg = new TargetGroup(id, g.targetGroupName(), type, g.protocol(), g.port(), vpc,
                    targets.getOrDefault(id, List.of()), bool(AwsElb.Attribute.of(attrs, "preserve_client_ip.enabled")),
                    bool(AwsElb.Attribute.of(attrs, "load_balancing.cross_zone.enabled")));
            if (ctx.add(tg, s)) {
                byArn.put(id, s);
            }
        }
        for (Sourced<AwsElb.TargetHealthSet> s : snapshot.all(AwsElb.TargetHealthSet.class)) {
            String arn = s.value().targetGroupArn();
            if (arn != null && !byArn.containsKey(arn)) {
                ctx.warning(s, "TargetGroupArn", Text.of("import.aws.lb.tgMissing", arn), arn);
            }
        }
        return byArn;
    }

    /** Registered targets per target group ARN; a target naming a missing instance is reported and dropped. */
    private Map<String, List<Target>> targets() {
        Map<String, List<Target>> out = new HashMap<>();
        for (Sourced<AwsElb.TargetHealthSet> s : snapshot.all(AwsElb.TargetHealthSet.class)) {
            String arn = s.value().targetGroupArn();
            if (ctx.missingId(s, "TargetGroupArn", arn)) {
                continue;
            }
            List<Target> list = out.computeIfAbsent(arn, k -> new ArrayList<>());
            List<AwsElb.TargetHealthDescription> all = s.value().targetHealthDescriptions();
            for (int i = 0; i < all.size(); i++) {
                AwsElb.TargetHealthDescription d = all.get(i);
                String at = "TargetHealthDescriptions[" + i + "].Target.Id";
                String id = d.target() == null ? null : d.target().id();
                if (id == null || id.isBlank()) {
                    ctx.error(s, at, Text.of("import.aws.lb.targetNoId"), arn);
                    continue;
                }
                if (id.startsWith("i-") && ctx.get(id, Workload.class) == null) {
                    ctx.error(s, at, Text.of("import.aws.lb.targetInstance", arn, id), arn);
                    continue;
                }
                if (!id.startsWith("i-") && !id.startsWith("arn:") && !IpAddress.isValid(id)) {
                    ctx.error(s, at, Text.of("import.aws.lb.targetId", id), arn);
                    continue;
                }
                String health = d.targetHealth() == null ? null : d.targetHealth().state();
                list.add(new Target(id, d.target().port(), d.target().availabilityZone(), health));
            }
        }
        return out;
    }

    private void loadBalancers(Map<String, Sourced<AwsElb.TargetGroup>> groups) {
        Map<String, List<NetworkInterface>> nodes = new HashMap<>();
        // The 10,000 interfaces of a quota-scale account: see LongLoop.
        LongLoop.forEach(ctx.all(NetworkInterface.class), eni -> {
            if (eni.type() == InterfaceType.LOAD_BALANCER && eni.description().startsWith("ELB ")) {
                nodes.computeIfAbsent(eni.description().substring(4), k -> new ArrayList<>()).add(eni);
            }
        });
        Map<String, List<Listener>> listeners = new ListenerReader(snapshot, ctx, groups.keySet()).byLoadBalancer();
        Map<String, List<AwsElb.Attribute>> attributes = new HashMap<>();
        for (Sourced<AwsElb.LoadBalancerAttributes> s : snapshot.all(AwsElb.LoadBalancerAttributes.class)) {
            if (s.value().loadBalancerArn() != null) {
                attributes.put(s.value().loadBalancerArn(), s.value().attributes());
            }
        }
        for (Sourced<AwsElb.LoadBalancer> s : snapshot.all(AwsElb.LoadBalancer.class)) {
            AwsElb.LoadBalancer b = s.value();
            String id = b.loadBalancerArn();
            if (ctx.missingId(s, "LoadBalancerArn", id)) {
                continue;
            }
            if (ctx.get(b.vpcId(), Vpc.class) == null) {
                ctx.error(s, "VpcId", Text.of("import.aws.lb.vpc", id, b.vpcId()), id);
                continue;
            }
            LoadBalancerType type = LoadBalancerType.fromWireName(b.type());
            if (type == null) {
                ctx.warning(s, "Type", Text.of("import.aws.lb.type", b.type()), id);
                type = LoadBalancerType.APPLICATION;
            }
            List<String> subnets = new ArrayList<>();
            for (int i = 0; i < b.availabilityZones().size(); i++) {
                String subnet = b.availabilityZones().get(i).subnetId();
                if (ctx.get(subnet, Subnet.class) == null) {
                    ctx.error(s, "AvailabilityZones[" + i + "].SubnetId", Text.of("import.aws.lb.zone", subnet, id), id);
                } else if (!subnets.contains(subnet)) {
                    subnets.add(subnet);
                }
            }
            List<String> sgs = new ArrayList<>();
            for (int i = 0; i < b.securityGroups().size(); i++) {
                String sg = b.securityGroups().get(i);
                if (ctx.get(sg, SecurityGroup.class) == null) {
                    ctx.error(s, "SecurityGroups[" + i + "]", Text.of("import.aws.lb.sg", sg, id), id);
                } else if (!sgs.contains(sg)) {
                    sgs.add(sg);
                }
            }
            List<String> enis = new ArrayList<>();
            for (NetworkInterface eni : nodes.getOrDefault(nodeKey(id), List.of())) {
                if (subnets.contains(eni.subnetId())) {
                    enis.add(eni.id());
                }
            }
            if (enis.isEmpty()) {
                ctx.warning(s, "", Text.of("import.aws.lbNoNodes", nodeKey(id), id), id);
            }
            List<AwsElb.Attribute> attrs = attributes.getOrDefault(id, List.of());
            boolean internal = "internal".equalsIgnoreCase(b.scheme());
            ctx.add(new LoadBalancer(id, b.loadBalancerName(), type, internal, b.vpcId(), subnets, sgs, enis,
                    listeners.getOrDefault(id, List.of()), bool(AwsElb.Attribute.of(attrs,
                    "load_balancing.cross_zone.enabled")), b.state() == null ? null : b.state().code()), s);
        }
    }

    /** "arn:aws:elasticloadbalancing:...:loadbalancer/app/web/123" -> "app/web/123", as node ENIs describe it. */
    static String nodeKey(String arn) {
        int at = arn.indexOf(":loadbalancer/");
        return at < 0 ? arn : arn.substring(at + ":loadbalancer/".length());
    }

    /** "true"/"false" as a flag; null (the default) for anything else, "use_load_balancer_configuration" included. */
    static Boolean bool(String value) {
        if ("true".equalsIgnoreCase(value)) {
            return true;
        }
        return "false".equalsIgnoreCase(value) ? false : null;
    }
}
