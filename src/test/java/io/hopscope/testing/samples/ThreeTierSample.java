package io.hopscope.testing.samples;

import static io.hopscope.testing.samples.SampleResources.AZ_A;
import static io.hopscope.testing.samples.SampleResources.AZ_B;
import static io.hopscope.testing.samples.SampleResources.allTrafficOut;
import static io.hopscope.testing.samples.SampleResources.cidrPeer;
import static io.hopscope.testing.samples.SampleResources.route;
import static io.hopscope.testing.samples.SampleResources.tcp;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Layout;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.Listener;
import io.hopscope.model.LoadBalancer;
import io.hopscope.model.LoadBalancerType;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Target;
import io.hopscope.model.TargetGroup;
import io.hopscope.model.TargetType;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.SgPeer;
import io.hopscope.model.WorkloadKind;
import java.util.List;

/** Internet -> ALB -> app -> cache and database, each tier's group admitting only the tier before it [SGR]. */
final class ThreeTierSample {

    static final SampleIds IDS = new SampleIds(5);
    static final String VPC = IDS.of("vpc-", 0x01);
    static final String IGW = IDS.of("igw-", 0x02);
    static final String PUBLIC_A = IDS.of("subnet-", 0x03);
    static final String PUBLIC_B = IDS.of("subnet-", 0x04);
    static final String APP_A = IDS.of("subnet-", 0x05);
    static final String APP_B = IDS.of("subnet-", 0x06);
    static final String DATA_A = IDS.of("subnet-", 0x07);
    static final String DATA_B = IDS.of("subnet-", 0x08);
    static final String MAIN_TABLE = IDS.of("rtb-", 0x09);
    static final String PUBLIC_TABLE = IDS.of("rtb-", 0x0a);
    static final String DEFAULT_NACL = IDS.of("acl-", 0x0b);
    static final String DEFAULT_SG = IDS.of("sg-", 0x0c);
    static final String ALB_SG = IDS.of("sg-", 0x0d);
    static final String APP_SG = IDS.of("sg-", 0x0e);
    static final String CACHE_SG = IDS.of("sg-", 0x0f);
    static final String DB_SG = IDS.of("sg-", 0x10);
    static final String ALB_ENI_A = IDS.of("eni-", 0x11);
    static final String ALB_ENI_B = IDS.of("eni-", 0x12);
    static final String APP_1_ENI = IDS.of("eni-", 0x13);
    static final String APP_2_ENI = IDS.of("eni-", 0x14);
    static final String CACHE_ENI = IDS.of("eni-", 0x15);
    static final String DB_ENI = IDS.of("eni-", 0x16);
    static final String APP_1 = IDS.of("i-", 0x17);
    static final String APP_2 = IDS.of("i-", 0x18);
    static final String ALB = "store-alb";
    static final String ALB_ID = "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/store-alb/"
            + "50dc6c495c0c9188";
    static final String APP_TG = "arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/store-app/"
            + "73e2d6bc24d8a067";
    static final String CACHE = "sessions";
    static final String DB = "store-db";
    static final String INTERNET = "internet-host";
    static final String INTERNET_IP = "203.0.113.10";

    private static final String VPC_CIDR = "10.30.0.0/16";

    private ThreeTierSample() {
    }

    static Diagram diagram() {
        return new Diagram("Three tiers: ALB, app servers, cache and database", DESCRIPTION, model(), layout());
    }

    private static NetworkModel model() {
        return NetworkModel.builder()
                .add(SampleResources.vpc(VPC, "store", VPC_CIDR))
                .add(new InternetGateway(IGW, "store-igw", VPC))
                .add(SampleResources.subnet(PUBLIC_A, "public-a", VPC, "10.30.0.0/24", AZ_A))
                .add(SampleResources.subnet(PUBLIC_B, "public-b", VPC, "10.30.1.0/24", AZ_B))
                .add(SampleResources.subnet(APP_A, "app-a", VPC, "10.30.10.0/24", AZ_A))
                .add(SampleResources.subnet(APP_B, "app-b", VPC, "10.30.11.0/24", AZ_B))
                .add(SampleResources.subnet(DATA_A, "data-a", VPC, "10.30.20.0/24", AZ_A))
                .add(SampleResources.subnet(DATA_B, "data-b", VPC, "10.30.21.0/24", AZ_B))
                .add(SampleResources.mainTable(MAIN_TABLE, "store-main", VPC, VPC_CIDR))
                .add(SampleResources.table(PUBLIC_TABLE, "store-public", VPC, VPC_CIDR, List.of(PUBLIC_A, PUBLIC_B),
                        route("0.0.0.0/0", RouteTargetKind.INTERNET_GATEWAY, IGW)))
                .add(SampleResources.defaultNacl(DEFAULT_NACL, "store-default", VPC,
                        PUBLIC_A, PUBLIC_B, APP_A, APP_B, DATA_A, DATA_B))
                .add(SampleResources.defaultSg(DEFAULT_SG, VPC))
                .add(SampleResources.sg(ALB_SG, "alb-sg", VPC, "HTTPS from the internet",
                        List.of(tcp(443, cidrPeer("0.0.0.0/0"), "HTTPS")), List.of(allTrafficOut())))
                .add(SampleResources.sg(APP_SG, "app-sg", VPC, "HTTP 8080 from the load balancer",
                        List.of(tcp(8080, SgPeer.group(ALB_SG), "from alb-sg")), List.of(allTrafficOut())))
                .add(SampleResources.sg(CACHE_SG, "cache-sg", VPC, "Redis from the app tier",
                        List.of(tcp(6379, SgPeer.group(APP_SG), "from app-sg")), List.of(allTrafficOut())))
                .add(SampleResources.sg(DB_SG, "store-db-sg", VPC, "PostgreSQL from the app tier",
                        List.of(tcp(5432, SgPeer.group(APP_SG), "from app-sg")), List.of(allTrafficOut())))
                // An internet-facing ALB has a node, with a public IP, in each of its subnets.
                .add(SampleResources.eni(ALB_ENI_A, "store-alb-eni-a", PUBLIC_A, InterfaceType.LOAD_BALANCER,
                        "10.30.0.10", "198.51.100.30", "ELB app/store-alb/50dc6c495c0c9188", ALB_SG))
                .add(SampleResources.eni(ALB_ENI_B, "store-alb-eni-b", PUBLIC_B, InterfaceType.LOAD_BALANCER,
                        "10.30.1.10", "198.51.100.31", "ELB app/store-alb/50dc6c495c0c9188", ALB_SG))
                .add(SampleResources.eni(APP_1_ENI, "app-1-eni", APP_A, InterfaceType.INSTANCE, "10.30.10.10", null,
                        "Primary network interface", APP_SG))
                .add(SampleResources.eni(APP_2_ENI, "app-2-eni", APP_B, InterfaceType.INSTANCE, "10.30.11.10", null,
                        "Primary network interface", APP_SG))
                .add(SampleResources.eni(CACHE_ENI, "sessions-eni", DATA_A, InterfaceType.OTHER, "10.30.20.10",
                        null, "ElastiCache sessions-0001-001", CACHE_SG))
                .add(SampleResources.eni(DB_ENI, "store-db-eni", DATA_B, InterfaceType.RDS, "10.30.21.20", null,
                        "RDSNetworkInterface", DB_SG))
                .add(new LoadBalancer(ALB_ID, ALB, LoadBalancerType.APPLICATION, false, VPC, List.of(PUBLIC_A, PUBLIC_B),
                        List.of(ALB_SG), List.of(ALB_ENI_A, ALB_ENI_B), List.of(new Listener(443, "HTTPS", APP_TG)),
                        null, null))
                .add(new TargetGroup(APP_TG, "store-app", TargetType.INSTANCE, "HTTP", 8080, VPC,
                        List.of(new Target(APP_1, null), new Target(APP_2, null)), null, null))
                .add(SampleResources.workload(APP_1, "app-1", WorkloadKind.EC2, APP_1_ENI))
                .add(SampleResources.workload(APP_2, "app-2", WorkloadKind.EC2, APP_2_ENI))
                .add(SampleResources.workload(CACHE, CACHE, WorkloadKind.ELASTICACHE, CACHE_ENI))
                .add(SampleResources.workload(DB, DB, WorkloadKind.RDS, DB_ENI))
                .add(SampleResources.internetHost(INTERNET, "shopper", INTERNET_IP))
                .build();
    }

    private static Layout layout() {
        SampleCanvas canvas = new SampleCanvas();
        canvas.vpc(VPC, 40, 200, 2, 3);
        canvas.gateway(IGW, VPC, 0);
        canvas.externalAbove(INTERNET, VPC, 0);
        canvas.subnet(PUBLIC_A, VPC, 0, 0);
        canvas.subnet(PUBLIC_B, VPC, 1, 0);
        canvas.subnet(APP_A, VPC, 0, 1);
        canvas.subnet(APP_B, VPC, 1, 1);
        canvas.subnet(DATA_A, VPC, 0, 2);
        canvas.subnet(DATA_B, VPC, 1, 2);
        canvas.boxes(PUBLIC_A, ALB_ID);
        canvas.boxes(APP_A, APP_1);
        canvas.boxes(APP_B, APP_2);
        canvas.boxes(DATA_A, CACHE);
        canvas.boxes(DATA_B, DB);
        return canvas.layout();
    }

    private static final String DESCRIPTION = "The classic three-tier web stack across two AZs: an "
            + "internet-facing ALB (store-alb, a node with a public IP in public-a and public-b, listener HTTPS:443 "
            + "forwarding to the store-app target group: app-1 and app-2 on 8080), app servers in the app subnets, "
            + "and an ElastiCache Redis node (sessions) and an RDS PostgreSQL database in the data subnets, which, "
            + "like the app subnets, have no route to the internet. The security groups form a chain: alb-sg admits "
            + "443 from anywhere, app-sg admits 8080 only from alb-sg, cache-sg 6379 and store-db-sg 5432 only from "
            + "app-sg. Trace the shopper to store-alb on 443 (both connections: to the node, then from the node's "
            + "private IP to a target on 8080), app-1 to sessions on 6379 and app-2 to store-db on 5432. The trap: "
            + "a group reference matches the private IPs of that group's members, not a subnet, so skipping a tier "
            + "fails; trace store-alb straight to store-db on 5432 and store-db-sg drops it, although the default "
            + "NACL lets everything through.";
}
