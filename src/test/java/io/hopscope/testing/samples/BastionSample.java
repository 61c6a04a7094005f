package io.hopscope.testing.samples;

import static io.hopscope.testing.samples.SampleResources.AZ_A;
import static io.hopscope.testing.samples.SampleResources.AZ_B;
import static io.hopscope.testing.samples.SampleResources.EPHEMERAL;
import static io.hopscope.testing.samples.SampleResources.allTrafficOut;
import static io.hopscope.testing.samples.SampleResources.cidrPeer;
import static io.hopscope.testing.samples.SampleResources.route;
import static io.hopscope.testing.samples.SampleResources.tcp;
import static io.hopscope.testing.samples.SampleResources.tcpIn;
import static io.hopscope.testing.samples.SampleResources.tcpOut;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Layout;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.SgPeer;
import io.hopscope.model.WorkloadKind;
import io.hopscope.model.net.PortRange;
import java.util.List;

/** SSH from one admin address to a bastion host, and from the bastion's group to private instances [SGR]. */
final class BastionSample {

    static final SampleIds IDS = new SampleIds(6);
    static final String VPC = IDS.of("vpc-", 0x01);
    static final String IGW = IDS.of("igw-", 0x02);
    static final String PUBLIC_A = IDS.of("subnet-", 0x03);
    static final String PRIVATE_A = IDS.of("subnet-", 0x04);
    static final String PRIVATE_B = IDS.of("subnet-", 0x05);
    static final String MAIN_TABLE = IDS.of("rtb-", 0x06);
    static final String PUBLIC_TABLE = IDS.of("rtb-", 0x07);
    static final String DEFAULT_NACL = IDS.of("acl-", 0x08);
    static final String BASTION_NACL = IDS.of("acl-", 0x09);
    static final String PRIVATE_NACL = IDS.of("acl-", 0x0a);
    static final String DEFAULT_SG = IDS.of("sg-", 0x0b);
    static final String BASTION_SG = IDS.of("sg-", 0x0c);
    static final String PRIVATE_SG = IDS.of("sg-", 0x0d);
    static final String BASTION_ENI = IDS.of("eni-", 0x0e);
    static final String APP_1_ENI = IDS.of("eni-", 0x0f);
    static final String APP_2_ENI = IDS.of("eni-", 0x10);
    static final String BASTION = IDS.of("i-", 0x11);
    static final String APP_1 = IDS.of("i-", 0x12);
    static final String APP_2 = IDS.of("i-", 0x13);
    static final String ADMIN = "admin-laptop";
    static final String ADMIN_IP = "203.0.113.25";
    static final String INTERNET = "internet-host";
    static final String INTERNET_IP = "203.0.113.10";

    private static final String VPC_CIDR = "10.40.0.0/16";
    private static final String BASTION_CIDR = "10.40.0.0/24";
    /** private-a 10.40.2.0/24 and private-b 10.40.3.0/24. */
    private static final String PRIVATE_CIDRS = "10.40.2.0/23";

    private BastionSample() {
    }

    static Diagram diagram() {
        return new Diagram("SSH through a bastion host", DESCRIPTION, model(), layout());
    }

    private static NetworkModel model() {
        return NetworkModel.builder()
                .add(SampleResources.vpc(VPC, "ops", VPC_CIDR))
                .add(new InternetGateway(IGW, "ops-igw", VPC))
                .add(SampleResources.subnet(PUBLIC_A, "public-a", VPC, BASTION_CIDR, AZ_A))
                .add(SampleResources.subnet(PRIVATE_A, "private-a", VPC, "10.40.2.0/24", AZ_A))
                .add(SampleResources.subnet(PRIVATE_B, "private-b", VPC, "10.40.3.0/24", AZ_B))
                .add(SampleResources.mainTable(MAIN_TABLE, "ops-main", VPC, VPC_CIDR))
                .add(SampleResources.table(PUBLIC_TABLE, "ops-public", VPC, VPC_CIDR, List.of(PUBLIC_A),
                        route("0.0.0.0/0", RouteTargetKind.INTERNET_GATEWAY, IGW)))
                .add(SampleResources.defaultNacl(DEFAULT_NACL, "ops-default", VPC))
                .add(SampleResources.nacl(BASTION_NACL, "bastion-nacl", VPC, List.of(PUBLIC_A),
                        tcpIn(100, PortRange.single(22), ADMIN_IP + "/32"),
                        tcpIn(110, EPHEMERAL, PRIVATE_CIDRS),
                        tcpOut(100, PortRange.single(22), PRIVATE_CIDRS),
                        tcpOut(110, EPHEMERAL, ADMIN_IP + "/32")))
                .add(SampleResources.nacl(PRIVATE_NACL, "private-nacl", VPC, List.of(PRIVATE_A, PRIVATE_B),
                        tcpIn(100, PortRange.single(22), BASTION_CIDR),
                        tcpOut(100, EPHEMERAL, BASTION_CIDR)))
                .add(SampleResources.defaultSg(DEFAULT_SG, VPC))
                .add(SampleResources.sg(BASTION_SG, "bastion-sg", VPC, "SSH from the admin's address",
                        List.of(tcp(22, cidrPeer(ADMIN_IP + "/32"), "admin laptop")), List.of(allTrafficOut())))
                .add(SampleResources.sg(PRIVATE_SG, "private-sg", VPC, "SSH from the bastion only",
                        List.of(tcp(22, SgPeer.group(BASTION_SG), "from bastion-sg")), List.of(allTrafficOut())))
                .add(SampleResources.eni(BASTION_ENI, "bastion-1-eni", PUBLIC_A, InterfaceType.INSTANCE, "10.40.0.10",
                        "198.51.100.40", "Primary network interface", BASTION_SG))
                .add(SampleResources.eni(APP_1_ENI, "app-1-eni", PRIVATE_A, InterfaceType.INSTANCE, "10.40.2.10", null,
                        "Primary network interface", PRIVATE_SG))
                .add(SampleResources.eni(APP_2_ENI, "app-2-eni", PRIVATE_B, InterfaceType.INSTANCE, "10.40.3.10", null,
                        "Primary network interface", PRIVATE_SG))
                .add(SampleResources.workload(BASTION, "bastion-1", WorkloadKind.BASTION, BASTION_ENI))
                .add(SampleResources.workload(APP_1, "app-1", WorkloadKind.EC2, APP_1_ENI))
                .add(SampleResources.workload(APP_2, "app-2", WorkloadKind.EC2, APP_2_ENI))
                .add(SampleResources.internetHost(ADMIN, "admin", ADMIN_IP))
                .add(SampleResources.internetHost(INTERNET, "stranger", INTERNET_IP))
                .build();
    }

    private static Layout layout() {
        SampleCanvas canvas = new SampleCanvas();
        canvas.vpc(VPC, 40, 200, 2, 2);
        canvas.gateway(IGW, VPC, 0);
        canvas.externalAbove(ADMIN, VPC, 0);
        canvas.externalAbove(INTERNET, VPC, 1);
        canvas.subnet(PUBLIC_A, VPC, 0, 0);
        canvas.subnet(PRIVATE_A, VPC, 0, 1);
        canvas.subnet(PRIVATE_B, VPC, 1, 1);
        canvas.boxes(PUBLIC_A, BASTION);
        canvas.boxes(PRIVATE_A, APP_1);
        canvas.boxes(PRIVATE_B, APP_2);
        return canvas.layout();
    }

    private static final String DESCRIPTION = "An administrator at 203.0.113.25 reaches private instances only "
            + "through a bastion host. bastion-1 sits in public-a with a public IP; bastion-sg and bastion-nacl "
            + "admit SSH only from the admin's /32, and private-sg on app-1 and app-2 admits SSH only from "
            + "members of bastion-sg. Trace admin to bastion-1 on tcp/22, then bastion-1 to app-1 and to "
            + "app-2 on tcp/22, and read the NACL rules on each subnet boundary: private-nacl sends the replies "
            + "back on 1024-65535 to the bastion subnet, and bastion-nacl lets them in and sends its own replies "
            + "to the admin. The traps: the private instances have no public IPs and no route to the internet "
            + "gateway, so the admin cannot skip the bastion; a stranger at 203.0.113.10 is stopped by "
            + "bastion-nacl before bastion-sg is even consulted; and the group reference in private-sg matches "
            + "the bastion's private IP, which is why the hop from the bastion works without naming any address.";
}
