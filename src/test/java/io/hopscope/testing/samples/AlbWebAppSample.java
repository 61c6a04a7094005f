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
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.SgPeer;
import io.hopscope.model.Target;
import io.hopscope.model.TargetGroup;
import io.hopscope.model.TargetType;
import io.hopscope.model.WorkloadKind;
import java.util.List;

/**
 * Internet -> ALB -> app -> database with the security group chain done right (the ALB's group
 * sends 8080 to app-sg, app-sg admits 8080 from the ALB's group, db-sg admits 5432 from app-sg),
 * and one target group whose port does not match what the app servers listen on: the trap.
 */
final class AlbWebAppSample {

    static final SampleIds IDS = new SampleIds(10);
    static final String VPC = IDS.of("vpc-", 0x01);
    static final String IGW = IDS.of("igw-", 0x02);
    static final String PUBLIC_A = IDS.of("subnet-", 0x03);
    static final String PUBLIC_B = IDS.of("subnet-", 0x04);
    static final String APP_A = IDS.of("subnet-", 0x05);
    static final String APP_B = IDS.of("subnet-", 0x06);
    static final String DB_A = IDS.of("subnet-", 0x07);
    static final String DB_B = IDS.of("subnet-", 0x08);
    static final String MAIN_TABLE = IDS.of("rtb-", 0x09);
    static final String PUBLIC_TABLE = IDS.of("rtb-", 0x0a);
    static final String DEFAULT_NACL = IDS.of("acl-", 0x0b);
    static final String DEFAULT_SG = IDS.of("sg-", 0x0c);
    static final String ALB_SG = IDS.of("sg-", 0x0d);
    static final String APP_SG = IDS.of("sg-", 0x0e);
    static final String DB_SG = IDS.of("sg-", 0x0f);
    static final String NODE_A = IDS.of("eni-", 0x10);
    static final String NODE_B = IDS.of("eni-", 0x11);
    static final String APP_1_ENI = IDS.of("eni-", 0x12);
    static final String APP_2_ENI = IDS.of("eni-", 0x13);
    static final String DB_ENI = IDS.of("eni-", 0x14);
    static final String APP_1 = IDS.of("i-", 0x15);
    static final String APP_2 = IDS.of("i-", 0x16);
    static final String ARN = "arn:aws:elasticloadbalancing:us-east-1:111122223333:";
    static final String ALB = "web-alb";
    static final String ALB_ID = ARN + "loadbalancer/app/web-alb/6a1f0c2d9e3b4a10";
    static final String APP_TG = ARN + "targetgroup/app-tg/1b2c3d4e5f607182";
    static final String BETA_TG = ARN + "targetgroup/beta-tg/2c3d4e5f60718293";
    static final String DB = "orders-db";
    static final String INTERNET = "internet-shopper";
    static final String INTERNET_IP = "203.0.113.10";
    static final String NODE_A_PUBLIC_IP = "198.51.100.50";

    private static final String VPC_CIDR = "10.40.0.0/16";

    private AlbWebAppSample() {
    }

    static Diagram diagram() {
        return new Diagram("Web app behind an Application Load Balancer", DESCRIPTION, model(), layout());
    }

    private static NetworkModel model() {
        return NetworkModel.builder()
                .add(SampleResources.vpc(VPC, "shop", VPC_CIDR))
                .add(new InternetGateway(IGW, "shop-igw", VPC))
                .add(SampleResources.subnet(PUBLIC_A, "public-a", VPC, "10.40.0.0/24", AZ_A))
                .add(SampleResources.subnet(PUBLIC_B, "public-b", VPC, "10.40.1.0/24", AZ_B))
                .add(SampleResources.subnet(APP_A, "app-a", VPC, "10.40.10.0/24", AZ_A))
                .add(SampleResources.subnet(APP_B, "app-b", VPC, "10.40.11.0/24", AZ_B))
                .add(SampleResources.subnet(DB_A, "db-a", VPC, "10.40.20.0/24", AZ_A))
                .add(SampleResources.subnet(DB_B, "db-b", VPC, "10.40.21.0/24", AZ_B))
                .add(SampleResources.mainTable(MAIN_TABLE, "shop-main", VPC, VPC_CIDR))
                .add(SampleResources.table(PUBLIC_TABLE, "shop-public", VPC, VPC_CIDR, List.of(PUBLIC_A, PUBLIC_B),
                        route("0.0.0.0/0", RouteTargetKind.INTERNET_GATEWAY, IGW)))
                .add(SampleResources.defaultNacl(DEFAULT_NACL, "shop-default", VPC,
                        PUBLIC_A, PUBLIC_B, APP_A, APP_B, DB_A, DB_B))
                .add(SampleResources.defaultSg(DEFAULT_SG, VPC))
                // [ALBSG] the ALB's group admits the clients and lets out only what the targets take.
                .add(SampleResources.sg(ALB_SG, "web-alb-sg", VPC, "HTTPS from the internet, 8080 to the app tier",
                        List.of(tcp(443, cidrPeer("0.0.0.0/0"), "HTTPS"), tcp(8443, cidrPeer("0.0.0.0/0"), "beta")),
                        List.of(tcp(8080, SgPeer.group(APP_SG), "to app-sg"))))
                .add(SampleResources.sg(APP_SG, "app-sg", VPC, "8080 from the load balancer",
                        List.of(tcp(8080, SgPeer.group(ALB_SG), "from web-alb-sg")), List.of(allTrafficOut())))
                .add(SampleResources.sg(DB_SG, "db-sg", VPC, "PostgreSQL from the app tier",
                        List.of(tcp(5432, SgPeer.group(APP_SG), "from app-sg")), List.of(allTrafficOut())))
                // An internet-facing ALB has a node, with a public IP, in each of its subnets [ELBHOW].
                .add(SampleResources.eni(NODE_A, "web-alb-node-a", PUBLIC_A, InterfaceType.LOAD_BALANCER,
                        "10.40.0.10", NODE_A_PUBLIC_IP, "ELB app/web-alb/6a1f0c2d9e3b4a10", ALB_SG))
                .add(SampleResources.eni(NODE_B, "web-alb-node-b", PUBLIC_B, InterfaceType.LOAD_BALANCER,
                        "10.40.1.10", "198.51.100.51", "ELB app/web-alb/6a1f0c2d9e3b4a10", ALB_SG))
                .add(SampleResources.eni(APP_1_ENI, "app-1-eni", APP_A, InterfaceType.INSTANCE, "10.40.10.10", null,
                        "Primary network interface", APP_SG))
                .add(SampleResources.eni(APP_2_ENI, "app-2-eni", APP_B, InterfaceType.INSTANCE, "10.40.11.10", null,
                        "Primary network interface", APP_SG))
                .add(SampleResources.eni(DB_ENI, "orders-db-eni", DB_A, InterfaceType.RDS, "10.40.20.20", null,
                        "RDSNetworkInterface", DB_SG))
                .add(SampleResources.workload(APP_1, "app-1", WorkloadKind.EC2, APP_1_ENI))
                .add(SampleResources.workload(APP_2, "app-2", WorkloadKind.EC2, APP_2_ENI))
                .add(SampleResources.workload(DB, DB, WorkloadKind.RDS, DB_ENI))
                .add(new LoadBalancer(ALB_ID, ALB, LoadBalancerType.APPLICATION, false, VPC, List.of(PUBLIC_A, PUBLIC_B),
                        List.of(ALB_SG), List.of(NODE_A, NODE_B), List.of(
                        new Listener(443, "HTTPS", APP_TG),
                        new Listener(80, "HTTP", "redirect", List.of()),
                        new Listener(8443, "HTTPS", BETA_TG)), null, null))
                .add(new TargetGroup(APP_TG, "app-tg", TargetType.INSTANCE, "HTTP", 8080, VPC,
                        List.of(new Target(APP_1, 8080), new Target(APP_2, 8080)), null, null))
                // The trap: registered on port 80, where nothing listens and no group lets it through.
                .add(new TargetGroup(BETA_TG, "beta-tg", TargetType.INSTANCE, "HTTP", 80, VPC,
                        List.of(new Target(APP_2, 80)), null, null))
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
        canvas.subnet(DB_A, VPC, 0, 2);
        canvas.subnet(DB_B, VPC, 1, 2);
        canvas.boxes(PUBLIC_A, ALB_ID);
        canvas.boxes(APP_A, APP_1);
        canvas.boxes(APP_B, APP_2);
        canvas.boxes(DB_A, DB);
        return canvas.layout();
    }

    private static final String DESCRIPTION = "A web shop behind an internet-facing Application Load Balancer "
            + "across two AZs: web-alb has a node with a public IP in public-a and public-b, its listener HTTPS:443 "
            + "forwards to app-tg (app-1 and app-2 on 8080), HTTP:80 answers with a redirect, and orders-db sits in "
            + "the db subnets. The security groups form a chain: web-alb-sg admits 443 from anywhere and sends only "
            + "8080 to app-sg, app-sg admits 8080 from web-alb-sg, db-sg admits 5432 from app-sg. Trace the shopper "
            + "to web-alb on 443: the trace shows both connections, shopper to the node and the node's new "
            + "connection from its private IP to a target, and both replies. Then trace app-1 to orders-db on 5432. "
            + "The trap: the listener HTTPS:8443 forwards to beta-tg, whose target is registered on port 80 while "
            + "the app listens on 8080; trace the shopper to web-alb on 8443 and the second leg dies at "
            + "web-alb-sg's outbound rules, with app-sg refusing 80 behind it. A target group's port must match "
            + "the port the targets and their security groups open.";
}
