package io.hopscope.edit.paste;

import io.hopscope.edit.Ec2ToRds;
import io.hopscope.edit.AddResourcesEdit;

import io.hopscope.edit.fresh.FreeAddresses;

import static io.hopscope.edit.paste.VpcCopies.PEERING_VPC_B;
import static io.hopscope.edit.paste.VpcCopies.duplicate;
import static io.hopscope.edit.paste.VpcCopies.errors;
import static io.hopscope.edit.paste.VpcCopies.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgPeerKind;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.Workload;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Copying a whole VPC: ids, blocks, references, public addresses, and what is left out with a reason. */
class VpcCopyPlannerTest {

    @Test
    void everyResourceOfTheVpcIsCopiedWithAFreshId() {
        Diagram d = sample("ec2-to-rds");
        PastePlan paste = duplicate(d, Ec2ToRds.VPC);
        NetworkModel after = paste.plan().edit().apply(d).model();
        Set<String> before = new HashSet<>();
        d.model().allResources().forEach(r -> before.add(r.id()));
        // Everything but the internet host belongs to the one VPC.
        long members = d.model().allResources().stream()
                .filter(r -> !(r instanceof io.hopscope.model.ExternalEndpoint)).count();
        assertEquals(members, paste.copies().size());
        assertEquals(d.model().allResources().size() + members, after.allResources().size());
        for (Map.Entry<String, String> e : paste.copies().entrySet()) {
            assertFalse(before.contains(e.getValue()), e.getValue() + " is not fresh");
            Resource copy = after.find(e.getValue()).orElseThrow();
            assertEquals(after.find(e.getKey()).orElseThrow().kind(), copy.kind());
        }
        assertEquals("shop (copy)", after.vpc(paste.plan().newId()).name());
        assertEquals("Paste VPC shop (copy)", paste.plan().edit().description());
        assertEquals("Pasted VPC shop (copy) with " + (members - 1) + " resources.", paste.message());
        assertEquals(List.of(paste.plan().newId()), paste.selection(), "the VPC stands for its contents");
    }

    @Test
    void blocksAddressesAndRuleCidrsMoveIntoTheFreshBlockKeepingTheirOffsets() {
        Diagram d = sample("ec2-to-rds");
        PastePlan paste = duplicate(d, Ec2ToRds.VPC);
        NetworkModel after = paste.plan().edit().apply(d).model();
        Vpc vpc = after.vpc(paste.copies().get(Ec2ToRds.VPC));
        assertEquals(List.of(Cidr.parse("10.1.0.0/16")), vpc.ipv4Cidrs(), "the next free 10.N.0.0/16, as for a new VPC");
        assertEquals("10.1.1.0/24", after.subnet(paste.copies().get(Ec2ToRds.WEB_SUBNET)).cidr().toString());
        NetworkInterface web = after.networkInterface(Ec2ToRds.WEB_ENI);
        NetworkInterface webCopy = after.networkInterface(paste.copies().get(Ec2ToRds.WEB_ENI));
        assertEquals(web.primaryIp().toString().replaceFirst("^10\\.0\\.", "10.1."), webCopy.primaryIp().toString());
        RouteTable main = after.routeTable(paste.copies().get(Ec2ToRds.MAIN_RTB));
        assertEquals(List.of(Route.local(Cidr.parse("10.1.0.0/16"))), main.routes());
        NetworkAcl dbAcl = after.networkAcl(Ec2ToRds.DB_ACL);
        NetworkAcl dbAclCopy = after.networkAcl(paste.copies().get(Ec2ToRds.DB_ACL));
        for (int i = 0; i < dbAcl.entries().size(); i++) {
            Cidr original = dbAcl.entries().get(i).cidr();
            Cidr copied = dbAclCopy.entries().get(i).cidr();
            if (Cidr.parse("10.0.0.0/16").contains(original)) {
                assertEquals(original.toString().replaceFirst("^10\\.0\\.", "10.1."), copied.toString());
            } else {
                assertEquals(original, copied, "a block outside the VPC stays");
            }
        }
    }

    @Test
    void tablesAclsAndGatewaysPointAtTheirCopies() {
        Diagram d = sample("ec2-to-rds");
        PastePlan paste = duplicate(d, Ec2ToRds.VPC);
        NetworkModel after = paste.plan().edit().apply(d).model();
        Map<String, String> c = paste.copies();
        RouteTable publicCopy = after.routeTable(c.get(Ec2ToRds.PUBLIC_RTB));
        assertFalse(publicCopy.main());
        assertTrue(after.routeTable(c.get(Ec2ToRds.MAIN_RTB)).main(), "the main flag is kept");
        assertEquals(List.of(c.get(Ec2ToRds.WEB_SUBNET)), publicCopy.subnetIds());
        assertTrue(publicCopy.routes().contains(Route.to(Cidr.ANY_IPV4, RouteTargetKind.INTERNET_GATEWAY,
                c.get(Ec2ToRds.IGW))));
        assertEquals(c.get(Ec2ToRds.VPC), after.internetGateway(c.get(Ec2ToRds.IGW)).vpcId());
        assertTrue(after.isPublic(c.get(Ec2ToRds.WEB_SUBNET)));
        assertTrue(after.networkAcl(c.get(Ec2ToRds.DEFAULT_ACL)).isDefault());
        assertEquals(after.networkAcl(c.get(Ec2ToRds.WEB_ACL)), after.networkAclOf(c.get(Ec2ToRds.WEB_SUBNET)));
        assertEquals(List.of(c.get(Ec2ToRds.WEB_SG)), after.networkInterface(c.get(Ec2ToRds.WEB_ENI)).securityGroupIds());
    }

    @Test
    void groupRulesNamingGroupsOfTheCopyAreRemapped() {
        Diagram d = sample("ec2-to-rds");
        PastePlan paste = duplicate(d, Ec2ToRds.VPC);
        NetworkModel after = paste.plan().edit().apply(d).model();
        SecurityGroup db = after.securityGroup(paste.copies().get(Ec2ToRds.DB_SG));
        List<String> refs = db.inbound().stream().filter(r -> r.peer().kind() == SgPeerKind.SECURITY_GROUP)
                .map(r -> r.peer().refId()).toList();
        assertEquals(List.of(paste.copies().get(Ec2ToRds.WEB_SG)), refs);
        // The peering sample's default groups reference themselves.
        Diagram peering = sample("vpc-peering");
        PastePlan b = duplicate(peering, PEERING_VPC_B);
        NetworkModel withB = b.plan().edit().apply(peering).model();
        SecurityGroup selfRef = withB.securityGroup(b.copies().get("sg-0a1b2c3d4e5f60411"));
        assertEquals(selfRef.id(), selfRef.inbound().get(0).peer().refId());
    }

    @Test
    void peeringIsNotDuplicatedAndItsRoutesAndGroupReferencesAreLeftOutWithAReason() {
        Diagram d = sample("vpc-peering");
        PastePlan paste = duplicate(d, PEERING_VPC_B);
        NetworkModel after = paste.plan().edit().apply(d).model();
        assertEquals(d.model().peeringConnections(), after.peeringConnections(), "a peering joins two VPCs only");
        String vpcCopy = paste.copies().get(PEERING_VPC_B);
        for (RouteTable t : after.routeTables()) {
            if (vpcCopy.equals(t.vpcId())) {
                assertTrue(t.routes().stream().noneMatch(r -> r.targetKind() == RouteTargetKind.VPC_PEERING_CONNECTION));
            }
        }
        SecurityGroup shared = after.securityGroup(paste.copies().get("sg-0a1b2c3d4e5f60414"));
        assertTrue(shared.inbound().isEmpty(), "both rules named groups of peered VPCs: " + shared.inbound());
        assertEquals(4, paste.dropped().size(), paste.dropped().toString());
        assertEquals(2, paste.dropped().stream().filter(s -> s.contains("peering pcx-")).count());
        assertTrue(paste.message().contains("left out 2 routes through peering connections (a peering joins only the two"
                + " VPCs it was made for) and 2 group rules naming groups of unpeered VPCs"), paste.message());
        assertTrue(paste.message(Locale.KOREAN).contains("제외함: 피어링 연결을 통한 경로 2개(피어링 연결은 그 연결을 만든 두"
                + " VPC만 연결합니다) 및 피어링되지 않은 VPC의 보안 그룹을 참조하는 규칙 2개(규칙은 자체 VPC나 피어링된 VPC의 보안"
                + " 그룹만 참조할 수 있습니다)."), paste.message(Locale.KOREAN));
        // The original is untouched.
        assertEquals(d.model().securityGroup("sg-0a1b2c3d4e5f60414"), after.securityGroup("sg-0a1b2c3d4e5f60414"));
    }

    @Test
    void publicAddressesOfTheCopyAreFreshAndTheNatKeepsAnElasticIp() {
        Diagram d = sample("nat-egress");
        PastePlan paste = duplicate(d, d.model().vpcs().get(0).id());
        NetworkModel after = paste.plan().edit().apply(d).model();
        Set<IpAddress> originalIps = publicIps(d.model(), d.model().allResources().stream().map(Resource::id).toList());
        Set<IpAddress> copiedIps = publicIps(after, List.copyOf(paste.copies().values()));
        assertEquals(originalIps.size(), copiedIps.size());
        assertTrue(copiedIps.stream().noneMatch(originalIps::contains), "never an address already in use: " + copiedIps);
        NatGateway nat = d.model().natGateways().get(0);
        NatGateway natCopy = after.natGateway(paste.copies().get(nat.id()));
        assertNotNull(natCopy.elasticIp(), "a public NAT gateway needs an Elastic IP to work");
        assertNotEquals(nat.elasticIp(), natCopy.elasticIp());
        assertTrue(FreeAddresses.PUBLIC_POOL.contains(natCopy.elasticIp()));
        if (nat.networkInterfaceId() != null) {
            assertEquals(paste.copies().get(nat.networkInterfaceId()), natCopy.networkInterfaceId());
            assertEquals(natCopy.elasticIp(), after.networkInterface(natCopy.networkInterfaceId()).publicIp(),
                    "the NAT's interface carries the NAT's Elastic IP, as in the original");
        }
    }

    @Test
    void aCopyOfAVpcThatIsGoneIsRefusedInTheUiLanguage() {
        Diagram d = sample("vpc-peering");
        VpcCopy gone = VpcCopyPlanner.plan(d.model(), d.model(), List.of("vpc-0gone"), new HashSet<>(), Map.of(),
                List.of(), 0);
        assertTrue(gone.isRefused());
        assertEquals("VPC vpc-0gone no longer exists.", gone.refusal().toString());
        assertEquals("VPC vpc-0gone이(가) 더 이상 없습니다.", gone.refusal().format(Locale.KOREAN));
    }

    private static Set<IpAddress> publicIps(NetworkModel m, List<String> ids) {
        Set<IpAddress> ips = new HashSet<>();
        for (String id : ids) {
            Resource r = m.find(id).orElseThrow();
            if (r instanceof NetworkInterface eni && eni.publicIp() != null) {
                ips.add(eni.publicIp());
            } else if (r instanceof NatGateway nat && nat.elasticIp() != null) {
                ips.add(nat.elasticIp());
            }
        }
        return ips;
    }

    @Test
    void ipv6BlocksMoveToAFreeDocumentationBlock() {
        Cidr v6 = Cidr.parse("2600:1f18:abc:de00::/56");
        NetworkModel m = NetworkModel.builder()
                .add(new Vpc("vpc-1", "v6", "us-east-1", List.of(Cidr.parse("10.0.0.0/16")), List.of(v6)))
                .add(new Subnet("subnet-1", "", "vpc-1", Cidr.parse("10.0.1.0/24"),
                        Cidr.parse("2600:1f18:abc:de01::/64"), "us-east-1a"))
                .add(new NetworkInterface("eni-1", "", "subnet-1", null, List.of(IpAddress.parse("10.0.1.10")), null,
                        List.of(IpAddress.parse("2600:1f18:abc:de01::10")), List.of(), ""))
                .add(new Workload("i-1", "box", io.hopscope.model.WorkloadKind.EC2, List.of("eni-1"), null))
                .build();
        Diagram d = new Diagram("v6", "", m, io.hopscope.diagram.Layout.EMPTY);
        PastePlan paste = duplicate(d, "vpc-1");
        NetworkModel after = paste.plan().edit().apply(d).model();
        assertEquals(List.of(Cidr.parse("2001:db8::/56")), after.vpc(paste.copies().get("vpc-1")).ipv6Cidrs());
        assertEquals(Cidr.parse("2001:db8:0:1::/64"), after.subnet(paste.copies().get("subnet-1")).ipv6Cidr());
        assertEquals(List.of(IpAddress.parse("2001:db8:0:1::10")),
                after.networkInterface(paste.copies().get("eni-1")).ipv6Ips());
        assertNull(after.networkInterface(paste.copies().get("eni-1")).publicIp());
        assertEquals(List.of(), errors(after));
        assertTrue(paste.plan().edit() instanceof AddResourcesEdit add && add.shapes().isEmpty(),
                "an unplaced VPC leaves its copy to the canvas's own placement");
        assertTrue(after.securityGroups().isEmpty());
        assertEquals(0, paste.dropped().size());
    }
}
