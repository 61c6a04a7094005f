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
import io.hopscope.model.TransitGateway;
import io.hopscope.model.TransitGatewayAttachment;
import io.hopscope.model.TransitGatewayRouteTable;
import io.hopscope.model.WorkloadKind;
import java.util.List;

/**
 * Three VPCs on one transit gateway; the sandbox spoke is associated with a separate TGW route table
 * that only knows the hub, so it cannot answer the app spoke (rulebook 7.2, misconceptions 1 and 2).
 */
final class TgwHubSpokeSample {

    static final SampleIds IDS = new SampleIds(11);
    static final String VPC_HUB = IDS.of("vpc-", 0x01);
    static final String VPC_APP = IDS.of("vpc-", 0x02);
    static final String VPC_SANDBOX = IDS.of("vpc-", 0x03);
    static final String SUBNET_HUB = IDS.of("subnet-", 0x04);
    static final String SUBNET_APP = IDS.of("subnet-", 0x05);
    static final String SUBNET_SANDBOX = IDS.of("subnet-", 0x06);
    static final String MAIN_HUB = IDS.of("rtb-", 0x07);
    static final String MAIN_APP = IDS.of("rtb-", 0x08);
    static final String MAIN_SANDBOX = IDS.of("rtb-", 0x09);
    static final String NACL_HUB = IDS.of("acl-", 0x0a);
    static final String NACL_APP = IDS.of("acl-", 0x0b);
    static final String NACL_SANDBOX = IDS.of("acl-", 0x0c);
    static final String DEFAULT_SG_HUB = IDS.of("sg-", 0x0d);
    static final String DEFAULT_SG_APP = IDS.of("sg-", 0x0e);
    static final String DEFAULT_SG_SANDBOX = IDS.of("sg-", 0x0f);
    static final String SHARED_SG = IDS.of("sg-", 0x10);
    static final String APP_SG = IDS.of("sg-", 0x11);
    static final String SANDBOX_SG = IDS.of("sg-", 0x12);
    static final String SHARED_ENI = IDS.of("eni-", 0x13);
    static final String APP_ENI = IDS.of("eni-", 0x14);
    static final String SANDBOX_ENI = IDS.of("eni-", 0x15);
    static final String SHARED_1 = IDS.of("i-", 0x16);
    static final String APP_1 = IDS.of("i-", 0x17);
    static final String SANDBOX_1 = IDS.of("i-", 0x18);
    static final String TGW = IDS.of("tgw-", 0x19);
    static final String ATTACH_HUB = IDS.of("tgw-attach-", 0x1a);
    static final String ATTACH_APP = IDS.of("tgw-attach-", 0x1b);
    static final String ATTACH_SANDBOX = IDS.of("tgw-attach-", 0x1c);
    static final String TGW_RT_SHARED = IDS.of("tgw-rtb-", 0x1d);
    static final String TGW_RT_ISOLATED = IDS.of("tgw-rtb-", 0x1e);

    static final String CIDR_HUB = "10.1.0.0/16";
    static final String CIDR_APP = "10.2.0.0/16";
    static final String CIDR_SANDBOX = "10.3.0.0/16";
    private static final String CORP = "10.0.0.0/8";

    private TgwHubSpokeSample() {
    }

    static Diagram diagram() {
        return new Diagram("Transit gateway hub and spokes", DESCRIPTION, model(), layout());
    }

    private static TransitGatewayAttachment attachment(String id, String name, String vpc, String subnet, String table) {
        return new TransitGatewayAttachment(id, name, TGW, TransitGatewayAttachment.Type.VPC, vpc, "available", table,
                List.of(subnet), null, "");
    }

    private static NetworkModel model() {
        return NetworkModel.builder()
                .add(SampleResources.vpc(VPC_HUB, "hub-shared", CIDR_HUB))
                .add(SampleResources.vpc(VPC_APP, "spoke-app", CIDR_APP))
                .add(SampleResources.vpc(VPC_SANDBOX, "spoke-sandbox", CIDR_SANDBOX))
                .add(SampleResources.subnet(SUBNET_HUB, "hub-private", VPC_HUB, "10.1.1.0/24", AZ_A))
                .add(SampleResources.subnet(SUBNET_APP, "app-private", VPC_APP, "10.2.1.0/24", AZ_A))
                .add(SampleResources.subnet(SUBNET_SANDBOX, "sandbox-private", VPC_SANDBOX, "10.3.1.0/24", AZ_A))
                // Every VPC sends the rest of 10/8 to the TGW [TGW]; the TGW's tables decide where it goes.
                .add(SampleResources.mainTable(MAIN_HUB, "hub-main", VPC_HUB, CIDR_HUB,
                        route(CORP, RouteTargetKind.TRANSIT_GATEWAY, TGW)))
                .add(SampleResources.mainTable(MAIN_APP, "app-main", VPC_APP, CIDR_APP,
                        route(CORP, RouteTargetKind.TRANSIT_GATEWAY, TGW)))
                .add(SampleResources.mainTable(MAIN_SANDBOX, "sandbox-main", VPC_SANDBOX, CIDR_SANDBOX,
                        route(CORP, RouteTargetKind.TRANSIT_GATEWAY, TGW)))
                .add(SampleResources.defaultNacl(NACL_HUB, "hub-default", VPC_HUB, SUBNET_HUB))
                .add(SampleResources.defaultNacl(NACL_APP, "app-default", VPC_APP, SUBNET_APP))
                .add(SampleResources.defaultNacl(NACL_SANDBOX, "sandbox-default", VPC_SANDBOX, SUBNET_SANDBOX))
                .add(SampleResources.defaultSg(DEFAULT_SG_HUB, VPC_HUB))
                .add(SampleResources.defaultSg(DEFAULT_SG_APP, VPC_APP))
                .add(SampleResources.defaultSg(DEFAULT_SG_SANDBOX, VPC_SANDBOX))
                .add(SampleResources.sg(SHARED_SG, "shared-sg", VPC_HUB, "HTTPS from every spoke",
                        List.of(tcp(443, cidrPeer(CORP), "HTTPS from 10/8")), List.of(allTrafficOut())))
                .add(SampleResources.sg(APP_SG, "app-sg", VPC_APP, "clients", List.of(), List.of(allTrafficOut())))
                .add(SampleResources.sg(SANDBOX_SG, "sandbox-sg", VPC_SANDBOX, "SSH from the app spoke",
                        List.of(tcp(22, cidrPeer(CIDR_APP), "SSH from spoke-app")), List.of(allTrafficOut())))
                .add(SampleResources.eni(SHARED_ENI, "shared-1-eni", SUBNET_HUB, InterfaceType.INSTANCE, "10.1.1.10",
                        null, "Primary network interface", SHARED_SG))
                .add(SampleResources.eni(APP_ENI, "app-1-eni", SUBNET_APP, InterfaceType.INSTANCE, "10.2.1.10",
                        null, "Primary network interface", APP_SG))
                .add(SampleResources.eni(SANDBOX_ENI, "sandbox-1-eni", SUBNET_SANDBOX, InterfaceType.INSTANCE,
                        "10.3.1.10", null, "Primary network interface", SANDBOX_SG))
                .add(SampleResources.workload(SHARED_1, "shared-1", WorkloadKind.EC2, SHARED_ENI))
                .add(SampleResources.workload(APP_1, "app-1", WorkloadKind.EC2, APP_ENI))
                .add(SampleResources.workload(SANDBOX_1, "sandbox-1", WorkloadKind.EC2, SANDBOX_ENI))
                .add(new TransitGateway(TGW, "core-tgw", REGION, false))
                .add(attachment(ATTACH_HUB, "att-hub", VPC_HUB, SUBNET_HUB, TGW_RT_SHARED))
                .add(attachment(ATTACH_APP, "att-app", VPC_APP, SUBNET_APP, TGW_RT_SHARED))
                .add(attachment(ATTACH_SANDBOX, "att-sandbox", VPC_SANDBOX, SUBNET_SANDBOX, TGW_RT_ISOLATED))
                // The shared table learns every VPC; the isolated one only the hub [TGWRT].
                .add(new TransitGatewayRouteTable(TGW_RT_SHARED, "rt-shared", TGW,
                        List.of(ATTACH_HUB, ATTACH_APP, ATTACH_SANDBOX), List.of()))
                .add(new TransitGatewayRouteTable(TGW_RT_ISOLATED, "rt-isolated", TGW, List.of(ATTACH_HUB), List.of()))
                .build();
    }

    private static Layout layout() {
        SampleCanvas canvas = new SampleCanvas();
        int step = SampleCanvas.vpcWidth(1) + 120;
        canvas.vpc(VPC_APP, 40, 80, 1, 1);
        canvas.vpc(VPC_HUB, 40 + step, 80, 1, 1);
        canvas.vpc(VPC_SANDBOX, 40 + 2 * step, 80, 1, 1);
        canvas.subnet(SUBNET_HUB, VPC_HUB, 0, 0);
        canvas.subnet(SUBNET_APP, VPC_APP, 0, 0);
        canvas.subnet(SUBNET_SANDBOX, VPC_SANDBOX, 0, 0);
        canvas.boxes(SUBNET_HUB, SHARED_1);
        canvas.boxes(SUBNET_APP, APP_1);
        canvas.boxes(SUBNET_SANDBOX, SANDBOX_1);
        // The size auto-layout and the palette give a transit gateway (BoxSizes.leafWidth/leafHeight).
        canvas.below(TGW, VPC_HUB, 140, 60, 80);
        return canvas.layout();
    }

    private static final String DESCRIPTION = "Three VPCs on one transit gateway, core-tgw: hub-shared (10.1.0.0/16)"
            + " and two spokes, spoke-app (10.2.0.0/16) and spoke-sandbox (10.3.0.0/16). Every VPC routes 10.0.0.0/8"
            + " to the transit gateway. The hub and the app spoke are associated with TGW route table rt-shared,"
            + " into which all three VPCs propagate; the sandbox is associated with rt-isolated, which only the hub"
            + " propagates into. Trace app-1 to shared-1 on tcp/443 and sandbox-1 to shared-1 on tcp/443: both"
            + " cross att-…, the table and the hub's attachment, both ways. Then trace app-1 to sandbox-1 on"
            + " tcp/22: sandbox-sg admits SSH from spoke-app and rt-shared knows 10.3.0.0/16, so the request"
            + " arrives; the reply enters the TGW from att-sandbox, is routed by rt-isolated, which has no route to"
            + " 10.2.0.0/16, and dies there. The trap: propagation and association are different things. A table"
            + " that learns a VPC's routes does not make the VPC use that table; the sandbox stays isolated from the"
            + " app spoke (that is the design), and only the hub is reachable from it.";
}
