package io.hopscope.check;

import io.hopscope.model.AclEntry;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgPeer;
import io.hopscope.model.SgRule;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.Workload;
import io.hopscope.model.WorkloadKind;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import java.util.List;

/**
 * A small valid VPC for rule tests: public subnet web (10.0.1.0/24, route to igw-1) and private
 * subnet app (10.0.2.0/24, main table), default NACL allowing all, instance app-1 in app.
 */
final class Lab {

    private Lab() {
    }

    static Cidr cidr(String s) {
        return Cidr.parse(s);
    }

    static IpAddress ip(String s) {
        return IpAddress.parse(s);
    }

    static NetworkModel.Builder builder() {
        return NetworkModel.builder()
                .add(new Vpc("vpc-1", "lab", "us-east-1", List.of(cidr("10.0.0.0/16")), List.of()))
                .add(new Subnet("subnet-web", "web", "vpc-1", cidr("10.0.1.0/24"), null, ""))
                .add(new Subnet("subnet-app", "app", "vpc-1", cidr("10.0.2.0/24"), null, ""))
                .add(new RouteTable("rtb-main", "main", "vpc-1", true, List.of(), List.of(Route.local(cidr("10.0.0.0/16")))))
                .add(new RouteTable("rtb-web", "web", "vpc-1", false, List.of("subnet-web"), List.of(
                        Route.local(cidr("10.0.0.0/16")), Route.to(Cidr.ANY_IPV4, RouteTargetKind.INTERNET_GATEWAY, "igw-1"))))
                .add(new NetworkAcl("acl-default", "", "vpc-1", true, List.of(), List.of(
                        AclEntry.allowAll(100, false, Cidr.ANY_IPV4), AclEntry.allowAll(100, true, Cidr.ANY_IPV4))))
                .add(new SecurityGroup("sg-app", "app", "vpc-1", "", List.of(
                        new SgRule(Protocol.TCP, PortRange.single(8080), null, SgPeer.cidr(cidr("10.0.1.0/24")), "")),
                        List.of(new SgRule(Protocol.ALL, null, null, SgPeer.cidr(Cidr.ANY_IPV4), ""))))
                .add(new InternetGateway("igw-1", "", "vpc-1"))
                .add(new NetworkInterface("eni-app", "", "subnet-app", InterfaceType.INSTANCE, List.of(ip("10.0.2.10")),
                        null, List.of(), List.of("sg-app"), ""))
                .add(new Workload("i-app", "app-1", WorkloadKind.EC2, List.of("eni-app"), null));
    }

    static NetworkModel model() {
        return builder().build();
    }
}
