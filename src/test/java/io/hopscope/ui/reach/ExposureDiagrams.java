package io.hopscope.ui.reach;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.autolayout.AutoLayout;
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
import java.util.ArrayList;
import java.util.List;

/**
 * A generated diagram of {@code vpcs} x 5 subnets x 10 instances, every instance with a public IP
 * behind an internet gateway and a security group per subnet (HTTPS from anywhere, SSH from one
 * documentation range on even subnets): the badges harness's 200-workload diagram at 4 VPCs.
 */
public final class ExposureDiagrams {
    static final int SUBNETS = 5;
    static final int PER_SUBNET = 10;

    private ExposureDiagrams() {
    }

    public static Diagram generated(int vpcs) {
        NetworkModel.Builder b = NetworkModel.builder();
        for (int v = 0; v < vpcs; v++) {
            String vpc = "vpc-" + v;
            b.add(new Vpc(vpc, "vpc " + v, "us-east-1", List.of(Cidr.parse("10." + v + ".0.0/16")), List.of()));
            b.add(new InternetGateway("igw-" + v, "igw " + v, vpc));
            List<String> subnets = new ArrayList<>();
            for (int s = 0; s < SUBNETS; s++) {
                String subnet = "subnet-" + v + "-" + s;
                subnets.add(subnet);
                b.add(new Subnet(subnet, "web " + v + "-" + s, vpc, Cidr.parse("10." + v + "." + s + ".0/24"), null, "us-east-1a"));
                String sg = sg(v, s);
                List<SgRule> in = new ArrayList<>(List.of(new SgRule(Protocol.TCP, new PortRange(443, 443), null,
                        SgPeer.cidr(Cidr.parse("0.0.0.0/0")), "HTTPS")));
                if (s % 2 == 0) {
                    in.add(new SgRule(Protocol.TCP, new PortRange(22, 22), null, SgPeer.cidr(Cidr.parse("203.0.113.0/24")), "SSH"));
                }
                b.add(new SecurityGroup(sg, "web-sg " + v + "-" + s, vpc, "", in,
                        List.of(new SgRule(Protocol.ALL, null, null, SgPeer.cidr(Cidr.parse("0.0.0.0/0")), ""))));
                for (int w = 0; w < PER_SUBNET; w++) {
                    String eni = "eni-" + v + "-" + s + "-" + w;
                    b.add(new NetworkInterface(eni, "", subnet, InterfaceType.INSTANCE,
                            List.of(IpAddress.parse("10." + v + "." + s + "." + (10 + w))),
                            IpAddress.parse("54." + v + "." + s + "." + (10 + w)), List.of(), List.of(sg), ""));
                    b.add(new Workload("i-" + v + "-" + s + "-" + w, "web " + v + "-" + s + "-" + w, WorkloadKind.EC2, List.of(eni), null));
                }
            }
            b.add(new RouteTable("rtb-" + v, "main " + v, vpc, true, List.of(), List.of(
                    Route.local(Cidr.parse("10." + v + ".0.0/16")),
                    Route.to(Cidr.parse("0.0.0.0/0"), RouteTargetKind.INTERNET_GATEWAY, "igw-" + v)), List.of()));
            b.add(new NetworkAcl("acl-" + v, "default " + v, vpc, true, subnets, List.of(
                    AclEntry.allowAll(100, false, Cidr.parse("0.0.0.0/0")), AclEntry.allowAll(100, true, Cidr.parse("0.0.0.0/0")))));
        }
        NetworkModel model = b.build();
        return new Diagram("generated exposure", "", model, AutoLayout.layout(model));
    }

    static String sg(int v, int s) {
        return "sg-" + v + "-" + s;
    }
}
