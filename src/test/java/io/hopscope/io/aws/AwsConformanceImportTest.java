package io.hopscope.io.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hopscope.model.EndpointType;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Workload;
import io.hopscope.model.WorkloadKind;
import io.hopscope.model.net.IpAddress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every conformance scenario's aws/ folder imports without errors, RDS on its own ENI. */
class AwsConformanceImportTest {

    static final Path CONFORMANCE = Path.of("..", "shared", "conformance");

    static List<Path> scenarioDirs() throws IOException {
        try (Stream<Path> dirs = Files.list(CONFORMANCE)) {
            return dirs.filter(d -> Files.isDirectory(d.resolve("aws"))).sorted().map(d -> d.resolve("aws")).toList();
        }
    }

    @TestFactory
    List<DynamicTest> everyScenarioImportsWithoutErrors() throws IOException {
        List<Path> dirs = scenarioDirs();
        assertEquals(15, dirs.size(), "15 scenarios in the conformance README");
        List<DynamicTest> tests = new ArrayList<>();
        for (Path dir : dirs) {
            tests.add(DynamicTest.dynamicTest(dir.getParent().getFileName().toString(), () -> {
                AwsImport result = AwsImporter.importDirectory(dir);
                assertTrue(result.errors().isEmpty(), () -> result.errors().toString());
                NetworkModel m = result.model();
                assertFalse(m.vpcs().isEmpty());
                for (var subnet : m.subnets()) {
                    assertNotNull(m.networkAclOf(subnet.id()), "every subnet has a NACL: " + subnet.id());
                    assertNotNull(m.routeTableOf(subnet.id()), "every subnet has a route table: " + subnet.id());
                }
            }));
        }
        return tests;
    }

    @Test
    void ordersDbSitsOnItsRdsNetworkInterface() {
        NetworkModel m = AwsImporter.importDirectory(CONFORMANCE.resolve("01-ec2-rds-3306-correct-nacls/aws")).model();
        Workload db = m.workload("orders-db");
        assertEquals(WorkloadKind.RDS, db.workloadKind());
        assertEquals(List.of("eni-01000000000000015"), db.networkInterfaceIds());
        NetworkInterface eni = m.networkInterface("eni-01000000000000015");
        assertEquals(InterfaceType.RDS, eni.type());
        assertEquals(List.of(IpAddress.parse("10.0.2.45")), eni.privateIps());
        assertEquals(List.of("sg-0100000000000000f"), eni.securityGroupIds());
        assertEquals("subnet-01000000000000008", eni.subnetId());
        assertEquals(null, eni.publicIp());
        assertEquals(db, m.ownerOf("eni-01000000000000015"));
    }

    @TestFactory
    List<DynamicTest> everyRdsScenarioPlacesTheDbOnTheEniTheFilesDescribe() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path dir : scenarioDirs()) {
            Path dbFile = dir.resolve("describe-db-instances.json");
            if (!Files.exists(dbFile)) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(dir.getParent().getFileName().toString(), () -> {
                JsonNode rdsEni = null;
                for (JsonNode e : json.readTree(dir.resolve("describe-network-interfaces.json").toFile())
                        .get("NetworkInterfaces")) {
                    if (e.path("Description").asText().equals("RDSNetworkInterface")) {
                        rdsEni = e;
                    }
                }
                assertNotNull(rdsEni);
                NetworkModel m = AwsImporter.importDirectory(dir).model();
                Workload db = m.workload("orders-db");
                assertEquals(List.of(rdsEni.get("NetworkInterfaceId").asText()), db.networkInterfaceIds());
                NetworkInterface eni = m.networkInterface(db.networkInterfaceIds().get(0));
                assertEquals(IpAddress.parse(rdsEni.get("PrivateIpAddress").asText()), eni.primaryIp());
                List<String> groups = new ArrayList<>();
                rdsEni.get("Groups").forEach(g -> groups.add(g.get("GroupId").asText()));
                assertEquals(groups, eni.securityGroupIds());
            }));
        }
        assertEquals(8, tests.size(), "scenarios 01 02 05 06 09 11 13 14 use RDS");
        return tests;
    }

    @Test
    void s3GatewayEndpointScenarioHasServiceAndPrefixList() {
        NetworkModel m = AwsImporter.importDirectory(CONFORMANCE.resolve("23-s3-gateway-endpoint/aws")).model();
        ExternalEndpoint s3 = (ExternalEndpoint) m.find("s3").orElseThrow();
        assertEquals("pl-63a5400a", s3.prefixListId());
        assertEquals(5, s3.cidrs().size());
        assertEquals(EndpointType.GATEWAY, m.vpcEndpoint("vpce-2300000000000000b").type());
        assertEquals("s3", m.vpcEndpoint("vpce-2300000000000000b").shortServiceName());
    }

    @Test
    void interfaceEndpointScenarioKeepsEndpointEniAndGroups() {
        NetworkModel m = AwsImporter.importDirectory(CONFORMANCE.resolve("42-interface-endpoint-sg/aws")).model();
        var endpoint = m.vpcEndpoint("vpce-42000000000000015");
        assertEquals(EndpointType.INTERFACE, endpoint.type());
        assertEquals(List.of("eni-42000000000000016"), endpoint.networkInterfaceIds());
        assertEquals(List.of("sg-4200000000000000c"), endpoint.securityGroupIds());
        assertEquals(InterfaceType.VPC_ENDPOINT, m.networkInterface("eni-42000000000000016").type());
        assertEquals(null, m.ownerOf("eni-42000000000000016"));
    }
}
