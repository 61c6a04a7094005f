package io.hopscope.io.format;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Layout;
import io.hopscope.diagram.Note;
import io.hopscope.diagram.Shape;
import io.hopscope.model.AclEntry;
import io.hopscope.model.ClientProfile;
import io.hopscope.model.CustomerGateway;
import io.hopscope.model.DirectConnectGateway;
import io.hopscope.model.VirtualInterface;
import io.hopscope.model.VpnConnection;
import io.hopscope.model.EgressOnlyInternetGateway;
import io.hopscope.model.EndpointType;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.ExternalKind;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.PrefixList;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.RuleAction;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgPeer;
import io.hopscope.model.SgRule;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpcEndpoint;
import io.hopscope.model.VpcPeeringConnection;
import io.hopscope.model.VpnGateway;
import io.hopscope.model.Workload;
import io.hopscope.model.WorkloadKind;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IcmpMatch;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import java.util.List;
import java.util.Map;

/**
 * A canonical diagram (resources sorted by id, NACL entries inbound then outbound by rule number)
 * that uses every resource kind and every field, including the non-default values, so that a
 * round trip through the file format exercises all of it. It is also a valid network.
 */
final class RichDiagram {

    private RichDiagram() {
    }

    static Cidr cidr(String text) {
        return Cidr.parse(text);
    }

    static IpAddress ip(String text) {
        return IpAddress.parse(text);
    }

    static NetworkModel model() {
        return NetworkModel.builder()
                .add(new Vpc("vpc-1", "shop", "us-east-1", List.of(cidr("10.0.0.0/16"), cidr("10.1.0.0/16")),
                        List.of(cidr("2600:1f18:1:100::/56"))))
                .add(new Vpc("vpc-2", "partner", "us-east-1", List.of(cidr("10.2.0.0/16")), List.of()))
                .add(new Subnet("subnet-app", "app-a", "vpc-1", cidr("10.0.2.0/24"), null, "us-east-1a"))
                .add(new Subnet("subnet-p", "partner-a", "vpc-2", cidr("10.2.1.0/24"), null, ""))
                .add(new Subnet("subnet-web", "web-a", "vpc-1", cidr("10.0.1.0/24"), cidr("2600:1f18:1:101::/64"),
                        "us-east-1a"))
                .add(new RouteTable("rtb-app", "app", "vpc-1", false, List.of("subnet-app"), List.of(
                        Route.local(cidr("10.0.0.0/16")),
                        Route.to(cidr("0.0.0.0/0"), RouteTargetKind.NAT_GATEWAY, "nat-1"),
                        Route.to(cidr("10.2.0.0/16"), RouteTargetKind.VPC_PEERING_CONNECTION, "pcx-1"),
                        Route.toPrefixList("pl-s3", RouteTargetKind.GATEWAY_ENDPOINT, "vpce-s3"),
                        Route.to(cidr("192.168.0.0/16"), RouteTargetKind.VPN_GATEWAY, "vgw-1"),
                        Route.to(cidr("10.9.0.0/16"), RouteTargetKind.TRANSIT_GATEWAY, "tgw-1").asBlackhole(),
                        new Route(cidr("172.16.0.0/12"), null, RouteTargetKind.NETWORK_INTERFACE, "eni-web", false, true))))
                .add(new RouteTable("rtb-main", "main", "vpc-1", true, List.of(), List.of(Route.local(cidr("10.0.0.0/16"))),
                        List.of("vgw-1")))
                .add(new RouteTable("rtb-p", "", "vpc-2", true, List.of(), List.of(
                        Route.local(cidr("10.2.0.0/16")),
                        Route.to(cidr("10.0.0.0/16"), RouteTargetKind.VPC_PEERING_CONNECTION, "pcx-1"))))
                .add(new RouteTable("rtb-web", "web", "vpc-1", false, List.of("subnet-web"), List.of(
                        Route.local(cidr("10.0.0.0/16")),
                        Route.to(cidr("0.0.0.0/0"), RouteTargetKind.INTERNET_GATEWAY, "igw-1"),
                        Route.to(cidr("::/0"), RouteTargetKind.EGRESS_ONLY_INTERNET_GATEWAY, "eigw-1"))))
                .add(new NetworkAcl("acl-app", "app", "vpc-1", false, List.of("subnet-app"), List.of(
                        new AclEntry(90, false, Protocol.ICMP, null, new IcmpMatch(8, -1), Cidr.ANY_IPV4, RuleAction.ALLOW),
                        new AclEntry(100, false, Protocol.TCP, PortRange.single(8080), null, cidr("10.0.1.0/24"), RuleAction.ALLOW),
                        new AclEntry(110, false, Protocol.TCP, PortRange.EPHEMERAL_ALL_CLIENTS, null, Cidr.ANY_IPV4, RuleAction.ALLOW),
                        new AclEntry(120, false, new Protocol(47), null, null, cidr("10.2.0.0/16"), RuleAction.DENY),
                        new AclEntry(100, true, Protocol.ALL, null, null, Cidr.ANY_IPV4, RuleAction.ALLOW),
                        new AclEntry(200, true, Protocol.UDP, PortRange.ALL, null, cidr("10.0.0.0/8"), RuleAction.DENY))))
                .add(new NetworkAcl("acl-default", "", "vpc-1", true, List.of("subnet-web"), List.of(
                        AclEntry.allowAll(100, false, Cidr.ANY_IPV4),
                        AclEntry.allowAll(100, true, Cidr.ANY_IPV4))))
                .add(new NetworkAcl("acl-p", "partner", "vpc-2", true, List.of(), List.of(
                        AclEntry.allowAll(100, false, Cidr.ANY_IPV4),
                        AclEntry.allowAll(100, true, Cidr.ANY_IPV4))))
                .add(new SecurityGroup("sg-app", "app", "vpc-1", "app servers", List.of(
                        new SgRule(Protocol.TCP, PortRange.single(8080), null, SgPeer.group("sg-web"), "from web"),
                        new SgRule(Protocol.ICMPV6, null, IcmpMatch.ANY, SgPeer.cidr(cidr("::/0")), "")),
                        List.of(new SgRule(Protocol.ALL, null, null, SgPeer.cidr(Cidr.ANY_IPV4), ""),
                                new SgRule(Protocol.TCP, PortRange.single(443), null, SgPeer.prefixList("pl-s3"), "s3"))))
                .add(new SecurityGroup("sg-web", "web", "vpc-1", "", List.of(
                        new SgRule(Protocol.TCP, PortRange.parse("80-443"), null, SgPeer.cidr(Cidr.ANY_IPV4), "")),
                        List.of()))
                .add(new PrefixList("pl-s3", "com.amazonaws.us-east-1.s3", List.of(cidr("52.216.0.0/15"), cidr("3.5.0.0/19"))))
                .add(new InternetGateway("igw-1", "shop-igw", "vpc-1"))
                .add(new InternetGateway("igw-spare", "", null))
                .add(new EgressOnlyInternetGateway("eigw-1", "v6-out", "vpc-1"))
                .add(new NatGateway("nat-1", "nat-a", "subnet-web", true, ip("10.0.1.5"), ip("54.1.2.3"), "eni-nat", null))
                .add(new NatGateway("nat-2", "", "subnet-app", false, ip("10.0.2.9"), null, null, "deleted"))
                .add(new VpcEndpoint("vpce-api", "execute-api", "vpc-1", EndpointType.INTERFACE,
                        "com.amazonaws.us-east-1.execute-api", List.of(), List.of("subnet-app"), List.of("eni-vpce"),
                        List.of("sg-app"), "pending"))
                .add(new VpcEndpoint("vpce-s3", "s3", "vpc-1", EndpointType.GATEWAY, "com.amazonaws.us-east-1.s3",
                        List.of("rtb-app"), List.of(), List.of(), List.of(), null))
                .add(new VpcPeeringConnection("pcx-1", "shop-partner", "vpc-1", "vpc-2", "us-east-1", "us-east-1", null))
                .add(new VpcPeeringConnection("pcx-old", "", "vpc-2", "vpc-1", "", "", "pending-acceptance"))
                .add(new VpnGateway("vgw-1", "office", "vpc-1"))
                .add(new NetworkInterface("eni-app", "app-1 eth0", "subnet-app", InterfaceType.INSTANCE,
                        List.of(ip("10.0.2.10"), ip("10.0.2.11")), null, List.of(), List.of("sg-app"), ""))
                .add(new NetworkInterface("eni-nat", "", "subnet-web", InterfaceType.NAT_GATEWAY, List.of(ip("10.0.1.5")),
                        ip("54.1.2.3"), List.of(), List.of(), "Interface for NAT Gateway nat-1"))
                .add(new NetworkInterface("eni-vpce", "", "subnet-app", InterfaceType.VPC_ENDPOINT, List.of(ip("10.0.2.20")),
                        null, List.of(), List.of("sg-app"), "", false))
                .add(new NetworkInterface("eni-web", "web-1 eth0", "subnet-web", InterfaceType.INSTANCE,
                        List.of(ip("10.0.1.10")), ip("3.80.1.1"), List.of(ip("2600:1f18:1:101::10")), List.of("sg-web"), "web"))
                .add(new Workload("i-app", "app-1", WorkloadKind.EC2, List.of("eni-app"), ClientProfile.WINDOWS))
                .add(new Workload("i-web", "web-1", WorkloadKind.EC2, List.of("eni-web"), null))
                .add(new ExternalEndpoint("ext-internet", "a browser", ExternalKind.INTERNET, List.of(cidr("198.51.100.7/32")),
                        null, null, null))
                .add(new ExternalEndpoint("ext-office", "office", ExternalKind.ON_PREMISES, List.of(cidr("192.168.0.0/16")),
                        null, null, "vgw-1"))
                .add(new ExternalEndpoint("ext-s3", "S3", ExternalKind.AWS_SERVICE, List.of(), "s3", "pl-s3", null))
                .add(new CustomerGateway("cgw-1", "office router", ip("198.51.100.20"), 65010L, null,
                        List.of(cidr("192.168.0.0/16"))))
                .add(new CustomerGateway("cgw-2", "", null, null, "deleted", List.of()))
                .add(new VpnConnection("vpn-1", "office vpn", "vgw-1", null, "cgw-1", true,
                        List.of(cidr("192.168.0.0/16")), null))
                .add(new VpnConnection("vpn-2", "", null, "tgw-1", "cgw-1", false, List.of(), "pending"))
                .add(new DirectConnectGateway("5f1c0000-0000-0000-0000-000000000001", "dx", 64512L, null, List.of(
                        new DirectConnectGateway.Association("a-1", "vgw-1", DirectConnectGateway.Association.VGW,
                                List.of(cidr("10.0.0.0/15")), null),
                        new DirectConnectGateway.Association("a-2", "tgw-1", DirectConnectGateway.Association.TGW,
                                List.of(), "disassociated"))))
                .add(new VirtualInterface("dxvif-1", "dc vif", "private", null, null,
                        "5f1c0000-0000-0000-0000-000000000001", 101, 65020L))
                .add(new io.hopscope.model.LoadBalancer("lb-web", "web-alb", io.hopscope.model.LoadBalancerType.APPLICATION,
                        false, "vpc-1", List.of("subnet-web"), List.of("sg-web"), List.of("eni-web"),
                        List.of(new io.hopscope.model.Listener(443, "HTTPS", "tg-app")), null, null))
                .add(new io.hopscope.model.TargetGroup("tg-app", "app", io.hopscope.model.TargetType.INSTANCE, "HTTP", 8080,
                        "vpc-1", List.of(new io.hopscope.model.Target("i-app", null)), null, null))
                .add(new io.hopscope.model.TransitGateway("tgw-1", "hub", "us-east-1", false))
                .add(new io.hopscope.model.TransitGatewayAttachment("tgw-attach-1", "", "tgw-1",
                        io.hopscope.model.TransitGatewayAttachment.Type.VPC, "vpc-1", "available", "tgw-rtb-1",
                        List.of("subnet-web"), null, null))
                .add(new io.hopscope.model.TransitGatewayRouteTable("tgw-rtb-1", "spokes", "tgw-1",
                        List.of("tgw-attach-1"), List.of(new io.hopscope.model.TransitGatewayRouteTable.StaticRoute(
                                cidr("10.9.0.0/16"), null, true))))
                .build();
    }

    static Diagram diagram() {
        Layout layout = new Layout(Map.of(
                "vpc-1", new Shape("vpc-1", 0, 0, 1200, 800),
                "subnet-web", new Shape("subnet-web", 40, 60.5, 500, 300.25),
                "i-web", new Shape("i-web", -20, 80, 0.125, 90)),
                List.of(new Note("note-1", "Web tier:\n\"public\" subnet", 10, 900, 300, 60),
                        new Note("note-0", "", 1.5, 2, 3, 4)));
        return new Diagram("Shop \u2014 prod", "Three tiers\nwith a partner VPC.", model(), layout);
    }
}
