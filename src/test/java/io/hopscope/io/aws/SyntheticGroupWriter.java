package io.hopscope.io.aws;

import static io.hopscope.io.aws.SyntheticJson.close;
import static io.hopscope.io.aws.SyntheticJson.open;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The security groups of {@link SyntheticAccount}: CIDR peers mixed with references to groups of the same VPC. */
final class SyntheticGroupWriter {

    private static final int[] PORTS = {22, 80, 443, 3306, 5432, 6379, 8080, 8443, 9200, 11211};

    private final SyntheticAccount.Scale scale;
    private final SyntheticIds ids;
    private final Random random;

    SyntheticGroupWriter(SyntheticAccount.Scale scale, SyntheticIds ids, Random random) {
        this.scale = scale;
        this.ids = ids;
        this.random = random;
    }

    /** Returns the number of rules as the model counts them: one per peer. */
    int securityGroups(JsonGenerator g) throws IOException {
        open(g, "SecurityGroups");
        int count = 0;
        int outbound = Math.max(1, scale.rulesPerGroup() / 6);
        for (int v = 0; v < scale.vpcs(); v++) {
            for (int k = 0; k < scale.groupsPerVpc(); k++) {
                g.writeStartObject();
                g.writeStringField("GroupId", ids.group(v, k));
                g.writeStringField("GroupName", "tier-" + v + "-" + k);
                g.writeStringField("Description", "synthetic tier " + k);
                g.writeStringField("VpcId", ids.vpc(v));
                g.writeStringField("OwnerId", "111122223333");
                g.writeArrayFieldStart("IpPermissions");
                count += permissions(g, v, scale.rulesPerGroup() - outbound, false);
                g.writeEndArray();
                g.writeArrayFieldStart("IpPermissionsEgress");
                count += permissions(g, v, outbound, true);
                g.writeEndArray();
                g.writeEndObject();
            }
        }
        close(g);
        return count;
    }

    /** Permissions with one to three peers each, a mix of CIDRs and references to groups of the same VPC. */
    private int permissions(JsonGenerator g, int v, int rules, boolean egress) throws IOException {
        int left = rules;
        if (egress) {
            g.writeStartObject();
            g.writeStringField("IpProtocol", "-1");
            cidrs(g, List.of("0.0.0.0/0"));
            g.writeEndObject();
            left--;
        }
        while (left > 0) {
            int peers = Math.min(left, 1 + random.nextInt(3));
            g.writeStartObject();
            int kind = random.nextInt(10);
            if (kind < 7) {
                int from = PORTS[random.nextInt(PORTS.length)];
                g.writeStringField("IpProtocol", "tcp");
                g.writeNumberField("FromPort", from);
                g.writeNumberField("ToPort", random.nextInt(8) == 0 ? from + 10 : from);
            } else if (kind == 7) {
                g.writeStringField("IpProtocol", "udp");
                g.writeNumberField("FromPort", 53);
                g.writeNumberField("ToPort", 53);
            } else if (kind == 8) {
                g.writeStringField("IpProtocol", "icmp");
                g.writeNumberField("FromPort", 8);
                g.writeNumberField("ToPort", -1);
            } else {
                g.writeStringField("IpProtocol", "-1");
            }
            List<String> cidrs = new ArrayList<>();
            List<String> groups = new ArrayList<>();
            for (int p = 0; p < peers; p++) {
                if (random.nextInt(10) < 6) {
                    cidrs.add(random.nextInt(20) == 0 ? "0.0.0.0/0"
                            : "10." + random.nextInt(scale.vpcs()) + "." + random.nextInt(256) + ".0/24");
                } else {
                    groups.add(ids.group(v, random.nextInt(scale.groupsPerVpc())));
                }
            }
            cidrs(g, cidrs);
            g.writeArrayFieldStart("UserIdGroupPairs");
            for (String group : groups) {
                g.writeStartObject();
                g.writeStringField("GroupId", group);
                g.writeStringField("UserId", "111122223333");
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            left -= peers;
        }
        return rules;
    }

    private static void cidrs(JsonGenerator g, List<String> cidrs) throws IOException {
        g.writeArrayFieldStart("IpRanges");
        for (String c : cidrs) {
            g.writeStartObject();
            g.writeStringField("CidrIp", c);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

}
