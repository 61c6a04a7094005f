package io.hopscope.io.aws;

import static io.hopscope.io.aws.SyntheticJson.close;
import static io.hopscope.io.aws.SyntheticJson.open;
import static io.hopscope.io.aws.SyntheticJson.tags;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The workload part of {@link SyntheticAccount}: ENIs, EC2 and RDS instances. */
final class SyntheticWorkloadWriter {

    /** One ENI: its place, owner and groups, decided once so that every file tells the same story. */
    private record Planned(int vpc, int index, int subnet, int host, boolean rds, List<String> groups,
                           boolean windows, String publicIp) {
    }

    private final SyntheticAccount.Scale scale;
    private final SyntheticIds ids;
    private final Random random;
    private final List<Planned> planned = new ArrayList<>();

    SyntheticWorkloadWriter(SyntheticAccount.Scale scale, SyntheticIds ids, Random random) {
        this.scale = scale;
        this.ids = ids;
        this.random = random;
    }

    /** Decides every ENI: round-robin over the VPC's subnets, about 2% of private ones for RDS. */
    void plan() {
        long publicIps = 0;
        for (int v = 0; v < scale.vpcs(); v++) {
            for (int n = 0; n < scale.enisPerVpc(); n++) {
                int s = n % scale.subnetsPerVpc();
                int host = 10 + n / scale.subnetsPerVpc();
                boolean rds = !ids.isPublic(s) && random.nextInt(50) == 0;
                int count = 1 + random.nextInt(3);
                List<String> groups = new ArrayList<>();
                while (groups.size() < Math.min(count, scale.groupsPerVpc())) {
                    String sg = ids.group(v, random.nextInt(scale.groupsPerVpc()));
                    if (!groups.contains(sg)) {
                        groups.add(sg);
                    }
                }
                String publicIp = ids.isPublic(s) && !rds ? ids.publicIp(publicIps++) : null;
                planned.add(new Planned(v, n, s, host, rds, groups, random.nextInt(10) == 0, publicIp));
            }
        }
    }

    int instanceCount() {
        return (int) planned.stream().filter(p -> !p.rds()).count();
    }

    int databaseCount() {
        return (int) planned.stream().filter(Planned::rds).count();
    }

    void networkInterfaces(JsonGenerator g) throws IOException {
        open(g, "NetworkInterfaces");
        for (int v = 0; v < scale.vpcs(); v++) {
            g.writeStartObject();
            g.writeStringField("NetworkInterfaceId", ids.natEni(v));
            g.writeStringField("SubnetId", ids.subnet(v, 0));
            g.writeStringField("VpcId", ids.vpc(v));
            g.writeStringField("AvailabilityZone", ids.zone(0));
            g.writeStringField("InterfaceType", "nat_gateway");
            g.writeStringField("Description", "Interface for NAT Gateway " + ids.nat(v));
            addresses(g, ids.ip(v, 0, 5), ids.publicIp(900_000 + v));
            g.writeArrayFieldStart("Groups");
            g.writeEndArray();
            g.writeStringField("Status", "in-use");
            g.writeEndObject();
        }
        for (Planned p : planned) {
            eni(g, p, true);
        }
        close(g);
    }

    private void eni(JsonGenerator g, Planned p, boolean full) throws IOException {
        g.writeStartObject();
        g.writeStringField("NetworkInterfaceId", ids.eni(p.vpc(), p.index()));
        g.writeStringField("SubnetId", ids.subnet(p.vpc(), p.subnet()));
        g.writeStringField("VpcId", ids.vpc(p.vpc()));
        if (full) {
            g.writeStringField("AvailabilityZone", ids.zone(p.subnet()));
            g.writeStringField("InterfaceType", "interface");
        }
        g.writeStringField("Description", p.rds() ? "RDSNetworkInterface" : "");
        addresses(g, ids.ip(p.vpc(), p.subnet(), p.host()), p.publicIp());
        g.writeArrayFieldStart("Groups");
        for (String sg : p.groups()) {
            g.writeStartObject();
            g.writeStringField("GroupId", sg);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("Attachment");
        if (!p.rds()) {
            if (full) {
                g.writeStringField("InstanceId", ids.instance(p.vpc(), p.index()));
            }
            g.writeNumberField("DeviceIndex", 0);
            g.writeStringField("AttachTime", "2024-05-14T09:12:44+00:00");
        } else {
            g.writeStringField("InstanceOwnerId", "amazon-rds");
            g.writeNumberField("DeviceIndex", 1);
        }
        g.writeStringField("Status", "attached");
        g.writeEndObject();
        g.writeStringField("Status", "in-use");
        if (full) {
            g.writeArrayFieldStart("TagSet");
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void addresses(JsonGenerator g, String privateIp, String publicIp) throws IOException {
        if (publicIp != null) {
            g.writeObjectFieldStart("Association");
            g.writeStringField("IpOwnerId", "amazon");
            g.writeStringField("PublicIp", publicIp);
            g.writeEndObject();
        }
        g.writeStringField("PrivateIpAddress", privateIp);
        g.writeArrayFieldStart("PrivateIpAddresses");
        g.writeStartObject();
        g.writeBooleanField("Primary", true);
        g.writeStringField("PrivateIpAddress", privateIp);
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("Ipv6Addresses");
        g.writeEndArray();
    }

    /** One reservation per instance, each carrying its own copy of its ENI, as describe-instances does. */
    void instances(JsonGenerator g) throws IOException {
        open(g, "Reservations");
        for (Planned p : planned) {
            if (p.rds()) {
                continue;
            }
            g.writeStartObject();
            g.writeStringField("ReservationId", SyntheticIds.id("r-", 13, (long) p.vpc() * 100_000 + p.index()));
            g.writeArrayFieldStart("Instances");
            g.writeStartObject();
            g.writeStringField("InstanceId", ids.instance(p.vpc(), p.index()));
            g.writeStringField("InstanceType", "t3.micro");
            g.writeStringField("SubnetId", ids.subnet(p.vpc(), p.subnet()));
            g.writeStringField("VpcId", ids.vpc(p.vpc()));
            g.writeStringField("PrivateIpAddress", ids.ip(p.vpc(), p.subnet(), p.host()));
            if (p.windows()) {
                g.writeStringField("Platform", "windows");
            }
            g.writeStringField("LaunchTime", "2024-05-14T09:12:44+00:00");
            g.writeObjectFieldStart("State");
            g.writeNumberField("Code", 16);
            g.writeStringField("Name", "running");
            g.writeEndObject();
            g.writeObjectFieldStart("Placement");
            g.writeStringField("AvailabilityZone", ids.zone(p.subnet()));
            g.writeEndObject();
            g.writeArrayFieldStart("NetworkInterfaces");
            eni(g, p, false);
            g.writeEndArray();
            tags(g, "Tags", "host-" + p.vpc() + "-" + p.index());
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        close(g);
    }

    /** [RDS] each DB lists exactly the groups of its ENI and a subnet group holding the ENI's subnet. */
    void databases(JsonGenerator g) throws IOException {
        open(g, "DBInstances");
        for (Planned p : planned) {
            if (!p.rds()) {
                continue;
            }
            g.writeStartObject();
            g.writeStringField("DBInstanceIdentifier", "db-" + p.vpc() + "-" + p.index());
            g.writeStringField("Engine", p.index() % 2 == 0 ? "mysql" : "postgres");
            g.writeStringField("DBInstanceStatus", "available");
            g.writeStringField("AvailabilityZone", ids.zone(p.subnet()));
            g.writeArrayFieldStart("VpcSecurityGroups");
            for (String sg : p.groups()) {
                g.writeStartObject();
                g.writeStringField("VpcSecurityGroupId", sg);
                g.writeStringField("Status", "active");
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("DBSubnetGroup");
            g.writeStringField("DBSubnetGroupName", "db-subnets-" + p.vpc() + "-" + p.subnet());
            g.writeStringField("VpcId", ids.vpc(p.vpc()));
            g.writeArrayFieldStart("Subnets");
            int other = (p.subnet() + 1) % scale.subnetsPerVpc();
            for (int s : new int[] {p.subnet(), other}) {
                g.writeStartObject();
                g.writeStringField("SubnetIdentifier", ids.subnet(p.vpc(), s));
                g.writeObjectFieldStart("SubnetAvailabilityZone");
                g.writeStringField("Name", ids.zone(s));
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeBooleanField("PubliclyAccessible", false);
            g.writeEndObject();
        }
        close(g);
    }
}
