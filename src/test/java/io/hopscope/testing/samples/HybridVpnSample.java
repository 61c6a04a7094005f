package io.hopscope.testing.samples;

import static io.hopscope.testing.samples.SampleResources.allTrafficOut;
import static io.hopscope.testing.samples.SampleResources.cidrPeer;
import static io.hopscope.testing.samples.SampleResources.route;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Layout;
import io.hopscope.model.CustomerGateway;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.ExternalKind;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.VpnConnection;
import io.hopscope.model.VpnGateway;
import io.hopscope.model.WorkloadKind;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import java.util.List;

/**
 * One VPC, one virtual private gateway, a static VPN to an office and a BGP VPN to a data centre.
 * The BGP prefix exists in AWS only as routes propagated into tables that propagate from the VGW
 * [VGWPROP]; the ops subnet's table does not, so replies to the data centre have no route
 * (rulebook 8).
 */
final class HybridVpnSample {

    static final SampleIds IDS = new SampleIds(12);
    static final String VPC = IDS.of("vpc-", 0x01);
    static final String APP_SUBNET = IDS.of("subnet-", 0x02);
    static final String OPS_SUBNET = IDS.of("subnet-", 0x03);
    static final String APP_TABLE = IDS.of("rtb-", 0x04);
    static final String OPS_TABLE = IDS.of("rtb-", 0x05);
    static final String DEFAULT_NACL = IDS.of("acl-", 0x06);
    static final String DEFAULT_SG = IDS.of("sg-", 0x07);
    static final String APP_SG = IDS.of("sg-", 0x08);
    static final String OPS_SG = IDS.of("sg-", 0x09);
    static final String VGW = IDS.of("vgw-", 0x0a);
    static final String SEOUL_ROUTER = IDS.of("cgw-", 0x0b);
    static final String BUSAN_ROUTER = IDS.of("cgw-", 0x0c);
    static final String SEOUL_VPN = IDS.of("vpn-", 0x0d);
    static final String BUSAN_VPN = IDS.of("vpn-", 0x0e);
    static final String APP_ENI = IDS.of("eni-", 0x0f);
    static final String OPS_ENI = IDS.of("eni-", 0x10);
    static final String APP = IDS.of("i-", 0x11);
    static final String OPS = IDS.of("i-", 0x12);
    static final String SEOUL_OFFICE = "seoul-office";
    static final String BUSAN_DC = "busan-dc";

    static final String VPC_CIDR = "10.40.0.0/16";
    static final String OFFICE_CIDR = "172.16.0.0/16";
    static final String DC_CIDR = "10.200.0.0/16";

    private HybridVpnSample() {
    }

    static Diagram diagram() {
        return new Diagram("Hybrid network: a static VPN, a BGP VPN and a subnet without propagation", DESCRIPTION,
                model(), layout());
    }

    private static NetworkModel model() {
        Route officePropagated = new Route(Cidr.parse(OFFICE_CIDR), null, RouteTargetKind.VPN_GATEWAY, VGW, false, true);
        Route dcPropagated = new Route(Cidr.parse(DC_CIDR), null, RouteTargetKind.VPN_GATEWAY, VGW, false, true);
        return NetworkModel.builder()
                .add(SampleResources.vpc(VPC, "plant-link", VPC_CIDR))
                .add(SampleResources.subnet(APP_SUBNET, "app-a", VPC, "10.40.1.0/24", SampleResources.AZ_A))
                .add(SampleResources.subnet(OPS_SUBNET, "ops-b", VPC, "10.40.2.0/24", SampleResources.AZ_B))
                .add(new RouteTable(APP_TABLE, "app-routes", VPC, false, List.of(APP_SUBNET),
                        List.of(Route.local(Cidr.parse(VPC_CIDR)), officePropagated, dcPropagated), List.of(VGW)))
                .add(SampleResources.mainTable(OPS_TABLE, "ops-routes", VPC, VPC_CIDR,
                        route(OFFICE_CIDR, RouteTargetKind.VPN_GATEWAY, VGW)))
                .add(SampleResources.defaultNacl(DEFAULT_NACL, "plant-default", VPC, APP_SUBNET, OPS_SUBNET))
                .add(SampleResources.defaultSg(DEFAULT_SG, VPC))
                .add(SampleResources.sg(APP_SG, "app-sg", VPC, "ssh from the office, https from the data centre",
                        List.of(SampleResources.tcp(22, cidrPeer(OFFICE_CIDR), "ssh from seoul-office"),
                                SampleResources.tcp(443, cidrPeer(DC_CIDR), "https from busan-dc")),
                        List.of(allTrafficOut())))
                .add(SampleResources.sg(OPS_SG, "ops-sg", VPC, "ssh from both on-premises sites",
                        List.of(SampleResources.tcp(22, cidrPeer(OFFICE_CIDR), "ssh from seoul-office"),
                                SampleResources.tcp(22, cidrPeer(DC_CIDR), "ssh from busan-dc")),
                        List.of(allTrafficOut())))
                .add(new VpnGateway(VGW, "plant-vgw", VPC))
                // The prefixes behind each router: the office's is also its VPN's static route; the data
                // centre's is what busan-router advertises over BGP (AWS shows it only as propagated routes).
                .add(new CustomerGateway(SEOUL_ROUTER, "seoul-router", IpAddress.parse("198.51.100.10"), null, null,
                        List.of(Cidr.parse(OFFICE_CIDR))))
                .add(new CustomerGateway(BUSAN_ROUTER, "busan-router", IpAddress.parse("198.51.100.20"), 65010L, null,
                        List.of(Cidr.parse(DC_CIDR))))
                .add(new VpnConnection(SEOUL_VPN, "seoul-static", VGW, null, SEOUL_ROUTER, true,
                        List.of(Cidr.parse(OFFICE_CIDR)), null))
                .add(new VpnConnection(BUSAN_VPN, "busan-bgp", VGW, null, BUSAN_ROUTER, false, List.of(), null))
                .add(SampleResources.eni(APP_ENI, "app-1-eni", APP_SUBNET, InterfaceType.INSTANCE, "10.40.1.10", null,
                        "Primary network interface", APP_SG))
                .add(SampleResources.eni(OPS_ENI, "ops-1-eni", OPS_SUBNET, InterfaceType.INSTANCE, "10.40.2.10", null,
                        "Primary network interface", OPS_SG))
                .add(SampleResources.workload(APP, "app-1", WorkloadKind.EC2, APP_ENI))
                .add(SampleResources.workload(OPS, "ops-1", WorkloadKind.EC2, OPS_ENI))
                .add(onPremises(SEOUL_OFFICE, OFFICE_CIDR))
                .add(onPremises(BUSAN_DC, DC_CIDR))
                .build();
    }

    private static ExternalEndpoint onPremises(String id, String cidr) {
        return new ExternalEndpoint(id, id, ExternalKind.ON_PREMISES, List.of(Cidr.parse(cidr)), null, null, VGW);
    }

    private static Layout layout() {
        SampleCanvas canvas = new SampleCanvas();
        canvas.vpc(VPC, 40, 200, 2, 1);
        canvas.subnet(APP_SUBNET, VPC, 0, 0);
        canvas.subnet(OPS_SUBNET, VPC, 1, 0);
        canvas.boxes(APP_SUBNET, APP);
        canvas.boxes(OPS_SUBNET, OPS);
        canvas.gateway(VGW, VPC, 0);
        canvas.externalAbove(SEOUL_OFFICE, VPC, 0);
        canvas.externalAbove(BUSAN_DC, VPC, 1);
        canvas.externalAt(SEOUL_ROUTER, 40, 60);
        canvas.externalAt(BUSAN_ROUTER, 420, 60);
        return canvas.layout();
    }

    private static final String DESCRIPTION = "A plant network reaches two on-premises sites through one virtual"
            + " private gateway, plant-vgw. seoul-static is a static VPN: its route 172.16.0.0/16 is written on the"
            + " VPN connection. busan-bgp is a BGP VPN: busan-router advertises 10.200.0.0/16, and that prefix exists"
            + " in AWS only as a route propagated into the route tables that have route propagation turned on."
            + " app-routes (subnet app-a) propagates from plant-vgw, so app-1 talks to both sites: trace seoul-office"
            + " to app-1 on tcp/22 and busan-dc to app-1 on tcp/443, both REACHABLE. ops-routes (subnet ops-b) does"
            + " not propagate; it has only a static route to the office. That is the trap: trace busan-dc to ops-1 on"
            + " tcp/22. ops-sg admits it and the request arrives, but ops-routes knows nothing of 10.200.0.0/16, so"
            + " the reply is dropped there; ops-1 to busan-dc fails the same way. The fix is to turn on route"
            + " propagation from plant-vgw in ops-routes, or to add the static route 10.200.0.0/16 -> plant-vgw."
            + " Then trace app-1 to 8.8.8.8: no route, and even a default route to plant-vgw would not help, because"
            + " a virtual private gateway only carries the prefixes of its VPNs, never internet traffic.";
}
