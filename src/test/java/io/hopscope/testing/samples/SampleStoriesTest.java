package io.hopscope.testing.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.model.AclEntry;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.RuleAction;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgPeer;
import io.hopscope.model.SgRule;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.PortRange;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The facts each sample's story rests on, checked on the model itself (no trace engine needed). */
class SampleStoriesTest {

    @Test
    void dbSubnetsSendRepliesToTheWebSubnetOnEphemeralPorts() {
        Ec2ToRdsSample x = Ec2ToRdsSample.correct();
        NetworkModel m = x.diagram().model();
        assertEquals(x.dbNacl, m.networkAclOf(x.dbSubnetA).id());
        assertEquals(x.dbNacl, m.networkAclOf(x.dbSubnetB).id());
        assertTrue(allows(m.networkAcl(x.dbNacl).outbound(), "10.0.1.10", PortRange.EPHEMERAL_ALL_CLIENTS));
        assertTrue(allows(m.networkAcl(x.webNacl).inbound(), "10.0.2.45", PortRange.EPHEMERAL_ALL_CLIENTS));
        assertFalse(m.isPublic(x.dbSubnetA) || m.isPublic(x.dbSubnetB), "the database subnets must be private");
        assertTrue(m.isPublic(x.webSubnet));
    }

    @Test
    void brokenReturnDiffersOnlyInTheDbNaclReplyRule() {
        Ec2ToRdsSample good = Ec2ToRdsSample.correct();
        Ec2ToRdsSample bad = Ec2ToRdsSample.brokenReturn();
        NetworkAcl goodNacl = good.diagram().model().networkAcl(good.dbNacl);
        NetworkAcl badNacl = bad.diagram().model().networkAcl(bad.dbNacl);
        assertEquals(goodNacl.inbound(), badNacl.inbound());
        assertEquals(List.of(PortRange.single(3306)), badNacl.outbound().stream().map(AclEntry::ports).toList());
        assertFalse(allows(badNacl.outbound(), "10.0.1.10", PortRange.single(40000)),
                "the reply to a Linux client port must find no rule");
        assertEquals(good.diagram().model().allResources().size(), bad.diagram().model().allResources().size());
    }

    @Test
    void natSitsInAPublicSubnetAndEveryPrivateSubnetRoutesToIt() {
        NetworkModel m = NatEgressSample.diagram().model();
        assertTrue(m.isPublic(NatEgressSample.PUBLIC_A));
        for (String s : List.of(NatEgressSample.PRIVATE_A, NatEgressSample.PRIVATE_B)) {
            assertFalse(m.isPublic(s));
            assertEquals(NatEgressSample.NAT, defaultRoute(m.routeTableOf(s)).targetId());
            assertNull(m.networkInterface(m.ownerOf(m.interfacesIn(s).get(0).id()).networkInterfaceIds().get(0))
                    .publicIp(), "private workers have no public IP");
        }
    }

    @Test
    void s3RouteUsesThePrefixListAndTheNaclListsEveryS3Block() {
        NetworkModel m = S3GatewayEndpointSample.diagram().model();
        RouteTable a = m.routeTableOf(S3GatewayEndpointSample.PRIVATE_A);
        assertTrue(a.routes().stream().anyMatch(r -> SampleResources.S3_PREFIX_LIST_ID.equals(r.prefixListId())
                && r.targetKind() == RouteTargetKind.GATEWAY_ENDPOINT));
        assertTrue(m.routeTableOf(S3GatewayEndpointSample.PRIVATE_B).main());
        assertTrue(m.prefixList(SampleResources.S3_PREFIX_LIST_ID).cidrs().contains(Cidr.parse("52.216.0.0/15")));
        NetworkAcl nacl = m.networkAclOf(S3GatewayEndpointSample.PRIVATE_A);
        for (Cidr block : m.prefixList(SampleResources.S3_PREFIX_LIST_ID).cidrs()) {
            assertTrue(allows(nacl.outbound(), block.network().toString(), PortRange.single(443)), "out " + block);
            assertTrue(allows(nacl.inbound(), block.network().toString(), PortRange.EPHEMERAL_ALL_CLIENTS), "in " + block);
        }
        assertTrue(m.internetGateways().isEmpty() && m.natGateways().isEmpty(), "S3 must be the only way out");
    }

    @Test
    void peeringHasRoutesOnBothSidesAndNoneBetweenAAndC() {
        NetworkModel m = VpcPeeringSample.diagram().model();
        RouteTable a = m.routeTableOf(VpcPeeringSample.SUBNET_A);
        RouteTable b = m.routeTableOf(VpcPeeringSample.SUBNET_B);
        RouteTable c = m.routeTableOf(VpcPeeringSample.SUBNET_C);
        assertEquals(Set.of(VpcPeeringSample.PCX_AB), peeringTargets(a));
        assertEquals(Set.of(VpcPeeringSample.PCX_AB, VpcPeeringSample.PCX_BC), peeringTargets(b));
        assertEquals(Set.of(VpcPeeringSample.PCX_BC), peeringTargets(c));
        IpAddress analytics = IpAddress.parse("10.3.1.10");
        assertTrue(a.routes().stream().noneMatch(r -> r.destination() != null && r.destination().contains(analytics)),
                "A must have no route to C");
    }

    @Test
    void eachTierAdmitsOnlyTheGroupOfTheTierBeforeIt() {
        NetworkModel m = ThreeTierSample.diagram().model();
        assertEquals(List.of(SgPeer.cidr(Cidr.ANY_IPV4)), peers(m.securityGroup(ThreeTierSample.ALB_SG)));
        assertEquals(List.of(SgPeer.group(ThreeTierSample.ALB_SG)), peers(m.securityGroup(ThreeTierSample.APP_SG)));
        assertEquals(List.of(SgPeer.group(ThreeTierSample.APP_SG)), peers(m.securityGroup(ThreeTierSample.CACHE_SG)));
        assertEquals(List.of(SgPeer.group(ThreeTierSample.APP_SG)), peers(m.securityGroup(ThreeTierSample.DB_SG)));
        for (String s : List.of(ThreeTierSample.APP_A, ThreeTierSample.APP_B, ThreeTierSample.DATA_A,
                ThreeTierSample.DATA_B)) {
            assertFalse(m.isPublic(s), s + " must be private");
        }
    }

    @Test
    void privateInstancesAdmitSshOnlyFromTheBastionGroup() {
        NetworkModel m = BastionSample.diagram().model();
        assertEquals(List.of(SgPeer.group(BastionSample.BASTION_SG)), peers(m.securityGroup(BastionSample.PRIVATE_SG)));
        assertEquals(List.of(SgPeer.cidr(Cidr.parse(BastionSample.ADMIN_IP + "/32"))),
                peers(m.securityGroup(BastionSample.BASTION_SG)));
        assertTrue(m.isPublic(BastionSample.PUBLIC_A));
        assertFalse(m.isPublic(BastionSample.PRIVATE_A) || m.isPublic(BastionSample.PRIVATE_B));
    }

    @Test
    void onlyTheFunctionBehindTheNatHasADefaultRouteAndBothReachTheS3Endpoint() {
        NetworkModel m = LambdaVpcSample.diagram().model();
        assertNull(defaultRoute(m.routeTableOf(LambdaVpcSample.PRIVATE_A)));
        assertEquals(LambdaVpcSample.NAT, defaultRoute(m.routeTableOf(LambdaVpcSample.PRIVATE_B)).targetId());
        assertEquals(Set.of(LambdaVpcSample.ISOLATED_TABLE, LambdaVpcSample.NAT_TABLE),
                Set.copyOf(m.vpcEndpoint(LambdaVpcSample.S3_ENDPOINT).routeTableIds()));
        assertEquals(List.of(LambdaVpcSample.PRIVATE_A), m.vpcEndpoint(LambdaVpcSample.SQS_ENDPOINT).subnetIds());
        assertTrue(m.networkInterfaces().stream().filter(e -> e.type() == io.hopscope.model.InterfaceType.LAMBDA)
                .allMatch(e -> e.publicIp() == null), "Lambda ENIs never have public IPs");
    }

    /** Whether the lowest-numbered entry covering the whole port range for {@code address} allows it [NACL]. */
    private static boolean allows(List<AclEntry> entries, String address, PortRange ports) {
        IpAddress ip = IpAddress.parse(address);
        return entries.stream().sorted(java.util.Comparator.comparingInt(AclEntry::ruleNumber))
                .filter(e -> e.cidr().contains(ip) && (e.ports() == null || e.ports().containsAll(ports)))
                .findFirst().map(e -> e.action() == RuleAction.ALLOW).orElse(false);
    }

    private static Route defaultRoute(RouteTable t) {
        return t.routes().stream().filter(r -> Cidr.ANY_IPV4.equals(r.destination())).findFirst().orElse(null);
    }

    private static Set<String> peeringTargets(RouteTable t) {
        assertNotNull(t);
        return t.routes().stream().filter(r -> r.targetKind() == RouteTargetKind.VPC_PEERING_CONNECTION)
                .map(Route::targetId).collect(Collectors.toSet());
    }

    private static List<SgPeer> peers(SecurityGroup g) {
        return g.inbound().stream().map(SgRule::peer).toList();
    }
}
