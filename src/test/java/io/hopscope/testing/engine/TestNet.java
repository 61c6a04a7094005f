package io.hopscope.testing.engine;

import io.hopscope.model.AclEntry;
import io.hopscope.model.EgressOnlyInternetGateway;
import io.hopscope.model.EndpointType;
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
import io.hopscope.model.Workload;
import io.hopscope.model.WorkloadKind;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IcmpMatch;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small fluent builder of network models for engine tests: short strings for routes
 * ("0.0.0.0/0 -> igw-1"), NACL entries and SG rules, so each test reads like the scenario it checks.
 */
public final class TestNet {
    private final NetworkModel.Builder b = NetworkModel.builder();

    public static TestNet create() {
        return new TestNet();
    }

    public TestNet vpc(String id, String... cidrs) {
        List<Cidr> v4 = new ArrayList<>();
        List<Cidr> v6 = new ArrayList<>();
        for (String c : cidrs) {
            Cidr cidr = Cidr.parse(c);
            (cidr.isIpv4() ? v4 : v6).add(cidr);
        }
        b.put(new Vpc(id, id, "us-east-1", v4, v6));
        return this;
    }

    public TestNet subnet(String id, String vpcId, String cidr) {
        return subnet(id, vpcId, cidr, null);
    }

    public TestNet subnet(String id, String vpcId, String cidr, String ipv6Cidr) {
        b.put(new Subnet(id, id, vpcId, Cidr.parse(cidr), ipv6Cidr == null ? null : Cidr.parse(ipv6Cidr), "us-east-1a"));
        return this;
    }

    /** A route table; {@code subnets} explicitly associated; routes as "dest -> target" ("pl-x -> vpce-y" too). */
    public TestNet routeTable(String id, String vpcId, boolean main, List<String> subnets, String... routes) {
        List<Route> rs = new ArrayList<>();
        for (String r : routes) {
            rs.add(route(r));
        }
        b.put(new RouteTable(id, id, vpcId, main, subnets, rs));
        return this;
    }

    public static Route route(String text) {
        boolean blackhole = text.endsWith(" blackhole");
        String t = blackhole ? text.substring(0, text.length() - " blackhole".length()) : text;
        String[] parts = t.split("->");
        String dest = parts[0].trim();
        String target = parts[1].trim();
        RouteTargetKind kind = target.equals("local") ? RouteTargetKind.LOCAL
                : target.startsWith("igw-") ? RouteTargetKind.INTERNET_GATEWAY
                : target.startsWith("eigw-") ? RouteTargetKind.EGRESS_ONLY_INTERNET_GATEWAY
                : target.startsWith("nat-") ? RouteTargetKind.NAT_GATEWAY
                : target.startsWith("pcx-") ? RouteTargetKind.VPC_PEERING_CONNECTION
                : target.startsWith("vpce-") ? RouteTargetKind.GATEWAY_ENDPOINT
                : target.startsWith("vgw-") ? RouteTargetKind.VPN_GATEWAY
                : RouteTargetKind.NETWORK_INTERFACE;
        Route r = dest.startsWith("pl-") ? Route.toPrefixList(dest, kind, target)
                : new Route(Cidr.parse(dest), null, kind, target, false, false);
        return blackhole ? r.asBlackhole() : r;
    }

    /** A NACL; entries as "100 in allow tcp 1024-65535 10.0.0.0/16" or "100 out deny icmp 8 0.0.0.0/0". */
    public TestNet acl(String id, String vpcId, boolean isDefault, List<String> subnets, String... entries) {
        List<AclEntry> es = new ArrayList<>();
        for (String e : entries) {
            es.add(aclEntry(e));
        }
        b.put(new NetworkAcl(id, id, vpcId, isDefault, subnets, es));
        return this;
    }

    /** The default NACL: 100 allow all in and out (IPv4 and, at 101, IPv6) [NACL]. */
    public TestNet defaultAcl(String id, String vpcId) {
        return acl(id, vpcId, true, List.of(), "100 in allow all 0.0.0.0/0", "100 out allow all 0.0.0.0/0",
                "101 in allow all ::/0", "101 out allow all ::/0");
    }

    public static AclEntry aclEntry(String text) {
        String[] f = text.trim().split("\\s+");
        int number = Integer.parseInt(f[0]);
        boolean egress = f[1].equals("out");
        RuleAction action = f[2].equals("allow") ? RuleAction.ALLOW : RuleAction.DENY;
        Protocol protocol = Protocol.parse(f[3]);
        PortRange ports = null;
        IcmpMatch icmp = null;
        int cidrAt = 4;
        if (protocol.hasPorts()) {
            ports = PortRange.parse(f[4]);
            cidrAt = 5;
        } else if (protocol.isIcmp()) {
            icmp = f[4].equals("any") ? IcmpMatch.ANY : new IcmpMatch(Integer.parseInt(f[4]), -1);
            cidrAt = 5;
        }
        return new AclEntry(number, egress, protocol, ports, icmp, Cidr.parse(f[cidrAt]), action);
    }

    /** A security group; rules as "tcp 443 0.0.0.0/0", "all sg-web", "icmp 8 10.0.0.0/16", "tcp 443 pl-s3". */
    public TestNet sg(String id, String vpcId, List<String> inbound, List<String> outbound) {
        b.put(new SecurityGroup(id, id, vpcId, "", inbound.stream().map(TestNet::sgRule).toList(),
                outbound.stream().map(TestNet::sgRule).toList()));
        return this;
    }

    public static SgRule sgRule(String text) {
        String[] f = text.trim().split("\\s+");
        Protocol protocol = Protocol.parse(f[0]);
        PortRange ports = null;
        IcmpMatch icmp = null;
        int peerAt = 1;
        if (protocol.hasPorts()) {
            ports = PortRange.parse(f[1]);
            peerAt = 2;
        } else if (protocol.isIcmp()) {
            icmp = f[1].equals("any") ? IcmpMatch.ANY : new IcmpMatch(Integer.parseInt(f[1]), -1);
            peerAt = 2;
        }
        String peer = f[peerAt];
        SgPeer p = peer.startsWith("sg-") ? SgPeer.group(peer)
                : peer.startsWith("pl-") ? SgPeer.prefixList(peer) : SgPeer.cidr(Cidr.parse(peer));
        return new SgRule(protocol, ports, icmp, p, "");
    }

    /** An EC2 instance with one ENI "eni-" + id: private IPs (comma separated; IPv6 allowed), optional public IP. */
    public TestNet instance(String id, String subnetId, String ips, String publicIp, String... sgs) {
        List<IpAddress> v4 = new ArrayList<>();
        List<IpAddress> v6 = new ArrayList<>();
        for (String s : ips.split(",")) {
            IpAddress ip = IpAddress.parse(s.trim());
            (ip.isIpv4() ? v4 : v6).add(ip);
        }
        String eniId = "eni-" + id;
        b.put(new NetworkInterface(eniId, id + "-eni", subnetId, InterfaceType.INSTANCE, v4,
                publicIp == null ? null : IpAddress.parse(publicIp), v6, Arrays.asList(sgs), ""));
        b.put(new Workload(id, id, WorkloadKind.EC2, List.of(eniId), null));
        return this;
    }

    /** A further ENI "eni-" + eniSuffix attached to an instance made by {@link #instance}: a multi-homed instance. */
    public TestNet secondInterface(String instanceId, String eniSuffix, String subnetId, String ip, String... sgs) {
        String eniId = "eni-" + eniSuffix;
        b.put(new NetworkInterface(eniId, eniSuffix, subnetId, InterfaceType.INSTANCE, List.of(IpAddress.parse(ip)), null,
                List.of(), Arrays.asList(sgs), ""));
        b.put(new Workload(instanceId, instanceId, WorkloadKind.EC2, List.of("eni-" + instanceId, eniId), null));
        return this;
    }

    /** An interface endpoint with one ENI per (subnet, ip) pair, "eni-" + id + "-" + n, sharing its SGs [IFE]. */
    public TestNet interfaceEndpoint(String id, String vpcId, List<String> subnetIps, String... sgs) {
        List<String> subnets = new ArrayList<>();
        List<String> enis = new ArrayList<>();
        for (String pair : subnetIps) {
            String[] f = pair.split("=");
            String eniId = "eni-" + id + "-" + (enis.size() + 1);
            b.put(new NetworkInterface(eniId, id, f[0], InterfaceType.VPC_ENDPOINT, List.of(IpAddress.parse(f[1])), null,
                    List.of(), Arrays.asList(sgs), "VPC Endpoint Interface " + id));
            subnets.add(f[0]);
            enis.add(eniId);
        }
        b.put(new VpcEndpoint(id, id, vpcId, EndpointType.INTERFACE, "com.amazonaws.us-east-1.sqs", List.of(),
                subnets, enis, Arrays.asList(sgs), "available"));
        return this;
    }

    /** An interface endpoint: an ENI with its own security group [IFE]. */
    public TestNet interfaceEndpoint(String id, String vpcId, String subnetId, String ip, String... sgs) {
        String eniId = "eni-" + id;
        b.put(new NetworkInterface(eniId, id, subnetId, InterfaceType.VPC_ENDPOINT, List.of(IpAddress.parse(ip)), null,
                List.of(), Arrays.asList(sgs), "VPC Endpoint Interface " + id));
        b.put(new VpcEndpoint(id, id, vpcId, EndpointType.INTERFACE, "com.amazonaws.us-east-1.sqs", List.of(),
                List.of(subnetId), List.of(eniId), Arrays.asList(sgs), "available"));
        return this;
    }

    public TestNet igw(String id, String vpcId) {
        b.put(new InternetGateway(id, id, vpcId));
        return this;
    }

    public TestNet vgw(String id, String vpcId) {
        b.put(new io.hopscope.model.VpnGateway(id, id, vpcId));
        return this;
    }

    public TestNet eigw(String id, String vpcId) {
        b.put(new EgressOnlyInternetGateway(id, id, vpcId));
        return this;
    }

    public TestNet nat(String id, String subnetId, String privateIp, String elasticIp) {
        return nat(id, subnetId, privateIp, elasticIp, "available");
    }

    public TestNet nat(String id, String subnetId, String privateIp, String elasticIp, String state) {
        b.put(new NatGateway(id, id, subnetId, elasticIp != null, IpAddress.parse(privateIp),
                elasticIp == null ? null : IpAddress.parse(elasticIp), "eni-" + id, state));
        return this;
    }

    public TestNet peering(String id, String requesterVpc, String accepterVpc, String status) {
        b.put(new VpcPeeringConnection(id, id, requesterVpc, accepterVpc, "us-east-1", "us-east-1", status));
        return this;
    }

    public TestNet prefixList(String id, String name, String... cidrs) {
        b.put(new PrefixList(id, name, Arrays.stream(cidrs).map(Cidr::parse).toList()));
        return this;
    }

    public TestNet gatewayEndpoint(String id, String vpcId, String service, String... routeTables) {
        b.put(new VpcEndpoint(id, id, vpcId, EndpointType.GATEWAY, "com.amazonaws.us-east-1." + service,
                Arrays.asList(routeTables), List.of(), List.of(), List.of(), "available"));
        return this;
    }

    public NetworkModel build() {
        return b.build();
    }
}
