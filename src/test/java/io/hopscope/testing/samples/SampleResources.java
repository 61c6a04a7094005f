package io.hopscope.testing.samples;

import io.hopscope.model.AclEntry;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.ExternalKind;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkInterface;
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
import io.hopscope.model.Workload;
import io.hopscope.model.WorkloadKind;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Short factories for the AWS resources the samples are made of, with the defaults AWS itself
 * applies (Region us-east-1, the default NACL's rule 100 both ways, the default security group).
 */
final class SampleResources {

    static final String REGION = "us-east-1";
    static final String AZ_A = "us-east-1a";
    static final String AZ_B = "us-east-1b";

    /** The AWS-managed S3 prefix list of us-east-1 and the address blocks it holds [GWE]. */
    static final String S3_PREFIX_LIST_ID = "pl-63a5400a";
    static final List<String> S3_CIDRS =
            List.of("3.5.0.0/19", "16.182.0.0/16", "18.34.0.0/19", "52.216.0.0/15", "54.231.0.0/16");

    /** The reply range AWS advises a NACL to open so every client type is covered [NACL ephemeral]. */
    static final PortRange EPHEMERAL = PortRange.EPHEMERAL_ALL_CLIENTS;

    private SampleResources() {
    }

    static Vpc vpc(String id, String name, String cidr) {
        return new Vpc(id, name, REGION, List.of(Cidr.parse(cidr)), List.of());
    }

    static Subnet subnet(String id, String name, String vpcId, String cidr, String az) {
        return new Subnet(id, name, vpcId, Cidr.parse(cidr), null, az);
    }

    /** The table every VPC is created with: only the local route, used by unassociated subnets [RT]. */
    static RouteTable mainTable(String id, String name, String vpcId, String vpcCidr, Route... extra) {
        return new RouteTable(id, name, vpcId, true, List.of(), routes(vpcCidr, extra));
    }

    static RouteTable table(String id, String name, String vpcId, String vpcCidr, List<String> subnetIds,
                            Route... extra) {
        return new RouteTable(id, name, vpcId, false, subnetIds, routes(vpcCidr, extra));
    }

    private static List<Route> routes(String vpcCidr, Route... extra) {
        List<Route> all = new ArrayList<>();
        all.add(Route.local(Cidr.parse(vpcCidr)));
        all.addAll(Arrays.asList(extra));
        return all;
    }

    static Route route(String cidr, RouteTargetKind kind, String targetId) {
        return Route.to(Cidr.parse(cidr), kind, targetId);
    }

    /** The default NACL: rule 100 allows everything in and out, then the implicit {@code *} deny [NACL]. */
    static NetworkAcl defaultNacl(String id, String name, String vpcId, String... subnetIds) {
        return new NetworkAcl(id, name, vpcId, true, List.of(subnetIds), List.of(
                AclEntry.allowAll(100, false, Cidr.ANY_IPV4),
                AclEntry.allowAll(100, true, Cidr.ANY_IPV4)));
    }

    /** A custom NACL: denies everything except the entries given [NACL]. */
    static NetworkAcl nacl(String id, String name, String vpcId, List<String> subnetIds, AclEntry... entries) {
        return new NetworkAcl(id, name, vpcId, false, subnetIds, List.of(entries));
    }

    static AclEntry tcpIn(int ruleNumber, PortRange ports, String sourceCidr) {
        return new AclEntry(ruleNumber, false, Protocol.TCP, ports, null, Cidr.parse(sourceCidr), RuleAction.ALLOW);
    }

    static AclEntry tcpOut(int ruleNumber, PortRange ports, String destinationCidr) {
        return new AclEntry(ruleNumber, true, Protocol.TCP, ports, null, Cidr.parse(destinationCidr), RuleAction.ALLOW);
    }

    static SecurityGroup sg(String id, String name, String vpcId, String description, List<SgRule> inbound,
                            List<SgRule> outbound) {
        return new SecurityGroup(id, name, vpcId, description, inbound, outbound);
    }

    /** Every VPC's default group: all traffic from members of itself, all traffic out [SGR]. */
    static SecurityGroup defaultSg(String id, String vpcId) {
        return new SecurityGroup(id, "default", vpcId, "default VPC security group",
                List.of(new SgRule(Protocol.ALL, null, null, SgPeer.group(id), "")),
                List.of(allTrafficOut()));
    }

    /** The outbound rule a new security group starts with [SGR]. */
    static SgRule allTrafficOut() {
        return new SgRule(Protocol.ALL, null, null, SgPeer.cidr(Cidr.ANY_IPV4), "");
    }

    static SgRule tcp(int port, SgPeer peer, String description) {
        return new SgRule(Protocol.TCP, PortRange.single(port), null, peer, description);
    }

    static SgPeer cidrPeer(String cidr) {
        return SgPeer.cidr(Cidr.parse(cidr));
    }

    static NetworkInterface eni(String id, String name, String subnetId, InterfaceType type, String privateIp,
                                String publicIp, String description, String... securityGroupIds) {
        return new NetworkInterface(id, name, subnetId, type, List.of(IpAddress.parse(privateIp)),
                publicIp == null ? null : IpAddress.parse(publicIp), List.of(), List.of(securityGroupIds),
                description);
    }

    static Workload workload(String id, String name, WorkloadKind kind, String... networkInterfaceIds) {
        return new Workload(id, name, kind, List.of(networkInterfaceIds), null);
    }

    static ExternalEndpoint internetHost(String id, String name, String address) {
        return new ExternalEndpoint(id, name, ExternalKind.INTERNET, List.of(Cidr.parse(address + "/32")),
                null, null, null);
    }

    static PrefixList s3PrefixList() {
        return new PrefixList(S3_PREFIX_LIST_ID, "com.amazonaws." + REGION + ".s3", cidrs(S3_CIDRS));
    }

    /** S3 as a destination: its public ranges, reached by the prefix list's route when one exists [GWE]. */
    static ExternalEndpoint s3Service() {
        return new ExternalEndpoint("s3", "Amazon S3", ExternalKind.AWS_SERVICE, cidrs(S3_CIDRS), "s3",
                S3_PREFIX_LIST_ID, null);
    }

    static List<Cidr> cidrs(List<String> texts) {
        return texts.stream().map(Cidr::parse).toList();
    }
}
