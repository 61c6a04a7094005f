package io.hopscope.testing.samples;

import io.hopscope.model.AclEntry;
import io.hopscope.model.EndpointType;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgPeerKind;
import io.hopscope.model.SgRule;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpcEndpoint;
import io.hopscope.model.VpcPeeringConnection;
import io.hopscope.model.VpnGateway;
import io.hopscope.model.Workload;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Every id a sample's model mentions names a resource of the right kind in the right VPC, and the
 * per-VPC singletons AWS guarantees exist: one main route table [RT], one default NACL [NACL].
 * Returns readable violations; an empty list means the model holds together.
 */
final class ReferenceChecks {

    private final NetworkModel m;
    private final List<String> problems = new ArrayList<>();

    private ReferenceChecks(NetworkModel model) {
        this.m = model;
    }

    static List<String> check(NetworkModel model) {
        ReferenceChecks c = new ReferenceChecks(model);
        c.uniqueIds();
        c.vpcsAndSubnets();
        c.routeTables();
        c.networkAcls();
        c.securityGroups();
        c.interfacesAndWorkloads();
        c.gatewaysAndEndpoints();
        c.externals();
        return c.problems;
    }

    private void uniqueIds() {
        Set<String> seen = new HashSet<>();
        for (Resource r : m.allResources()) {
            expect(seen.add(r.id()), "duplicate id " + r.id());
        }
    }

    private void vpcsAndSubnets() {
        for (Vpc v : m.vpcs()) {
            expect(SampleResources.REGION.equals(v.region()), v.id() + " is not in us-east-1");
            expect(m.routeTables().stream().filter(t -> t.main() && t.vpcId().equals(v.id())).count() == 1,
                    v.id() + " needs exactly one main route table");
            expect(m.networkAcls().stream().filter(a -> a.isDefault() && a.vpcId().equals(v.id())).count() == 1,
                    v.id() + " needs exactly one default NACL");
        }
        for (Subnet s : m.subnets()) {
            expect(m.vpc(s.vpcId()) != null, s.id() + " names missing VPC " + s.vpcId());
            expect(Set.of(SampleResources.AZ_A, SampleResources.AZ_B).contains(s.availabilityZone()),
                    s.id() + " is in unexpected AZ " + s.availabilityZone());
        }
    }

    private void routeTables() {
        Map<String, String> explicit = new HashMap<>();
        for (RouteTable t : m.routeTables()) {
            expect(m.vpc(t.vpcId()) != null, t.id() + " names missing VPC " + t.vpcId());
            for (String s : t.subnetIds()) {
                inVpc(s, t.vpcId(), t.id());
                expect(explicit.put(s, t.id()) == null, s + " is associated with two route tables");
            }
            Vpc vpc = m.vpc(t.vpcId());
            if (vpc != null) {
                vpc.ipv4Cidrs().forEach(c -> expect(t.routes().contains(Route.local(c)),
                        t.id() + " lacks the local route for " + c));
            }
            t.routes().forEach(r -> route(t, r));
        }
    }

    private void route(RouteTable t, Route r) {
        String where = t.id() + " route " + r;
        if (r.prefixListId() != null) {
            expect(m.prefixList(r.prefixListId()) != null, where + ": missing prefix list");
        }
        switch (r.targetKind()) {
            case LOCAL -> { }
            case INTERNET_GATEWAY -> {
                InternetGateway g = m.internetGateway(r.targetId());
                expect(g != null && t.vpcId().equals(g.vpcId()), where + ": no IGW attached to this VPC");
            }
            case NAT_GATEWAY -> {
                NatGateway n = m.natGateway(r.targetId());
                expect(n != null && t.vpcId().equals(m.vpcIdOf(n)), where + ": no NAT gateway in this VPC");
            }
            case VPC_PEERING_CONNECTION -> {
                VpcPeeringConnection p = m.peeringConnection(r.targetId());
                String peer = p == null ? null : p.peerOf(t.vpcId());
                expect(peer != null && m.vpc(peer) != null
                                && m.vpc(peer).ipv4Cidrs().stream().anyMatch(c -> c.contains(r.destination())),
                        where + ": the peering must touch this VPC and the destination lie in the peer's CIDR");
            }
            case GATEWAY_ENDPOINT -> {
                VpcEndpoint e = m.vpcEndpoint(r.targetId());
                expect(e != null && e.type() == EndpointType.GATEWAY && e.routeTableIds().contains(t.id())
                        && r.prefixListId() != null, where + ": the endpoint must list this table [GWE]");
            }
            case VPN_GATEWAY -> {
                VpnGateway g = m.get(r.targetId(), VpnGateway.class);
                expect(g != null && t.vpcId().equals(g.vpcId()), where + ": no VGW attached to this VPC [VGWPROP]");
            }
            case TRANSIT_GATEWAY -> expect(m.transitAttachments().stream().anyMatch(a -> a.transitGatewayId().equals(r.targetId())
                    && t.vpcId().equals(a.resourceId())), where + ": this VPC has no attachment to the TGW [TGW]");
            default -> problems.add(where + ": target kind not used by the samples");
        }
    }

    private void networkAcls() {
        Map<String, Integer> associations = new HashMap<>();
        for (NetworkAcl a : m.networkAcls()) {
            expect(m.vpc(a.vpcId()) != null, a.id() + " names missing VPC " + a.vpcId());
            for (String s : a.subnetIds()) {
                inVpc(s, a.vpcId(), a.id());
                associations.merge(s, 1, Integer::sum);
            }
            Set<String> numbers = new HashSet<>();
            for (AclEntry e : a.entries()) {
                expect(numbers.add(e.egress() + "/" + e.ruleNumber()), a.id() + " repeats rule " + e.describe());
                expect(e.ruleNumber() >= AclEntry.MIN_RULE_NUMBER && e.ruleNumber() <= AclEntry.MAX_RULE_NUMBER,
                        a.id() + " rule number out of range: " + e.describe());
                expect(e.protocol().hasPorts() == (e.ports() != null), a.id() + " ports vs protocol: " + e.describe());
            }
        }
        // As describe-network-acls returns them: every subnet in exactly one NACL's associations [NACL].
        for (Subnet s : m.subnets()) {
            expect(associations.getOrDefault(s.id(), 0) == 1, s.id() + " must be associated with exactly one NACL");
        }
    }

    private void securityGroups() {
        for (SecurityGroup g : m.securityGroups()) {
            expect(m.vpc(g.vpcId()) != null, g.id() + " names missing VPC " + g.vpcId());
            List<SgRule> rules = new ArrayList<>(g.inbound());
            rules.addAll(g.outbound());
            for (SgRule r : rules) {
                if (r.peer().kind() == SgPeerKind.SECURITY_GROUP) {
                    SecurityGroup ref = m.securityGroup(r.peer().refId());
                    expect(ref != null && (ref.vpcId().equals(g.vpcId()) || peered(ref.vpcId(), g.vpcId())),
                            g.id() + " references " + r.peer().refId() + ", not in its VPC or a peered one [SGR]");
                } else if (r.peer().kind() == SgPeerKind.PREFIX_LIST) {
                    expect(m.prefixList(r.peer().refId()) != null, g.id() + " references missing prefix list");
                }
            }
        }
    }

    private boolean peered(String vpcA, String vpcB) {
        return m.peeringConnections().stream().anyMatch(p -> p.isActive() && vpcB.equals(p.peerOf(vpcA)));
    }

    private void interfacesAndWorkloads() {
        for (NetworkInterface eni : m.networkInterfaces()) {
            Subnet s = m.subnet(eni.subnetId());
            expect(s != null, eni.id() + " names missing subnet " + eni.subnetId());
            expect(!eni.privateIps().isEmpty(), eni.id() + " has no private IP");
            for (String g : eni.securityGroupIds()) {
                SecurityGroup sg = m.securityGroup(g);
                expect(sg != null && s != null && sg.vpcId().equals(s.vpcId()),
                        eni.id() + " uses " + g + ", which is not a group of its VPC");
            }
        }
        Map<String, String> owners = new HashMap<>();
        for (Workload w : m.workloads()) {
            expect(!w.networkInterfaceIds().isEmpty(), w.id() + " has no network interface");
            for (String eni : w.networkInterfaceIds()) {
                expect(m.networkInterface(eni) != null, w.id() + " names missing ENI " + eni);
                expect(owners.put(eni, w.id()) == null, eni + " has two owners");
            }
        }
    }

    private void gatewaysAndEndpoints() {
        m.internetGateways().forEach(g -> expect(m.vpc(g.vpcId()) != null, g.id() + " is not attached"));
        for (NatGateway n : m.natGateways()) {
            NetworkInterface eni = m.networkInterface(n.networkInterfaceId());
            expect(eni != null && n.subnetId().equals(eni.subnetId()) && n.privateIp().equals(eni.primaryIp()),
                    n.id() + " must own an ENI in its subnet with its private IP");
            // A public NAT sends through the IGW of its own subnet's table [NAT].
            expect(!n.publicConnectivity() || (m.isPublic(n.subnetId()) && n.elasticIp() != null),
                    n.id() + " is public but its subnet has no IGW route or it has no elastic IP");
        }
        for (VpcEndpoint e : m.vpcEndpoints()) {
            expect(m.vpc(e.vpcId()) != null, e.id() + " names missing VPC");
            e.routeTableIds().forEach(t -> expect(m.routeTable(t) != null && m.routeTable(t).vpcId().equals(e.vpcId())
                    && m.routeTable(t).routes().stream().anyMatch(r -> e.id().equals(r.targetId())),
                    e.id() + " lists " + t + ", which has no route to it"));
            e.subnetIds().forEach(s -> inVpc(s, e.vpcId(), e.id()));
            e.securityGroupIds().forEach(g -> expect(m.securityGroup(g) != null, e.id() + " names missing " + g));
            for (String eniId : e.networkInterfaceIds()) {
                NetworkInterface eni = m.networkInterface(eniId);
                expect(eni != null && e.subnetIds().contains(eni.subnetId())
                                && eni.securityGroupIds().equals(e.securityGroupIds()),
                        e.id() + " ENI " + eniId + " must be in its subnets with its groups [IFE]");
            }
            expect((e.type() == EndpointType.GATEWAY) == e.networkInterfaceIds().isEmpty(),
                    e.id() + ": gateway endpoints have no ENIs, interface endpoints have some");
        }
        for (VpcPeeringConnection p : m.peeringConnections()) {
            Vpc a = m.vpc(p.requesterVpcId());
            Vpc b = m.vpc(p.accepterVpcId());
            expect(a != null && b != null, p.id() + " names a missing VPC");
            if (a != null && b != null) {
                expect(a.ipv4Cidrs().stream().noneMatch(x -> b.ipv4Cidrs().stream().anyMatch(x::overlaps)),
                        p.id() + " joins overlapping CIDRs [PCX]");
            }
        }
    }

    private void externals() {
        for (ExternalEndpoint x : m.externals()) {
            expect(x.prefixListId() == null || m.prefixList(x.prefixListId()) != null,
                    x.id() + " names missing prefix list");
            expect(!x.cidrs().isEmpty(), x.id() + " has no address");
        }
    }

    private void inVpc(String subnetId, String vpcId, String who) {
        Subnet s = m.subnet(subnetId);
        expect(s != null && Objects.equals(s.vpcId(), vpcId), who + " names " + subnetId + ", not a subnet of " + vpcId);
    }

    private void expect(boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }
}
