package io.hopscope.io.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.check.Problem;
import io.hopscope.check.Severity;
import io.hopscope.model.AclEntry;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.Workload;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IcmpMatch;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.Protocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real AWS snapshots in ../shared/aws-samples: counts checked against the files by hand. */
class AwsSamplesImportTest {

    static final Path SAMPLES = Path.of("..", "shared", "aws-samples");

    private static NetworkModel importClean(String folder) {
        Path dir = SAMPLES.resolve(folder);
        assertTrue(Files.isDirectory(dir), "missing sample " + dir.toAbsolutePath());
        AwsImport result = AwsImporter.importDirectory(dir);
        List<Problem> errors = result.errors();
        assertTrue(errors.isEmpty(), () -> folder + " has errors: " + errors);
        return result.model();
    }

    private static int aclEntries(NetworkModel m) {
        return m.networkAcls().stream().mapToInt(a -> a.entries().size()).sum();
    }

    private static int routes(NetworkModel m) {
        return m.routeTables().stream().mapToInt(t -> t.routes().size()).sum();
    }

    private static int sgRules(NetworkModel m) {
        return m.securityGroups().stream().mapToInt(g -> g.inbound().size() + g.outbound().size()).sum();
    }

    private static void assertCounts(NetworkModel m, int vpcs, int subnets, int instances, int enis, int entries,
                                     int routes, int rules) {
        assertEquals(vpcs, m.vpcs().size(), "VPCs");
        assertEquals(subnets, m.subnets().size(), "subnets");
        assertEquals(instances, m.workloads().size(), "workloads");
        assertEquals(enis, m.networkInterfaces().size(), "ENIs");
        assertEquals(entries, aclEntries(m), "NACL entries without the * rules");
        assertEquals(routes, routes(m), "routes");
        assertEquals(rules, sgRules(m), "SG rules, one per peer");
    }

    @Test
    void natGatewaySampleImportsNatAndItsEips() {
        NetworkModel m = importClean("batfish-test-nat-gateway");
        assertCounts(m, 1, 3, 3, 4, 5, 5, 7);
        NatGateway nat = m.natGateway("nat-07ab4846da51f4612");
        assertEquals("subnet-0428892a357fa1f94", nat.subnetId());
        assertEquals(IpAddress.parse("10.1.250.210"), nat.privateIp());
        assertEquals(IpAddress.parse("3.135.127.225"), nat.elasticIp());
        assertEquals("eni-017aaec115610308a", nat.networkInterfaceId());
        assertTrue(nat.publicConnectivity());
        RouteTable privateTable = m.routeTable("rtb-02fe228b42de92a7c");
        assertEquals(new Route(Cidr.parse("0.0.0.0/0"), null, RouteTargetKind.NAT_GATEWAY, "nat-07ab4846da51f4612",
                false, false), privateTable.routes().get(1));
        assertEquals(List.of("subnet-06f469bcee42e408e"), privateTable.subnetIds());
        assertTrue(m.routeTable("rtb-0e169c4a1e0b27b55").main());
        NetworkAcl custom = m.networkAcl("acl-0792adae678b88f85");
        assertFalse(custom.isDefault());
        assertEquals(new AclEntry(100, false, Protocol.ICMP, null, IcmpMatch.ANY, Cidr.parse("10.1.1.0/24"),
                io.hopscope.model.RuleAction.ALLOW), custom.inbound().get(0));
        Workload jump = m.workload("i-0b31b509174d7f5de");
        assertEquals("Jump Host", jump.name());
        NetworkInterface jumpEni = m.networkInterface(jump.networkInterfaceIds().get(0));
        assertEquals(IpAddress.parse("18.216.129.140"), jumpEni.publicIp());
        assertEquals(io.hopscope.model.InterfaceType.NAT_GATEWAY, m.networkInterface("eni-017aaec115610308a").type());
        assertEquals("us-east-2", m.vpcs().get(0).region(), "Region from the subnets' availability zone");
    }

    @Test
    void publicPrivateSubnetSampleRoutesDefaultToVpnGateway() {
        NetworkModel m = importClean("batfish-test-public-private-subnet");
        assertCounts(m, 1, 2, 2, 2, 2, 4, 6);
        assertEquals(1, m.vpnGateways().size());
        assertEquals(m.vpcs().get(0).id(), m.vpnGateways().get(0).vpcId());
        Route viaVgw = m.routeTable("rtb-002f0eabf583bf991").routes().get(1);
        assertEquals(RouteTargetKind.VPN_GATEWAY, viaVgw.targetKind());
        assertEquals("vgw-070087240d6fa2989", viaVgw.targetId());
        NetworkInterface web = m.networkInterface("eni-09da8cad43844dc1f");
        assertEquals(List.of(IpAddress.parse("10.0.0.47")), web.privateIps());
        assertEquals(IpAddress.parse("13.58.55.60"), web.publicIp());
        assertEquals(List.of("sg-0662342465612f419"), web.securityGroupIds());
        assertEquals(List.of("eni-09da8cad43844dc1f"), m.workload("i-094a9e5b545a4fde4").networkInterfaceIds());
    }

    @Test
    void endpointGatewaySampleHasPrefixListRoutesAndS3Service() {
        NetworkModel m = importClean("batfish-test-vpc-endpoint-gateway");
        assertCounts(m, 1, 2, 2, 2, 4, 6, 7);
        Route s3 = m.routeTable("rtb-04f71fc2caa8d94cf").routes().get(1);
        assertEquals("pl-63a5400a", s3.prefixListId());
        assertEquals(RouteTargetKind.GATEWAY_ENDPOINT, s3.targetKind());
        assertEquals(List.of("rtb-04f71fc2caa8d94cf", "rtb-0efde4139784b75b0"),
                m.vpcEndpoint("vpce-0b7357542bb7b83ec").routeTableIds());
        assertEquals(4, m.prefixList("pl-63a5400a").cidrs().size());
        ExternalEndpoint service = (ExternalEndpoint) m.find("s3").orElseThrow();
        assertEquals("s3", service.serviceName());
        assertEquals("pl-63a5400a", service.prefixListId());
        assertTrue(service.cidrs().contains(Cidr.parse("52.216.0.0/15")));
        assertNotNull(m.find("dynamodb").orElse(null));
        assertEquals("us-east-1", m.vpcs().get(0).region(), "Region from the folder name");
    }

    @Test
    void peeringSampleKeepsBlackholeAndBothConnections() {
        NetworkModel m = importClean("batfish-test-vpc-peering");
        assertCounts(m, 3, 3, 3, 3, 6, 8, 12);
        assertEquals(2, m.peeringConnections().size());
        assertEquals("vpc-00a31ce9d0c06675c", m.peeringConnection("pcx-0b89b559e3319d6cf").accepterVpcId());
        assertTrue(m.peeringConnection("pcx-0b89b559e3319d6cf").isActive());
        Route dead = m.routeTable("rtb-017c36290c9baf017").routes().get(2);
        assertTrue(dead.blackhole());
        assertEquals("igw-0a2c9ae201b441bff", dead.targetId());
        Route toC = m.routeTable("rtb-0891861fffaea6d52").routes().get(1);
        assertEquals(RouteTargetKind.VPC_PEERING_CONNECTION, toC.targetKind());
        assertEquals(Cidr.parse("192.168.2.0/24"), toC.destination());
    }

    @Test
    void hybridCloudSampleReadsBothRegionFolders() {
        AwsImport result = AwsImporter.importDirectory(SAMPLES.resolve("pybatfish-hybrid-cloud"));
        assertTrue(result.errors().isEmpty(), () -> result.errors().toString());
        NetworkModel m = result.model();
        assertCounts(m, 4, 8, 4, 8, 8, 14, 17);
        assertEquals("us-east-2", m.vpc("vpc-0574d08f8d05917e4").region());
        assertEquals("us-west-2", m.vpc("vpc-00157b5941bfd4959").region());
        assertEquals("vpc-1", m.vpc("vpc-0574d08f8d05917e4").name());
        long tgwRoutes = m.routeTables().stream().flatMap(t -> t.routes().stream())
                .filter(r -> r.targetKind() == RouteTargetKind.TRANSIT_GATEWAY && !r.blackhole()).count();
        assertEquals(8, tgwRoutes);
        assertEquals(4, m.externals().size(), "s3 and dynamodb in each of the two Regions");
        assertTrue(m.find("s3").isPresent());
        assertFalse(m.transitGateways().isEmpty(), "the transit gateways are read, not skipped");
        assertFalse(m.transitAttachments().isEmpty());
        assertTrue(result.problems().stream().noneMatch(p -> p.message().startsWith("skipped: unknown key TransitGateway")),
                () -> result.problems().toString());
    }

    /** A Korean window's Problems panel says what the import skipped in Korean; the CLI's English is unchanged. */
    @Test
    void skippedKeysReadInKoreanAndStayEnglishForTheCommandLine() {
        AwsImport result = AwsImporter.importDirectory(SAMPLES.resolve("batfish-test-vpc-peering"));
        Problem zones = result.problems().stream().filter(p -> p.location().contains("AvailabilityZones.json"))
                .findFirst().orElseThrow(() -> new AssertionError(result.problems().toString()));
        assertEquals("skipped: unknown key AvailabilityZones", zones.message());
        assertEquals("건너뜀: 알 수 없는 키 AvailabilityZones", zones.message(java.util.Locale.KOREAN));
    }
}
