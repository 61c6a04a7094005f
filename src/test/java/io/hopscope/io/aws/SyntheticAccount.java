package io.hopscope.io.aws;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a made-up AWS account as AWS CLI describe-* JSON (the shapes of the conformance files),
 * at a scale near the default VPC quotas, for benchmarks and scale tests. Plain Java and a seeded
 * {@link Random}: the same seed and scale always give the same files.
 *
 * <p>Per VPC: 10.V.0.0/16 with /24 subnets (every fifth one public), an internet gateway, a NAT
 * gateway in the first public subnet, an S3 gateway endpoint, a main table plus a public and a
 * private route table, the default NACL on the public subnets and a custom NACL on the private
 * ones, security groups mixing CIDR and group-reference peers, EC2 instances with one ENI each and
 * some RDS instances on RDSNetworkInterface ENIs. A few neighbouring VPCs are peered. Ten load
 * balancers per VPC ({@link SyntheticLoadBalancerWriter}: 200 at the quota scale).
 */
public final class SyntheticAccount {

    /** How big an account to write. Subnets hold at most 240 ENIs each (a /24 less reserved room). */
    public record Scale(int vpcs, int subnetsPerVpc, int enisPerVpc, int groupsPerVpc, int rulesPerGroup,
                        int aclEntries, int routesPerTable, int peerings) {

        public Scale {
            if (vpcs < 1 || vpcs > 250 || subnetsPerVpc < 2 || subnetsPerVpc > 250 || groupsPerVpc < 1) {
                throw new IllegalArgumentException("scale out of range: " + vpcs + " VPCs, " + subnetsPerVpc + " subnets");
            }
            if ((enisPerVpc + subnetsPerVpc - 1) / subnetsPerVpc > 240) {
                throw new IllegalArgumentException("more than 240 ENIs per /24 subnet");
            }
            if (peerings > vpcs - 1 || routesPerTable < 4 + 2 * peerings || aclEntries < 2 || rulesPerGroup < 2) {
                throw new IllegalArgumentException("too few routes, ACL entries or rules for this scale");
            }
        }

        /** About the default quotas: 20 VPCs, 1,000 subnets, 10,000 ENIs, 1,000 SGs x 60 rules. */
        public static Scale quota() {
            return new Scale(20, 50, 500, 50, 60, 40, 50, 4);
        }

        /** The quota scale times {@code factor} for counts of things (rule and route counts stay). */
        public static Scale quotaTimes(double factor) {
            Scale q = quota();
            int vpcs = Math.max(2, (int) Math.round(q.vpcs * Math.sqrt(factor)));
            int subnets = Math.max(5, (int) Math.round(q.subnetsPerVpc * Math.sqrt(factor)));
            int enis = Math.max(subnets, (int) Math.round(q.enisPerVpc * factor * q.vpcs / vpcs));
            int groups = Math.max(3, (int) Math.round(q.groupsPerVpc * factor * q.vpcs / vpcs));
            return new Scale(vpcs, subnets, enis, groups, q.rulesPerGroup, q.aclEntries, q.routesPerTable,
                    Math.min(q.peerings, vpcs - 1));
        }

        public int subnets() {
            return vpcs * subnetsPerVpc;
        }

        public int enis() {
            return vpcs * enisPerVpc;
        }

        public int groups() {
            return vpcs * groupsPerVpc;
        }
    }

    /** What was written: the counts a test or a benchmark report quotes. */
    public record Summary(int vpcs, int subnets, int instances, int databases, int networkInterfaces,
                          int securityGroups, int securityGroupRules, int aclEntries, int routes, int peerings,
                          long bytes) {
    }

    static final String S3_PREFIX_LIST = "pl-63a5400a";
    static final String REGION = "us-east-1";

    private final long seed;
    private final Scale scale;

    public SyntheticAccount(long seed, Scale scale) {
        this.seed = seed;
        this.scale = scale;
    }

    /** Writes the describe-*.json files into {@code dir} (created if missing). */
    public Summary write(Path dir) throws IOException {
        Files.createDirectories(dir);
        JsonFactory factory = new JsonFactory();
        SyntheticIds ids = new SyntheticIds(scale);
        SyntheticNetworkWriter network = new SyntheticNetworkWriter(scale, ids);
        SyntheticRoutingWriter routing = new SyntheticRoutingWriter(scale, ids, new Random(seed * 17 + 3));
        SyntheticGroupWriter groups = new SyntheticGroupWriter(scale, ids, new Random(seed * 13 + 5));
        SyntheticWorkloadWriter workloads = new SyntheticWorkloadWriter(scale, ids, new Random(seed));
        try (JsonGenerator g = open(factory, dir, "describe-vpcs.json")) {
            network.vpcs(g);
        }
        try (JsonGenerator g = open(factory, dir, "describe-subnets.json")) {
            network.subnets(g);
        }
        try (JsonGenerator g = open(factory, dir, "describe-internet-gateways.json")) {
            network.internetGateways(g);
        }
        try (JsonGenerator g = open(factory, dir, "describe-nat-gateways.json")) {
            network.natGateways(g);
        }
        try (JsonGenerator g = open(factory, dir, "describe-vpc-peering-connections.json")) {
            network.peeringConnections(g);
        }
        try (JsonGenerator g = open(factory, dir, "describe-prefix-lists.json")) {
            network.prefixLists(g);
        }
        try (JsonGenerator g = open(factory, dir, "describe-vpc-endpoints.json")) {
            network.vpcEndpoints(g);
        }
        int routes;
        try (JsonGenerator g = open(factory, dir, "describe-route-tables.json")) {
            routes = routing.routeTables(g);
        }
        int aclEntries;
        try (JsonGenerator g = open(factory, dir, "describe-network-acls.json")) {
            aclEntries = routing.networkAcls(g);
        }
        int rules;
        try (JsonGenerator g = open(factory, dir, "describe-security-groups.json")) {
            rules = groups.securityGroups(g);
        }
        workloads.plan();
        try (JsonGenerator g = open(factory, dir, "describe-network-interfaces.json")) {
            workloads.networkInterfaces(g);
        }
        try (JsonGenerator g = open(factory, dir, "describe-instances.json")) {
            workloads.instances(g);
        }
        try (JsonGenerator g = open(factory, dir, "describe-db-instances.json")) {
            workloads.databases(g);
        }
        if (!"false".equals(System.getProperty("hopscope.synthetic.transit"))) {
            // Off only to measure the account as it was before transit gateways (README, "Speed").
            SyntheticTransitWriter transit = new SyntheticTransitWriter(scale, ids);
            try (JsonGenerator g = open(factory, dir, "describe-transit-gateways.json")) {
                transit.gateways(g);
            }
            try (JsonGenerator g = open(factory, dir, "describe-transit-gateway-attachments.json")) {
                transit.attachments(g, false);
            }
            try (JsonGenerator g = open(factory, dir, "describe-transit-gateway-vpc-attachments.json")) {
                transit.attachments(g, true);
            }
            try (JsonGenerator g = open(factory, dir, "describe-transit-gateway-route-tables.json")) {
                transit.routeTables(g);
            }
            try (JsonGenerator g = open(factory, dir, "transit-gateway-propagations.json")) {
                transit.propagations(g);
            }
            try (JsonGenerator g = open(factory, dir, "transit-gateway-static-routes.json")) {
                transit.staticRoutes(g);
            }
        }
        if (!"false".equals(System.getProperty("hopscope.synthetic.loadBalancers"))) {
            // Off only to measure the account as it was before load balancers (README, "Speed").
            new SyntheticLoadBalancerWriter(scale, ids).write(factory, dir);
        }
        long bytes = 0;
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                bytes += Files.size(p);
            }
        }
        return new Summary(scale.vpcs(), scale.subnets(), workloads.instanceCount(), workloads.databaseCount(),
                scale.enis() + scale.vpcs(), scale.groups(), rules, aclEntries, routes, scale.peerings(), bytes);
    }

    private static JsonGenerator open(JsonFactory factory, Path dir, String name) throws IOException {
        return factory.createGenerator(dir.resolve(name).toFile(), JsonEncoding.UTF8);
    }
}
