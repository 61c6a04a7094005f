package io.hopscope.io.aws;

import static io.hopscope.io.aws.SyntheticJson.close;
import static io.hopscope.io.aws.SyntheticJson.open;
import static io.hopscope.io.aws.SyntheticJson.tags;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Random;

/** The routing part of {@link SyntheticAccount}: route tables and network ACLs. */
final class SyntheticRoutingWriter {

    private final SyntheticAccount.Scale scale;
    private final SyntheticIds ids;
    private final Random random;

    SyntheticRoutingWriter(SyntheticAccount.Scale scale, SyntheticIds ids, Random random) {
        this.scale = scale;
        this.ids = ids;
        this.random = random;
    }

    /** Returns the number of routes written. */
    int routeTables(JsonGenerator g) throws IOException {
        open(g, "RouteTables");
        int count = 0;
        for (int v = 0; v < scale.vpcs(); v++) {
            g.writeStartObject();
            g.writeStringField("RouteTableId", ids.mainTable(v));
            g.writeStringField("VpcId", ids.vpc(v));
            g.writeArrayFieldStart("Associations");
            g.writeStartObject();
            g.writeBooleanField("Main", true);
            g.writeStringField("RouteTableId", ids.mainTable(v));
            g.writeEndObject();
            g.writeEndArray();
            g.writeArrayFieldStart("Routes");
            route(g, "DestinationCidrBlock", ids.vpcCidr(v), "GatewayId", "local", "active", "CreateRouteTable");
            g.writeEndArray();
            g.writeEndObject();
            count += 1;
            count += table(g, v, true);
            count += table(g, v, false);
        }
        close(g);
        return count;
    }

    private int table(JsonGenerator g, int v, boolean pub) throws IOException {
        String id = pub ? ids.publicTable(v) : ids.privateTable(v);
        g.writeStartObject();
        g.writeStringField("RouteTableId", id);
        g.writeStringField("VpcId", ids.vpc(v));
        g.writeArrayFieldStart("Associations");
        for (int s = 0; s < scale.subnetsPerVpc(); s++) {
            if (ids.isPublic(s) == pub) {
                g.writeStartObject();
                g.writeBooleanField("Main", false);
                g.writeStringField("RouteTableId", id);
                g.writeStringField("SubnetId", ids.subnet(v, s));
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("Routes");
        int n = 0;
        route(g, "DestinationCidrBlock", ids.vpcCidr(v), "GatewayId", "local", "active", "CreateRouteTable");
        n++;
        if (pub) {
            route(g, "DestinationCidrBlock", "0.0.0.0/0", "GatewayId", ids.igw(v), "active", "CreateRoute");
        } else {
            route(g, "DestinationCidrBlock", "0.0.0.0/0", "NatGatewayId", ids.nat(v), "active", "CreateRoute");
            route(g, "DestinationPrefixListId", SyntheticAccount.S3_PREFIX_LIST, "GatewayId", ids.vpce(v), "active",
                    "CreateRoute");
            n++;
        }
        n++;
        for (int p = 0; p < scale.peerings(); p++) {
            if (p == v || p + 1 == v) {
                int peer = p == v ? p + 1 : p;
                route(g, "DestinationCidrBlock", ids.vpcCidr(peer), "VpcPeeringConnectionId", ids.pcx(p), "active",
                        "CreateRoute");
                n++;
            }
        }
        // Filler routes to on-premises-like /24s in 172.16.0.0/12: gateway, NAT or a blackhole left by a deleted NAT.
        for (int k = 0; n < scale.routesPerTable(); k++, n++) {
            String cidr = "172." + (16 + k / 256) + "." + (k % 256) + ".0/24";
            int pick = random.nextInt(10);
            if (pick < 2) {
                route(g, "DestinationCidrBlock", cidr, "NatGatewayId", SyntheticIds.id("nat-", 14, k), "blackhole",
                        "CreateRoute");
            } else if (pub) {
                route(g, "DestinationCidrBlock", cidr, "GatewayId", ids.igw(v), "active", "CreateRoute");
            } else {
                route(g, "DestinationCidrBlock", cidr, "NatGatewayId", ids.nat(v), "active", "CreateRoute");
            }
        }
        g.writeEndArray();
        tags(g, "Tags", (pub ? "public-" : "private-") + v);
        g.writeEndObject();
        return n;
    }

    private static void route(JsonGenerator g, String destField, String dest, String targetField, String target,
                              String state, String origin) throws IOException {
        g.writeStartObject();
        g.writeStringField(destField, dest);
        g.writeStringField(targetField, target);
        g.writeStringField("Origin", origin);
        g.writeStringField("State", state);
        g.writeEndObject();
    }

    /** Returns the number of entries written, not counting the * rules. */
    int networkAcls(JsonGenerator g) throws IOException {
        open(g, "NetworkAcls");
        int count = 0;
        for (int v = 0; v < scale.vpcs(); v++) {
            count += acl(g, v, true);
            count += acl(g, v, false);
        }
        close(g);
        return count;
    }

    private int acl(JsonGenerator g, int v, boolean isDefault) throws IOException {
        String id = isDefault ? ids.defaultAcl(v) : ids.privateAcl(v);
        g.writeStartObject();
        g.writeStringField("NetworkAclId", id);
        g.writeStringField("VpcId", ids.vpc(v));
        g.writeBooleanField("IsDefault", isDefault);
        g.writeArrayFieldStart("Associations");
        for (int s = 0; s < scale.subnetsPerVpc(); s++) {
            if (ids.isPublic(s) == isDefault) {
                g.writeStartObject();
                g.writeStringField("NetworkAclId", id);
                g.writeStringField("SubnetId", ids.subnet(v, s));
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("Entries");
        int n = 0;
        if (isDefault) {
            for (boolean egress : new boolean[] {false, true}) {
                entry(g, 100, egress, "-1", "allow", "0.0.0.0/0", null, null);
                n++;
            }
        } else {
            int perDirection = scale.aclEntries() / 2;
            for (boolean egress : new boolean[] {false, true}) {
                for (int k = 0; k < perDirection - 1; k++) {
                    int number = 100 + 10 * k;
                    String cidr = "10." + random.nextInt(scale.vpcs()) + "." + random.nextInt(scale.subnetsPerVpc()) + ".0/24";
                    int kind = random.nextInt(10);
                    if (kind < 6) {
                        int port = new int[] {22, 80, 443, 3306, 5432, 6379, 8080}[random.nextInt(7)];
                        entry(g, number, egress, "6", kind == 0 ? "deny" : "allow", cidr, new int[] {port, port}, null);
                    } else if (kind < 8) {
                        entry(g, number, egress, "17", "allow", cidr, new int[] {53, 53}, null);
                    } else {
                        entry(g, number, egress, "1", "allow", cidr, null, new int[] {kind == 8 ? 8 : 0, -1});
                    }
                    n++;
                }
                // [NACL ephemeral] the last numbered rule admits replies and the rest of the VPC range.
                entry(g, 32000, egress, "-1", "allow", "10.0.0.0/8", null, null);
                n++;
            }
        }
        for (boolean egress : new boolean[] {false, true}) {
            entry(g, 32767, egress, "-1", "deny", "0.0.0.0/0", null, null);
        }
        g.writeEndArray();
        tags(g, "Tags", (isDefault ? "default-" : "private-") + v);
        g.writeEndObject();
        return n;
    }

    private static void entry(JsonGenerator g, int number, boolean egress, String protocol, String action, String cidr,
                              int[] ports, int[] icmp) throws IOException {
        g.writeStartObject();
        g.writeNumberField("RuleNumber", number);
        g.writeBooleanField("Egress", egress);
        g.writeStringField("Protocol", protocol);
        g.writeStringField("RuleAction", action);
        g.writeStringField("CidrBlock", cidr);
        if (ports != null) {
            g.writeObjectFieldStart("PortRange");
            g.writeNumberField("From", ports[0]);
            g.writeNumberField("To", ports[1]);
            g.writeEndObject();
        }
        if (icmp != null) {
            g.writeObjectFieldStart("IcmpTypeCode");
            g.writeNumberField("Type", icmp[0]);
            g.writeNumberField("Code", icmp[1]);
            g.writeEndObject();
        }
        g.writeEndObject();
    }

}
