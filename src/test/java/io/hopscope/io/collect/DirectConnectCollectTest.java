package io.hopscope.io.collect;

import static io.hopscope.io.collect.TransitCollectTest.assertRequestsPerPage;
import static io.hopscope.io.collect.TransitCollectTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hopscope.model.NetworkModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Direct Connect through the hand-signed JSON 1.1 client ({@link DirectConnectClient}) against the
 * recorded endpoint, which refuses any request not SigV4-signed for directconnect: nextToken pages,
 * a throttled first request retried by the SDK's adaptive strategy, gateways and associations read
 * once per account (they are global), virtual interfaces per Region, and the collected folder
 * importing to the snapshot's network.
 */
class DirectConnectCollectTest {
    static final Path DX_GATEWAY = Path.of("../shared/aws-samples-v2/batfish-test-direct-connect-gateway/aws_configs");
    static final Path PRIVATE_VIF = Path.of("../shared/aws-samples-v2/batfish-test-direct-connect-private-vif/aws_configs");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @BeforeAll
    static void fakeCredentials() {
        System.setProperty("aws.accessKeyId", "AKIAIOSFODNN7EXAMPLE");
        System.setProperty("aws.secretAccessKey", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    }

    @AfterAll
    static void clearCredentials() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    @Test
    void gatewayAndAssociationsAreReadSignedThroughThrottlingAndImportAsTheSnapshot() throws Exception {
        Set<String> throttled = Set.of("DescribeDirectConnectGateways", "DescribeDirectConnectGatewayAssociations");
        try (RecordedAwsServer aws = new RecordedAwsServer(List.of(DX_GATEWAY), 1, throttled, Set.of())) {
            Path out = tmp.resolve("dx");
            String[] r = run("collect", "-o", out.toString(), "--region", "us-east-1", "--endpoint-url", aws.uri().toString());
            assertEquals("0", r[0], r[2]);
            assertRequestsPerPage(aws, throttled);
            assertEquals(Set.of("us-east-1/directconnect/aws4_request"), aws.directConnectScopes());
            assertTrue(r[2].contains("collect: us-east-1 directconnect:DescribeDirectConnectGatewayAssociations read for 1"
                    + " Direct Connect gateways: 1 records"), r[2]);
            JsonNode gateways = JSON.readTree(out.resolve("us-east-1/describe-direct-connect-gateways.json").toFile());
            assertEquals(64513, gateways.at("/directConnectGateways/0/amazonSideAsn").asInt(), "as the CLI prints it: " + gateways);
            NetworkModel m = SnapshotTwin.assertSameNetwork(tmp, out, List.of(DX_GATEWAY), "us-east-1");
            assertEquals(2, m.hybrid().stream().filter(h -> h.id().equals("7b2c4f8a-1234-4abc-9def-fedcba987654")
                    || h.id().equals("dxvif-dx01")).count(), m.hybrid().toString());
        }
    }

    @Test
    void virtualInterfacesArePagedByNextTokenAndImportAsTheSnapshot() throws Exception {
        Set<String> throttled = Set.of("DescribeVirtualInterfaces");
        try (RecordedAwsServer aws = new RecordedAwsServer(List.of(PRIVATE_VIF), 1, throttled, Set.of())) {
            Path out = tmp.resolve("vif");
            String[] r = run("collect", "-o", out.toString(), "--region", "us-west-2", "--endpoint-url", aws.uri().toString());
            assertEquals("0", r[0], r[2]);
            assertRequestsPerPage(aws, throttled);
            assertTrue(r[2].contains("collect: us-west-2 directconnect:DescribeVirtualInterfaces page 2: 1 records"), r[2]);
            SnapshotTwin.assertSameNetwork(tmp, out, List.of(PRIVATE_VIF), "us-west-2");
        }
    }

    @Test
    void gatewaysAreReadOnceAcrossRegionsAndVirtualInterfacesInEach() throws Exception {
        try (RecordedAwsServer aws = new RecordedAwsServer(List.of(DX_GATEWAY), 10, Set.of(), Set.of())) {
            Path out = tmp.resolve("two");
            String[] r = run("collect", "-o", out.toString(), "--region", "us-east-1", "--region", "eu-west-1",
                    "--endpoint-url", aws.uri().toString());
            assertEquals("0", r[0], r[2]);
            assertEquals(1, aws.requests.get("DescribeDirectConnectGateways").get(), "global: one call per account");
            assertEquals(1, aws.requests.get("DescribeDirectConnectGatewayAssociations").get());
            assertEquals(2, aws.requests.get("DescribeVirtualInterfaces").get(), "one per Region");
            assertEquals(Set.of("us-east-1/directconnect/aws4_request", "eu-west-1/directconnect/aws4_request"),
                    aws.directConnectScopes(), "each call signed for its Region");
            assertTrue(r[2].contains("collect: eu-west-1 directconnect:DescribeDirectConnectGateways: account-wide, read once"
                    + " in us-east-1"), r[2]);
            assertTrue(Files.exists(out.resolve("us-east-1/describe-direct-connect-gateways.json")));
            assertFalse(Files.exists(out.resolve("eu-west-1/describe-direct-connect-gateways.json")));
            assertTrue(Files.exists(out.resolve("eu-west-1/describe-virtual-interfaces.json")));
        }
    }

    @Test
    void aDeniedPerParentOrDirectConnectCallIsOneLineNamingItsIamActionAndNotRetried() throws Exception {
        Set<String> denied = Set.of("GetTransitGatewayRouteTablePropagations", "DescribeListeners", "DescribeTargetHealth",
                "DescribeVirtualInterfaces", "DescribeDirectConnectGatewayAssociations");
        try (RecordedAwsServer aws = new RecordedAwsServer(List.of(DX_GATEWAY, TransitCollectTest.LB), 1, Set.of(), denied)) {
            Path out = tmp.resolve("denied");
            String[] r = run("collect", "-o", out.toString(), "--region", "us-east-1", "--endpoint-url", aws.uri().toString());
            assertEquals("2", r[0], "a denied call makes the collect incomplete: " + r[2]);
            for (String action : List.of("ec2:GetTransitGatewayRouteTablePropagations", "elasticloadbalancing:DescribeListeners",
                    "elasticloadbalancing:DescribeTargetHealth", "directconnect:DescribeVirtualInterfaces",
                    "directconnect:DescribeDirectConnectGatewayAssociations")) {
                List<String> lines = r[2].lines().filter(l -> l.contains(action + ": access denied")).toList();
                assertEquals(List.of("collect: us-east-1 " + action + ": access denied; the IAM policy must allow " + action
                        + " (see 'hopscope collect --print-policy'); skipped"), lines, r[2]);
                assertEquals(1, aws.requests.get(action.substring(action.indexOf(':') + 1)).get(),
                        action + ": a denial is not retried, nor asked again for the next parent");
                assertTrue(r[2].contains("access denied for ") && r[2].contains(action + " (us-east-1)"), r[2]);
            }
            Path region = out.resolve("us-east-1");
            for (String file : List.of("get-transit-gateway-route-table-propagations", "describe-listeners",
                    "describe-target-health", "describe-virtual-interfaces", "describe-direct-connect-gateway-associations")) {
                assertFalse(Files.exists(region.resolve(file + ".json")), "nothing written for a denied call: " + file);
            }
            for (String file : List.of("search-transit-gateway-routes", "describe-load-balancer-attributes",
                    "describe-direct-connect-gateways")) {
                assertTrue(Files.exists(region.resolve(file + ".json")), "the rest is written: " + file);
            }
        }
    }

    @Test
    void aSignatureAwsCannotMatchIsOneLineAboutTheCredentials() throws Exception {
        try (RecordedAwsServer aws = new RecordedAwsServer(List.of(DX_GATEWAY), 10, Set.of(), Set.of())) {
            aws.directConnectSecret("not-the-secret-the-sdk-was-given");
            Path out = tmp.resolve("badkey");
            String[] r = run("collect", "-o", out.toString(), "--region", "us-east-1", "--endpoint-url", aws.uri().toString());
            assertEquals("2", r[0], r[2]);
            assertTrue(r[2].contains("error: AWS refused the credentials in us-east-1 (InvalidSignatureException)"), r[2]);
            assertEquals(1, aws.requests.get("DescribeDirectConnectGateways").get(), "a bad signature is not retried");
        }
    }
}
