package io.hopscope.io.aws;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Load balancers of the synthetic account, {@link #PER_VPC} per VPC (200 at the quota scale): even
 * ones internet-facing ALBs with instance targets in the public subnets, odd ones internal NLBs with
 * IP targets in the private subnets. Each has a node in the VPC's first two public subnets (ENIs
 * "ELB app/..." or "ELB net/..." in a describe-network-interfaces file of their own), one listener on
 * 443 and a target group of four targets, written as describe-load-balancers, describe-target-groups
 * and Batfish's listener, target-health and attribute aggregates.
 */
final class SyntheticLoadBalancerWriter {
    static final int PER_VPC = 10;
    private static final int TARGETS = 4;
    private static final String ARN = "arn:aws:elasticloadbalancing:" + SyntheticAccount.REGION + ":111122223333:";
    /** Node public addresses start far above the instances' (at most 10,000 at the quota scale). */
    private static final long PUBLIC_IP_BASE = 500_000;

    private final SyntheticAccount.Scale scale;
    private final SyntheticIds ids;

    SyntheticLoadBalancerWriter(SyntheticAccount.Scale scale, SyntheticIds ids) {
        this.scale = scale;
        this.ids = ids;
    }

    /** Writes the load balancer files into {@code dir}; returns how many load balancers. */
    int write(JsonFactory factory, Path dir) throws IOException {
        try (JsonGenerator g = open(factory, dir, "describe-load-balancers.json")) {
            each(g, "LoadBalancers", this::loadBalancer);
        }
        try (JsonGenerator g = open(factory, dir, "describe-target-groups.json")) {
            each(g, "TargetGroups", this::targetGroup);
        }
        try (JsonGenerator g = open(factory, dir, "load-balancer-listeners.json")) {
            each(g, "LoadBalancerListeners", this::listeners);
        }
        try (JsonGenerator g = open(factory, dir, "load-balancer-target-health.json")) {
            each(g, "LoadBalancerTargetHealth", this::targetHealth);
        }
        try (JsonGenerator g = open(factory, dir, "load-balancer-attributes.json")) {
            each(g, "LoadBalancerAttributes", this::attributes);
        }
        try (JsonGenerator g = open(factory, dir, "describe-network-interfaces-elb.json")) {
            SyntheticJson.open(g, "NetworkInterfaces");
            for (int v = 0; v < scale.vpcs(); v++) {
                for (int k = 0; k < PER_VPC; k++) {
                    for (int n = 0; n < nodeSubnets(); n++) {
                        node(g, v, k, n);
                    }
                }
            }
            SyntheticJson.close(g);
        }
        return scale.vpcs() * PER_VPC;
    }

    private interface Item {
        void write(JsonGenerator g, int v, int k) throws IOException;
    }

    private void each(JsonGenerator g, String key, Item item) throws IOException {
        SyntheticJson.open(g, key);
        for (int v = 0; v < scale.vpcs(); v++) {
            for (int k = 0; k < PER_VPC; k++) {
                item.write(g, v, k);
            }
        }
        SyntheticJson.close(g);
    }

    private static boolean alb(int k) {
        return k % 2 == 0;
    }

    private static String name(int v, int k) {
        return (alb(k) ? "web" : "svc") + "-" + v + "-" + k;
    }

    static String loadBalancerArn(int v, int k) {
        return ARN + "loadbalancer/" + (alb(k) ? "app/" : "net/") + name(v, k) + "/" + String.format("%016x", v * 100L + k);
    }

    private static String targetGroupArn(int v, int k) {
        return ARN + "targetgroup/" + name(v, k) + "-tg/" + String.format("%016x", v * 100L + k);
    }

    /** The public subnets 0 and 5 hold the nodes (one node when the VPC has too few subnets). */
    private int nodeSubnets() {
        return scale.subnetsPerVpc() > 5 ? 2 : 1;
    }

    private String nodeEni(int v, int k, int n) {
        return SyntheticIds.id("eni-", 13, (v * 100L + k) * 10 + n);
    }

    private void loadBalancer(JsonGenerator g, int v, int k) throws IOException {
        g.writeStartObject();
        g.writeStringField("LoadBalancerArn", loadBalancerArn(v, k));
        g.writeStringField("LoadBalancerName", name(v, k));
        g.writeStringField("Scheme", alb(k) ? "internet-facing" : "internal");
        g.writeStringField("VpcId", ids.vpc(v));
        g.writeObjectFieldStart("State");
        g.writeStringField("Code", "active");
        g.writeEndObject();
        g.writeStringField("Type", alb(k) ? "application" : "network");
        g.writeArrayFieldStart("AvailabilityZones");
        for (int n = 0; n < nodeSubnets(); n++) {
            g.writeStartObject();
            g.writeStringField("ZoneName", ids.zone(5 * n));
            g.writeStringField("SubnetId", ids.subnet(v, 5 * n));
            g.writeEndObject();
        }
        g.writeEndArray();
        if (alb(k)) {
            SyntheticJson.strings(g, "SecurityGroups", ids.group(v, k % scale.groupsPerVpc()));
        }
        g.writeEndObject();
    }

    private void targetGroup(JsonGenerator g, int v, int k) throws IOException {
        g.writeStartObject();
        g.writeStringField("TargetGroupArn", targetGroupArn(v, k));
        g.writeStringField("TargetGroupName", name(v, k) + "-tg");
        g.writeStringField("Protocol", alb(k) ? "HTTP" : "TCP");
        g.writeNumberField("Port", alb(k) ? 8080 : 443);
        g.writeStringField("VpcId", ids.vpc(v));
        g.writeStringField("TargetType", alb(k) ? "instance" : "ip");
        SyntheticJson.strings(g, "LoadBalancerArns", loadBalancerArn(v, k));
        g.writeEndObject();
    }

    private void listeners(JsonGenerator g, int v, int k) throws IOException {
        g.writeStartObject();
        g.writeStringField("LoadBalancerArn", loadBalancerArn(v, k));
        g.writeArrayFieldStart("Listeners");
        g.writeStartObject();
        g.writeStringField("ListenerArn", ARN + "listener/" + name(v, k) + "/443");
        g.writeStringField("LoadBalancerArn", loadBalancerArn(v, k));
        g.writeNumberField("Port", 443);
        g.writeStringField("Protocol", alb(k) ? "HTTPS" : "TCP");
        g.writeArrayFieldStart("DefaultActions");
        g.writeStartObject();
        g.writeStringField("Type", "forward");
        g.writeStringField("TargetGroupArn", targetGroupArn(v, k));
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * Instance targets are ENIs of public subnets (never RDS there); IP targets the private addresses
     * of ENIs in private subnets. ENI n of a VPC sits in subnet n mod subnetsPerVpc.
     */
    private void targetHealth(JsonGenerator g, int v, int k) throws IOException {
        g.writeStartObject();
        g.writeStringField("TargetGroupArn", targetGroupArn(v, k));
        g.writeArrayFieldStart("TargetHealthDescriptions");
        int subnets = scale.subnetsPerVpc();
        int perSubnet = Math.max(1, scale.enisPerVpc() / subnets);
        for (int t = 0; t < TARGETS; t++) {
            int row = (k * TARGETS + t) % perSubnet;
            int s = alb(k) ? 0 : 1 + (k + t) % (subnets - 1);
            if (!alb(k) && ids.isPublic(s)) {
                s = s + 1 < subnets ? s + 1 : 1;
            }
            int n = row * subnets + s;
            if (n >= scale.enisPerVpc()) {
                continue;
            }
            g.writeStartObject();
            g.writeObjectFieldStart("Target");
            g.writeStringField("Id", alb(k) ? ids.instance(v, n) : ids.ip(v, s, 10 + n / subnets));
            g.writeNumberField("Port", alb(k) ? 8080 : 443);
            if (!alb(k)) {
                g.writeStringField("AvailabilityZone", ids.zone(s));
            }
            g.writeEndObject();
            g.writeObjectFieldStart("TargetHealth");
            g.writeStringField("State", "healthy");
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void attributes(JsonGenerator g, int v, int k) throws IOException {
        g.writeStartObject();
        g.writeStringField("LoadBalancerArn", loadBalancerArn(v, k));
        g.writeArrayFieldStart("Attributes");
        g.writeStartObject();
        g.writeStringField("Key", "load_balancing.cross_zone.enabled");
        g.writeStringField("Value", alb(k) ? "true" : "false");
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    private void node(JsonGenerator g, int v, int k, int n) throws IOException {
        int s = 5 * n;
        g.writeStartObject();
        g.writeStringField("NetworkInterfaceId", nodeEni(v, k, n));
        g.writeStringField("SubnetId", ids.subnet(v, s));
        g.writeStringField("VpcId", ids.vpc(v));
        g.writeStringField("AvailabilityZone", ids.zone(s));
        g.writeStringField("InterfaceType", alb(k) ? "interface" : "network_load_balancer");
        g.writeStringField("Description", "ELB " + loadBalancerArn(v, k).substring(loadBalancerArn(v, k)
                .indexOf(":loadbalancer/") + ":loadbalancer/".length()));
        g.writeStringField("RequesterId", "amazon-elb");
        String privateIp = ids.ip(v, s, 200 + k);
        if (alb(k)) {
            g.writeObjectFieldStart("Association");
            g.writeStringField("PublicIp", ids.publicIp(PUBLIC_IP_BASE + (v * 100L + k) * 10 + n));
            g.writeEndObject();
        }
        g.writeStringField("PrivateIpAddress", privateIp);
        g.writeArrayFieldStart("PrivateIpAddresses");
        g.writeStartObject();
        g.writeBooleanField("Primary", true);
        g.writeStringField("PrivateIpAddress", privateIp);
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("Groups");
        if (alb(k)) {
            g.writeStartObject();
            g.writeStringField("GroupId", ids.group(v, k % scale.groupsPerVpc()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("Status", "in-use");
        g.writeEndObject();
    }

    private static JsonGenerator open(JsonFactory factory, Path dir, String name) throws IOException {
        return factory.createGenerator(dir.resolve(name).toFile(), JsonEncoding.UTF8);
    }
}
