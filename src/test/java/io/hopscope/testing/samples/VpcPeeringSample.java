package io.hopscope.testing.samples;

import static io.hopscope.testing.samples.SampleResources.AZ_A;
import static io.hopscope.testing.samples.SampleResources.REGION;
import static io.hopscope.testing.samples.SampleResources.allTrafficOut;
import static io.hopscope.testing.samples.SampleResources.cidrPeer;
import static io.hopscope.testing.samples.SampleResources.route;
import static io.hopscope.testing.samples.SampleResources.tcp;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Layout;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.SgPeer;
import io.hopscope.model.VpcPeeringConnection;
import io.hopscope.model.WorkloadKind;
import java.util.List;

/** A peers with B, B peers with C; A cannot reach C through B because peering is not transitive [PCX]. */
final class VpcPeeringSample {

    static final SampleIds IDS = new SampleIds(4);
    static final String VPC_A = IDS.of("vpc-", 0x01);
    static final String VPC_B = IDS.of("vpc-", 0x02);
    static final String VPC_C = IDS.of("vpc-", 0x03);
    static final String SUBNET_A = IDS.of("subnet-", 0x04);
    static final String SUBNET_B = IDS.of("subnet-", 0x05);
    static final String SUBNET_C = IDS.of("subnet-", 0x06);
    static final String MAIN_A = IDS.of("rtb-", 0x07);
    static final String MAIN_B = IDS.of("rtb-", 0x08);
    static final String MAIN_C = IDS.of("rtb-", 0x09);
    static final String TABLE_A = IDS.of("rtb-", 0x0a);
    static final String TABLE_B = IDS.of("rtb-", 0x0b);
    static final String TABLE_C = IDS.of("rtb-", 0x0c);
    static final String NACL_A = IDS.of("acl-", 0x0d);
    static final String NACL_B = IDS.of("acl-", 0x0e);
    static final String NACL_C = IDS.of("acl-", 0x0f);
    static final String DEFAULT_SG_A = IDS.of("sg-", 0x10);
    static final String DEFAULT_SG_B = IDS.of("sg-", 0x11);
    static final String DEFAULT_SG_C = IDS.of("sg-", 0x12);
    static final String APP_SG = IDS.of("sg-", 0x13);
    static final String SHARED_SG = IDS.of("sg-", 0x14);
    static final String ANALYTICS_SG = IDS.of("sg-", 0x15);
    static final String PCX_AB = IDS.of("pcx-", 0x16);
    static final String PCX_BC = IDS.of("pcx-", 0x17);
    static final String APP_ENI = IDS.of("eni-", 0x18);
    static final String SHARED_ENI = IDS.of("eni-", 0x19);
    static final String ANALYTICS_ENI = IDS.of("eni-", 0x1a);
    static final String APP_1 = IDS.of("i-", 0x1b);
    static final String SHARED_1 = IDS.of("i-", 0x1c);
    static final String ANALYTICS_1 = IDS.of("i-", 0x1d);

    static final String CIDR_A = "10.1.0.0/16";
    static final String CIDR_B = "10.2.0.0/16";
    static final String CIDR_C = "10.3.0.0/16";

    private VpcPeeringSample() {
    }

    static Diagram diagram() {
        return new Diagram("VPC peering is not transitive", DESCRIPTION, model(), layout());
    }

    private static NetworkModel model() {
        return NetworkModel.builder()
                .add(SampleResources.vpc(VPC_A, "A-app", CIDR_A))
                .add(SampleResources.vpc(VPC_B, "B-shared", CIDR_B))
                .add(SampleResources.vpc(VPC_C, "C-analytics", CIDR_C))
                .add(SampleResources.subnet(SUBNET_A, "a-private", VPC_A, "10.1.1.0/24", AZ_A))
                .add(SampleResources.subnet(SUBNET_B, "b-private", VPC_B, "10.2.1.0/24", AZ_A))
                .add(SampleResources.subnet(SUBNET_C, "c-private", VPC_C, "10.3.1.0/24", AZ_A))
                .add(new VpcPeeringConnection(PCX_AB, "A-B", VPC_A, VPC_B, REGION, REGION, "active"))
                .add(new VpcPeeringConnection(PCX_BC, "B-C", VPC_B, VPC_C, REGION, REGION, "active"))
                .add(SampleResources.mainTable(MAIN_A, "a-main", VPC_A, CIDR_A))
                .add(SampleResources.mainTable(MAIN_B, "b-main", VPC_B, CIDR_B))
                .add(SampleResources.mainTable(MAIN_C, "c-main", VPC_C, CIDR_C))
                // Each side adds its own route to the other [PCX]; A has none for C, and a route to C
                // through pcx A-B would not help: B does not forward between its peerings.
                .add(SampleResources.table(TABLE_A, "a-private-rt", VPC_A, CIDR_A, List.of(SUBNET_A),
                        route(CIDR_B, RouteTargetKind.VPC_PEERING_CONNECTION, PCX_AB)))
                .add(SampleResources.table(TABLE_B, "b-private-rt", VPC_B, CIDR_B, List.of(SUBNET_B),
                        route(CIDR_A, RouteTargetKind.VPC_PEERING_CONNECTION, PCX_AB),
                        route(CIDR_C, RouteTargetKind.VPC_PEERING_CONNECTION, PCX_BC)))
                .add(SampleResources.table(TABLE_C, "c-private-rt", VPC_C, CIDR_C, List.of(SUBNET_C),
                        route(CIDR_B, RouteTargetKind.VPC_PEERING_CONNECTION, PCX_BC)))
                .add(SampleResources.defaultNacl(NACL_A, "a-default", VPC_A, SUBNET_A))
                .add(SampleResources.defaultNacl(NACL_B, "b-default", VPC_B, SUBNET_B))
                .add(SampleResources.defaultNacl(NACL_C, "c-default", VPC_C, SUBNET_C))
                .add(SampleResources.defaultSg(DEFAULT_SG_A, VPC_A))
                .add(SampleResources.defaultSg(DEFAULT_SG_B, VPC_B))
                .add(SampleResources.defaultSg(DEFAULT_SG_C, VPC_C))
                .add(SampleResources.sg(APP_SG, "app-sg", VPC_A, "clients in A", List.of(), List.of(allTrafficOut())))
                // Same-Region peering lets a rule name a group of the peer VPC [PCX][SGR].
                .add(SampleResources.sg(SHARED_SG, "shared-sg", VPC_B, "HTTPS from the peers' clients",
                        List.of(tcp(443, SgPeer.group(APP_SG), "HTTPS from A's app-sg"),
                                tcp(443, SgPeer.group(ANALYTICS_SG), "HTTPS from C's analytics-sg")),
                        List.of(allTrafficOut())))
                .add(SampleResources.sg(ANALYTICS_SG, "analytics-sg", VPC_C, "HTTPS from A (never arrives)",
                        List.of(tcp(443, cidrPeer(CIDR_A), "HTTPS from VPC A")), List.of(allTrafficOut())))
                .add(SampleResources.eni(APP_ENI, "app-1-eni", SUBNET_A, InterfaceType.INSTANCE, "10.1.1.10", null,
                        "Primary network interface", APP_SG))
                .add(SampleResources.eni(SHARED_ENI, "shared-1-eni", SUBNET_B, InterfaceType.INSTANCE, "10.2.1.10",
                        null, "Primary network interface", SHARED_SG))
                .add(SampleResources.eni(ANALYTICS_ENI, "analytics-1-eni", SUBNET_C, InterfaceType.INSTANCE,
                        "10.3.1.10", null, "Primary network interface", ANALYTICS_SG))
                .add(SampleResources.workload(APP_1, "app-1", WorkloadKind.EC2, APP_ENI))
                .add(SampleResources.workload(SHARED_1, "shared-1", WorkloadKind.EC2, SHARED_ENI))
                .add(SampleResources.workload(ANALYTICS_1, "analytics-1", WorkloadKind.EC2, ANALYTICS_ENI))
                .build();
    }

    private static Layout layout() {
        SampleCanvas canvas = new SampleCanvas();
        int step = SampleCanvas.vpcWidth(1) + 120;
        canvas.vpc(VPC_A, 40, 80, 1, 1);
        canvas.vpc(VPC_B, 40 + step, 80, 1, 1);
        canvas.vpc(VPC_C, 40 + 2 * step, 80, 1, 1);
        canvas.subnet(SUBNET_A, VPC_A, 0, 0);
        canvas.subnet(SUBNET_B, VPC_B, 0, 0);
        canvas.subnet(SUBNET_C, VPC_C, 0, 0);
        canvas.boxes(SUBNET_A, APP_1);
        canvas.boxes(SUBNET_B, SHARED_1);
        canvas.boxes(SUBNET_C, ANALYTICS_1);
        return canvas.layout();
    }

    private static final String DESCRIPTION = "Three VPCs in a row: A (10.1.0.0/16) peers with B (10.2.0.0/16) "
            + "over pcx A-B, and B peers with C (10.3.0.0/16) over pcx B-C. Each side of a peering has its own "
            + "route to the other's CIDR, and shared-sg in B admits HTTPS from the security groups of A and C, "
            + "which same-Region peering allows. Trace app-1 to shared-1 on tcp/443 and follow the route "
            + "10.2.0.0/16 -> pcx A-B out and 10.1.0.0/16 -> pcx A-B back; do the same from analytics-1. Then "
            + "trace app-1 to analytics-1: it stops at A's route table, which has no route to 10.3.0.0/16. The "
            + "trap is transitivity: B is peered with both, but a peering only carries traffic between its own "
            + "two VPCs, so adding 10.3.0.0/16 -> pcx A-B would not help either (the connection drops packets "
            + "for addresses outside B); A and C need their own peering with routes on both sides, even though "
            + "analytics-sg already admits VPC A.";
}
