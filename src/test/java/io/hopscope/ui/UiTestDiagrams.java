package io.hopscope.ui;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Layout;
import io.hopscope.diagram.Note;
import io.hopscope.diagram.Shape;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.ExternalKind;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpcPeeringConnection;
import io.hopscope.model.Workload;
import io.hopscope.model.WorkloadKind;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import java.util.List;

/**
 * Diagrams built in code for the canvas and window tests. "Two tier": a web server in a public
 * subnet (route to an IGW) and a database in a private one, a NAT gateway, a Lambda without a
 * layout entry, and a second, unlaid-out VPC peered with the first.
 */
public final class UiTestDiagrams {

    public static final String APP_VPC = "vpc-0app";
    public static final String SHARED_VPC = "vpc-0shared";
    public static final String PUBLIC_SUBNET = "subnet-0public";
    public static final String PRIVATE_SUBNET = "subnet-0private";
    public static final String SHARED_SUBNET = "subnet-0shared";
    public static final String WEB = "i-0web";
    public static final String DB = "orders-db";
    public static final String LAMBDA = "fn-report";
    public static final String NAT = "nat-0a";
    public static final String IGW = "igw-0a";
    public static final String PEERING = "pcx-0a";
    public static final String INTERNET = "internet";
    public static final String SG_WEB = "sg-0web";
    public static final String SG_DB = "sg-0db";

    private UiTestDiagrams() {
    }

    public static Diagram twoTier() {
        return new Diagram("Two tier", "web and database", twoTierModel(), twoTierLayout());
    }

    public static NetworkModel twoTierModel() {
        return NetworkModel.builder()
                .add(new Vpc(APP_VPC, "app-vpc", "eu-west-1", List.of(Cidr.parse("10.0.0.0/16")), List.of()))
                .add(new Vpc(SHARED_VPC, "shared-vpc", "eu-west-1", List.of(Cidr.parse("10.1.0.0/16")), List.of()))
                .add(new Subnet(PUBLIC_SUBNET, "public-a", APP_VPC, Cidr.parse("10.0.1.0/24"), null, "eu-west-1a"))
                .add(new Subnet(PRIVATE_SUBNET, "private-a", APP_VPC, Cidr.parse("10.0.2.0/24"), null, "eu-west-1a"))
                .add(new Subnet(SHARED_SUBNET, "tools", SHARED_VPC, Cidr.parse("10.1.1.0/24"), null, "eu-west-1b"))
                .add(new RouteTable("rtb-0main", "main", APP_VPC, true, List.of(),
                        List.of(Route.local(Cidr.parse("10.0.0.0/16")))))
                .add(new RouteTable("rtb-0public", "public", APP_VPC, false, List.of(PUBLIC_SUBNET),
                        List.of(Route.local(Cidr.parse("10.0.0.0/16")),
                                Route.to(Cidr.ANY_IPV4, RouteTargetKind.INTERNET_GATEWAY, IGW))))
                .add(new InternetGateway(IGW, "app-igw", APP_VPC))
                .add(new SecurityGroup(SG_WEB, "web", APP_VPC, "", List.of(), List.of()))
                .add(new SecurityGroup(SG_DB, "db", APP_VPC, "", List.of(), List.of()))
                .add(eni("eni-0web", PUBLIC_SUBNET, InterfaceType.INSTANCE, "10.0.1.10", "54.1.2.3", SG_WEB))
                .add(eni("eni-0db", PRIVATE_SUBNET, InterfaceType.RDS, "10.0.2.45", null, SG_DB))
                .add(eni("eni-0fn", PRIVATE_SUBNET, InterfaceType.LAMBDA, "10.0.2.77", null, SG_WEB))
                .add(new Workload(WEB, "web-1", WorkloadKind.EC2, List.of("eni-0web"), null))
                .add(new Workload(DB, "", WorkloadKind.RDS, List.of("eni-0db"), null))
                .add(new Workload(LAMBDA, "report", WorkloadKind.LAMBDA, List.of("eni-0fn"), null))
                .add(new NatGateway(NAT, "nat-a", PUBLIC_SUBNET, true, IpAddress.parse("10.0.1.5"),
                        IpAddress.parse("52.9.9.9"), null, "available"))
                .add(new VpcPeeringConnection(PEERING, "app-to-shared", APP_VPC, SHARED_VPC, "", "", "active"))
                .add(new ExternalEndpoint(INTERNET, "internet", ExternalKind.INTERNET, List.of(Cidr.ANY_IPV4),
                        null, null, null))
                .build();
    }

    /** Only the app VPC, its subnets, the web server and the database are laid out. */
    public static Layout twoTierLayout() {
        return new Layout(java.util.Map.of(
                APP_VPC, new Shape(APP_VPC, 0, 0, 900, 420),
                PUBLIC_SUBNET, new Shape(PUBLIC_SUBNET, 32, 70, 400, 300),
                PRIVATE_SUBNET, new Shape(PRIVATE_SUBNET, 470, 70, 400, 300),
                WEB, new Shape(WEB, 60, 130, 176, 64),
                DB, new Shape(DB, 500, 130, 176, 64)),
                List.of(new Note("note-1", "Web talks to the DB on 5432", 0, 460, 220, 60)));
    }

    public static NetworkInterface eni(String id, String subnet, InterfaceType type, String ip, String publicIp, String sg) {
        return new NetworkInterface(id, "", subnet, type, List.of(IpAddress.parse(ip)),
                publicIp == null ? null : IpAddress.parse(publicIp), List.of(), List.of(sg), "");
    }
}
