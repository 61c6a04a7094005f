package io.hopscope.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.check.ModelValidator;
import io.hopscope.check.Problem;
import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Shape;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.TraceQueryException;
import io.hopscope.engine.Tracer;
import io.hopscope.io.format.DiagramReader;
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
import io.hopscope.model.net.Protocol;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Copying a whole VPC: ids, blocks, references, what is left out, and that the copy behaves the same. */
class VpcCopyPlannerTest {

    private static final String PEERING_VPC_B = "vpc-0a1b2c3d4e5f60402";

    private static Diagram sample(String name) {
        return DiagramReader.read(Path.of("diagrams/" + name + ".json")).diagram();
    }

    private static PastePlan duplicate(Diagram d, String vpcId) {
        return PastePlanner.paste(d.model(), d.model(), Set.of(vpcId), d.layout().shapes(),
                d.layout().shapes().values(), 40);
    }

    private static List<String> errors(NetworkModel m) {
        return ModelValidator.validate(m).stream().filter(Problem::isError).map(Problem::message).toList();
    }

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
        assertTrue(paste.message().contains("left out 4 references"), paste.message());
        // The original is untouched.
        assertEquals(d.model().securityGroup("sg-0a1b2c3d4e5f60414"), after.securityGroup("sg-0a1b2c3d4e5f60414"));
    }

    @Test
    void peeredVpcsCopiedTogetherArePeeredWithEachOtherAndTraceAlike() {
        Diagram d = sample("vpc-peering");
        String a = "vpc-0a1b2c3d4e5f60401";
        Set<String> both = new java.util.LinkedHashSet<>(List.of(a, PEERING_VPC_B));
        PastePlan paste = PastePlanner.paste(d.model(), d.model(), both, d.layout().shapes(),
                d.layout().shapes().values(), 40);
        NetworkModel after = paste.plan().edit().apply(d).model();
        assertEquals(3, after.peeringConnections().size(), "the A-B peering is copied, B-C is not");
        var pcx = after.peeringConnection(paste.copies().get("pcx-0a1b2c3d4e5f60416"));
        assertEquals(Set.of(paste.copies().get(a), paste.copies().get(PEERING_VPC_B)),
                Set.of(pcx.requesterVpcId(), pcx.accepterVpcId()));
        SecurityGroup shared = after.securityGroup(paste.copies().get("sg-0a1b2c3d4e5f60414"));
        assertEquals(List.of(paste.copies().get("sg-0a1b2c3d4e5f60413")),
                shared.inbound().stream().map(r -> r.peer().refId()).toList(), "A's group is in a peered copy");
        assertEquals(2, paste.dropped().size(), "the route to C and the rule naming C's group: " + paste.dropped());
        assertEquals(errors(d.model()), errors(after));
        assertEquals("Paste VPCs " + after.vpc(paste.copies().get(a)).label() + ", "
                + after.vpc(paste.copies().get(PEERING_VPC_B)).label(), paste.plan().edit().description());
        Map<String, String> originalOf = new HashMap<>();
        paste.copies().forEach((original, copy) -> originalOf.put(copy, original));
        Tracer tracer = new Tracer(after);
        for (int port : new int[] {22, 443}) {
            assertEquals(1, compare(tracer, "vpc-peering", "i-0a1b2c3d4e5f6041b", "i-0a1b2c3d4e5f6041c",
                    paste.copies(), originalOf, port));
            assertEquals(1, compare(tracer, "vpc-peering", "i-0a1b2c3d4e5f6041c", "i-0a1b2c3d4e5f6041b",
                    paste.copies(), originalOf, port));
        }
    }

    @Test
    void aCutVpcPastesBackInItsOwnPlaceAndBlock() {
        Diagram d = sample("ec2-to-rds");
        Diagram cut = new DeleteResourcesEdit(Set.of(Ec2ToRds.VPC)).apply(d);
        PastePlan paste = PastePlanner.paste(d.model(), cut.model(), Set.of(Ec2ToRds.VPC), d.layout().shapes(),
                cut.layout().shapes().values(), 0);
        Diagram after = paste.plan().edit().apply(cut);
        String copy = paste.plan().newId();
        assertEquals(d.model().vpc(Ec2ToRds.VPC).ipv4Cidrs(), after.model().vpc(copy).ipv4Cidrs());
        assertEquals(d.layout().shape(Ec2ToRds.VPC).x(), after.layout().shape(copy).x());
        assertEquals(errors(d.model()), errors(after.model()));
    }

    @Test
    void everySampleVpcCopiesWithoutNewValidatorErrors() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("diagrams"))) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(files.size() >= 8);
        for (Path file : files) {
            Diagram d = DiagramReader.read(file).diagram();
            for (Vpc vpc : d.model().vpcs()) {
                NetworkModel after = duplicate(d, vpc.id()).plan().edit().apply(d).model();
                assertEquals(errors(d.model()), errors(after), file + " " + vpc.id());
            }
        }
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
    void tracesInTheCopyGiveTheSameVerdictsAsInTheOriginal() {
        for (String name : List.of("ec2-to-rds", "ec2-to-rds-broken-return", "three-tier", "nat-egress", "bastion",
                "s3-gateway-endpoint", "lambda-vpc")) {
            Diagram d = sample(name);
            PastePlan paste = duplicate(d, d.model().vpcs().get(0).id());
            NetworkModel after = paste.plan().edit().apply(d).model();
            Map<String, String> originalOf = new HashMap<>();
            paste.copies().forEach((original, copy) -> originalOf.put(copy, original));
            Tracer tracer = new Tracer(after);
            List<String> ends = new ArrayList<>();
            d.model().workloads().forEach(w -> ends.add(w.id()));
            d.model().externals().forEach(e -> ends.add(e.id()));
            int compared = 0;
            for (String from : ends) {
                for (String to : ends) {
                    if (from.equals(to)) {
                        continue;
                    }
                    for (int port : new int[] {22, 80, 443, 3306, 5432}) {
                        compared += compare(tracer, name, from, to, paste.copies(), originalOf, port);
                    }
                }
            }
            assertTrue(compared >= 10, name + " compared only " + compared + " traces");
        }
    }

    /** Traces from/to in the original and the copies of both in the copy; 1 when both could be traced. */
    private static int compare(Tracer tracer, String sample, String from, String to, Map<String, String> copies,
                               Map<String, String> originalOf, int port) {
        String what = sample + " " + from + " -> " + to + " tcp/" + port;
        Trace original;
        try {
            original = tracer.trace(TraceQuery.of(from, to, Protocol.TCP, port));
        } catch (TraceQueryException e) {
            original = null;
        }
        Trace copy;
        try {
            copy = tracer.trace(TraceQuery.of(copies.getOrDefault(from, from), copies.getOrDefault(to, to),
                    Protocol.TCP, port));
        } catch (TraceQueryException e) {
            copy = null;
        }
        assertEquals(original == null, copy == null, what);
        if (original == null) {
            return 0;
        }
        assertEquals(original.reachable(), copy.reachable(), what);
        assertEquals(original.forward().verdict(), copy.forward().verdict(), what);
        assertEquals(path(original.forward().hops(), Map.of()), path(copy.forward().hops(), originalOf), what);
        assertEquals(original.reply() == null, copy.reply() == null, what);
        if (original.reply() != null) {
            assertEquals(original.reply().verdict(), copy.reply().verdict(), what);
            assertEquals(path(original.reply().hops(), Map.of()), path(copy.reply().hops(), originalOf), what);
        }
        return 1;
    }

    private static List<String> path(List<Hop> hops, Map<String, String> originalOf) {
        return hops.stream().map(h -> originalOf.getOrDefault(h.componentId(), h.componentId()) + " "
                + h.decision() + " " + h.code() + " " + h.reason()).toList();
    }

    @Test
    void theCopySitsBesideTheOriginalAndASecondPasteBesideTheFirst() {
        Diagram d = sample("ec2-to-rds");
        Shape original = d.layout().shape(Ec2ToRds.VPC);
        PastePlan first = duplicate(d, Ec2ToRds.VPC);
        Diagram once = first.plan().edit().apply(d);
        Shape copy = once.layout().shape(first.plan().newId());
        assertTrue(copy.x() >= original.x() + original.width(), "beside, not on top: " + copy);
        assertEquals(original.y(), copy.y());
        assertEquals(original.width(), copy.width());
        Shape web = d.layout().shape("i-0a1b2c3d4e5f60010");
        Shape webCopy = once.layout().shape(first.copies().get("i-0a1b2c3d4e5f60010"));
        assertEquals(web.x() - original.x(), webCopy.x() - copy.x(), "the inner layout is kept");
        assertEquals(0, copy.x() % NewResourcePlanner.GRID);

        PastePlan second = PastePlanner.paste(d.model(), once.model(), Set.of(Ec2ToRds.VPC), d.layout().shapes(),
                once.layout().shapes().values(), 80);
        Diagram twice = second.plan().edit().apply(once);
        Shape copy2 = twice.layout().shape(second.plan().newId());
        assertTrue(copy2.x() >= copy.x() + copy.width(), "the second copy clears the first: " + copy2);
        assertEquals("10.2.0.0/16", twice.model().vpc(second.plan().newId()).ipv4Cidrs().get(0).toString());
        for (Shape s : once.layout().shapes().values()) {
            boolean overlaps = s.x() < copy2.x() + copy2.width() && copy2.x() < s.x() + s.width()
                    && s.y() < copy2.y() + copy2.height() && copy2.y() < s.y() + s.height();
            assertFalse(overlaps, s + " under the second copy");
        }
    }

    @Test
    void undoRestoresTheExactDiagramInOneStep() {
        Diagram d = sample("three-tier");
        EditHistory history = new EditHistory(d);
        PastePlan paste = duplicate(d, d.model().vpcs().get(0).id());
        Diagram after = history.perform(paste.plan().edit());
        assertEquals(2, after.model().vpcs().size());
        assertEquals(d, history.undo());
        assertFalse(history.canUndo(), "one paste is one step");
        assertEquals(after, history.redo());
    }

    @Test
    void aVpcSelectedWithItsOwnSubnetIsPastedOnce() {
        Diagram d = sample("ec2-to-rds");
        Set<String> picked = new java.util.LinkedHashSet<>(List.of(Ec2ToRds.VPC, Ec2ToRds.WEB_SUBNET, "internet-host"));
        PastePlan paste = PastePlanner.paste(d.model(), d.model(), picked, d.layout().shapes(),
                d.layout().shapes().values(), 40);
        NetworkModel after = paste.plan().edit().apply(d).model();
        assertEquals(6, after.subnets().size(), "3 original and 3 copied subnets, not a fourth");
        assertEquals(2, after.externals().size());
        assertEquals("Paste VPC shop (copy) and 1 more", paste.plan().edit().description());
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
