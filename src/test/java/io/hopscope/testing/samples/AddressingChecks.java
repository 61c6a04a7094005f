package io.hopscope.testing.samples;

import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.ExternalKind;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Addresses and ids as AWS would hand them out: subnets inside their VPC, ENI IPs usable in their subnet. */
final class AddressingChecks {

    /** EC2 ids: a kind prefix and 17 hex digits; AWS-managed prefix lists keep their 8-digit ids. */
    private static final Pattern AWS_ID = Pattern.compile("(vpc|subnet|rtb|acl|sg|igw|nat|vpce|pcx|eni|i|vgw|cgw|vpn|tgw|tgw-attach|tgw-rtb)-[0-9a-f]{17}");
    private static final Pattern PREFIX_LIST_ID = Pattern.compile("pl-[0-9a-f]{8}");
    /** Names people type: RDS identifiers, function names, externals. */
    private static final Pattern NAME_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final NetworkModel m;
    private final List<String> problems = new ArrayList<>();

    private AddressingChecks(NetworkModel model) {
        this.m = model;
    }

    static List<String> check(NetworkModel model) {
        AddressingChecks c = new AddressingChecks(model);
        c.ids();
        c.subnets();
        c.interfaces();
        c.externals();
        return c.problems;
    }

    private void ids() {
        for (Resource r : m.allResources()) {
            boolean ok = switch (r.kind()) {
                case PREFIX_LIST -> PREFIX_LIST_ID.matcher(r.id()).matches();
                // elbv2 names load balancers and target groups by ARN.
                case LOAD_BALANCER -> r.id().startsWith("arn:aws:elasticloadbalancing:") && r.id().contains(":loadbalancer/");
                case TARGET_GROUP -> r.id().startsWith("arn:aws:elasticloadbalancing:") && r.id().contains(":targetgroup/");
                case WORKLOAD, EXTERNAL -> AWS_ID.matcher(r.id()).matches() && r.id().startsWith("i-")
                        || NAME_ID.matcher(r.id()).matches();
                default -> AWS_ID.matcher(r.id()).matches() && r.id().startsWith(r.kind().idPrefix());
            };
            expect(ok, r.kind().wireName() + " id " + r.id() + " does not look like an AWS id");
            expect(!r.name().isBlank(), r.id() + " has no name");
        }
    }

    private void subnets() {
        for (Subnet s : m.subnets()) {
            Vpc v = m.vpc(s.vpcId());
            expect(v != null && v.ipv4Cidrs().stream().anyMatch(c -> c.contains(s.cidr())),
                    s.id() + " " + s.cidr() + " is outside its VPC's CIDRs");
            // AWS allows subnet sizes from /16 to /28.
            expect(s.cidr().prefixLength() >= 16 && s.cidr().prefixLength() <= 28, s.id() + " has an invalid size");
            for (Subnet other : m.subnetsOf(s.vpcId())) {
                expect(other == s || !other.cidr().overlaps(s.cidr()), s.id() + " overlaps " + other.id());
            }
        }
    }

    private void interfaces() {
        Map<IpAddress, String> privateOwners = new HashMap<>();
        Map<IpAddress, String> publicOwners = new HashMap<>();
        for (NetworkInterface eni : m.networkInterfaces()) {
            Subnet s = m.subnet(eni.subnetId());
            for (IpAddress ip : eni.privateIps()) {
                expect(s != null && usable(s.cidr(), ip), eni.id() + " " + ip + " is not a usable address of its subnet");
                expect(privateOwners.put(ip, eni.id()) == null, ip + " is used twice");
            }
            if (eni.publicIp() != null) {
                expect(!eni.publicIp().isPrivateIpv4(), eni.id() + " public IP " + eni.publicIp() + " is private");
                expect(publicOwners.put(eni.publicIp(), eni.id()) == null, eni.publicIp() + " is used twice");
            }
        }
        for (NatGateway n : m.natGateways()) {
            Subnet s = m.subnet(n.subnetId());
            expect(s != null && usable(s.cidr(), n.privateIp()), n.id() + " private IP outside its subnet");
        }
    }

    /** AWS reserves the first four addresses and the last one of every subnet [Q]. */
    static boolean usable(Cidr subnet, IpAddress ip) {
        return subnet.contains(ip) && !ip.equals(subnet.addressAt(subnet.size() - 1))
                && ip.compareTo(subnet.addressAt(4)) >= 0;
    }

    private void externals() {
        for (ExternalEndpoint x : m.externals()) {
            if (x.externalKind() == ExternalKind.INTERNET || x.externalKind() == ExternalKind.AWS_SERVICE) {
                x.cidrs().forEach(c -> expect(!c.network().isPrivateIpv4(), x.id() + " " + c + " is not public"));
            }
            for (Vpc v : m.vpcs()) {
                x.cidrs().forEach(c -> expect(v.ipv4Cidrs().stream().noneMatch(c::overlaps),
                        x.id() + " " + c + " overlaps VPC " + v.id()));
            }
        }
    }

    private void expect(boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }
}
