package io.hopscope.testing.samples;

import static io.hopscope.testing.samples.SampleResources.AZ_A;
import static io.hopscope.testing.samples.SampleResources.AZ_B;
import static io.hopscope.testing.samples.SampleResources.allTrafficOut;
import static io.hopscope.testing.samples.SampleResources.route;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Layout;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.WorkloadKind;
import io.hopscope.model.net.IpAddress;
import java.util.List;

/** Private workers reach the internet through a public NAT gateway; nothing reaches them from it [NAT]. */
final class NatEgressSample {

    static final SampleIds IDS = new SampleIds(2);
    static final String VPC = IDS.of("vpc-", 0x01);
    static final String IGW = IDS.of("igw-", 0x02);
    static final String PUBLIC_A = IDS.of("subnet-", 0x03);
    static final String PRIVATE_A = IDS.of("subnet-", 0x04);
    static final String PRIVATE_B = IDS.of("subnet-", 0x05);
    static final String MAIN_TABLE = IDS.of("rtb-", 0x06);
    static final String PUBLIC_TABLE = IDS.of("rtb-", 0x07);
    static final String PRIVATE_TABLE = IDS.of("rtb-", 0x08);
    static final String DEFAULT_NACL = IDS.of("acl-", 0x09);
    static final String DEFAULT_SG = IDS.of("sg-", 0x0a);
    static final String WORKER_SG = IDS.of("sg-", 0x0b);
    static final String NAT = IDS.of("nat-", 0x0c);
    static final String NAT_ENI = IDS.of("eni-", 0x0d);
    static final String WORKER_1_ENI = IDS.of("eni-", 0x0e);
    static final String WORKER_2_ENI = IDS.of("eni-", 0x0f);
    static final String WORKER_1 = IDS.of("i-", 0x10);
    static final String WORKER_2 = IDS.of("i-", 0x11);
    static final String INTERNET = "internet-host";
    static final String INTERNET_IP = "203.0.113.10";
    static final String NAT_ELASTIC_IP = "198.51.100.20";

    private static final String VPC_CIDR = "10.10.0.0/16";

    private NatEgressSample() {
    }

    static Diagram diagram() {
        return new Diagram("Private subnets reach the internet through a NAT gateway", DESCRIPTION, model(), layout());
    }

    private static NetworkModel model() {
        return NetworkModel.builder()
                .add(SampleResources.vpc(VPC, "batch", VPC_CIDR))
                .add(new InternetGateway(IGW, "batch-igw", VPC))
                .add(SampleResources.subnet(PUBLIC_A, "public-a", VPC, "10.10.0.0/24", AZ_A))
                .add(SampleResources.subnet(PRIVATE_A, "private-a", VPC, "10.10.1.0/24", AZ_A))
                .add(SampleResources.subnet(PRIVATE_B, "private-b", VPC, "10.10.2.0/24", AZ_B))
                .add(SampleResources.mainTable(MAIN_TABLE, "batch-main", VPC, VPC_CIDR))
                .add(SampleResources.table(PUBLIC_TABLE, "batch-public", VPC, VPC_CIDR, List.of(PUBLIC_A),
                        route("0.0.0.0/0", RouteTargetKind.INTERNET_GATEWAY, IGW)))
                .add(SampleResources.table(PRIVATE_TABLE, "batch-private", VPC, VPC_CIDR,
                        List.of(PRIVATE_A, PRIVATE_B),
                        route("0.0.0.0/0", RouteTargetKind.NAT_GATEWAY, NAT)))
                .add(SampleResources.defaultNacl(DEFAULT_NACL, "batch-default", VPC, PUBLIC_A, PRIVATE_A, PRIVATE_B))
                .add(SampleResources.defaultSg(DEFAULT_SG, VPC))
                .add(SampleResources.sg(WORKER_SG, "worker-sg", VPC, "no inbound; all outbound",
                        List.of(), List.of(allTrafficOut())))
                .add(new NatGateway(NAT, "batch-nat", PUBLIC_A, true, IpAddress.parse("10.10.0.10"),
                        IpAddress.parse(NAT_ELASTIC_IP), NAT_ENI, "available"))
                .add(SampleResources.eni(NAT_ENI, "batch-nat-eni", PUBLIC_A, InterfaceType.NAT_GATEWAY, "10.10.0.10",
                        NAT_ELASTIC_IP, "Interface for NAT Gateway " + NAT))
                .add(SampleResources.eni(WORKER_1_ENI, "worker-1-eni", PRIVATE_A, InterfaceType.INSTANCE, "10.10.1.20",
                        null, "Primary network interface", WORKER_SG))
                .add(SampleResources.eni(WORKER_2_ENI, "worker-2-eni", PRIVATE_B, InterfaceType.INSTANCE, "10.10.2.20",
                        null, "Primary network interface", WORKER_SG))
                .add(SampleResources.workload(WORKER_1, "worker-1", WorkloadKind.EC2, WORKER_1_ENI))
                .add(SampleResources.workload(WORKER_2, "worker-2", WorkloadKind.EC2, WORKER_2_ENI))
                .add(SampleResources.internetHost(INTERNET, "api", INTERNET_IP))
                .build();
    }

    private static Layout layout() {
        SampleCanvas canvas = new SampleCanvas();
        canvas.vpc(VPC, 40, 200, 2, 2);
        canvas.gateway(IGW, VPC, 0);
        canvas.externalAbove(INTERNET, VPC, 0);
        canvas.subnet(PUBLIC_A, VPC, 0, 0);
        canvas.subnet(PRIVATE_A, VPC, 0, 1);
        canvas.subnet(PRIVATE_B, VPC, 1, 1);
        canvas.boxes(PUBLIC_A, NAT);
        canvas.boxes(PRIVATE_A, WORKER_1);
        canvas.boxes(PRIVATE_B, WORKER_2);
        return canvas.layout();
    }

    private static final String DESCRIPTION = "Two workers in private subnets (no public IPs) call an internet "
            + "API through a NAT gateway. batch-private sends 0.0.0.0/0 to batch-nat, which sits in public-a, "
            + "whose own table sends 0.0.0.0/0 to the internet gateway. Trace worker-1 to 203.0.113.10 on "
            + "tcp/443 and watch the source change twice: the NAT rewrites it to its private IP 10.10.0.10 and "
            + "a port in 1024-65535, then the internet gateway maps that to the elastic IP 198.51.100.20; the "
            + "reply is un-NATed in reverse. worker-2 in us-east-1b uses the same NAT across AZs. The traps: the "
            + "NAT must sit in a public subnet, one whose own table routes 0.0.0.0/0 to the internet gateway (a "
            + "NAT in a private subnet has no way out); a NAT has no security group, but the NACL of its subnet "
            + "is crossed twice each way; and a NAT only carries connections started from inside, so the api "
            + "host (trace it to worker-1 on 22) cannot reach the workers at all.";
}
