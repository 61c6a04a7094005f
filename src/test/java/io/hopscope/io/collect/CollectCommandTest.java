package io.hopscope.io.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hopscope.cli.HopscopeCommand;
import io.hopscope.io.aws.AwsImporter;
import io.hopscope.model.NetworkModel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * collect against a local endpoint answering from the shared snapshots in each service's wire
 * format ({@link RecordedAwsServer}): every page is read with one request, a throttled request is
 * retried by the adaptive retry mode, a denied listing is one line naming its IAM action, and the
 * files written import to the same network as the snapshot's own files.
 */
class CollectCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path LOAD_BALANCER = Path.of("../shared/aws-samples-v2/batfish-test-load-balancer/aws_configs");
    private static final Path RDS = Path.of("../shared/conformance/01-ec2-rds-3306-correct-nacls/aws");
    private static final Path LAMBDA = Path.of("../shared/conformance-v2/77-lambda-internet-via-nat/aws");

    @TempDir
    Path tmp;

    @BeforeAll
    static void fakeCredentials() {
        // The default chain reads these system properties first; no real account is ever called.
        System.setProperty("aws.accessKeyId", "AKIAIOSFODNN7EXAMPLE");
        System.setProperty("aws.secretAccessKey", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    }

    @AfterAll
    static void clearCredentials() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = HopscopeCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(exit), out.toString(), err.toString()};
    }

    @Test
    void loadBalancerSnapshotIsReadPageByPageThroughThrottlingAndImportsAsItself() throws Exception {
        try (RecordedAwsServer aws = new RecordedAwsServer(List.of(LOAD_BALANCER), 2,
                Set.of("DescribeSubnets", "DescribeTargetGroups"), Set.of())) {
            Path out = tmp.resolve("snapshot");
            String[] r = run("collect", "-o", out.toString(), "--region", "us-east-1", "--endpoint-url", aws.uri().toString());
            assertEquals("0", r[0], r[2]);
            assertTrue(aws.records.get("NetworkInterfaces") > 2 && aws.records.get("TargetGroups") > 2, "the sample spans pages");
            for (CollectCall call : CollectCalls.ALL) {
                String action = call.action().substring(call.action().indexOf(':') + 1);
                int throttled = Set.of("DescribeSubnets", "DescribeTargetGroups").contains(action) ? 1 : 0;
                int expected = paginated(call) ? aws.pages(call.key()) : 1;
                assertEquals(expected + throttled, aws.requests.getOrDefault(action, new java.util.concurrent.atomic.AtomicInteger())
                        .get(), action + ": one request per page, the throttled one retried once");
            }
            assertTrue(r[2].contains("collect: us-east-1 ec2:DescribeNetworkInterfaces page 3: 1 records"), r[2]);
            assertTrue(r[2].contains("collect: us-east-1 elasticloadbalancing:DescribeTargetGroups page 2: 2 records"), r[2]);
            assertSameNetwork(out, LOAD_BALANCER, "us-east-1");
        }
    }

    @Test
    void databaseAndFunctionSnapshotsImportAsThemselves() throws Exception {
        for (Path sample : List.of(RDS, LAMBDA)) {
            try (RecordedAwsServer aws = new RecordedAwsServer(List.of(sample), 1, Set.of("DescribeDBInstances"), Set.of())) {
                Path out = tmp.resolve(sample.getParent().getFileName().toString());
                String[] r = run("collect", "-o", out.toString(), "--region", "eu-west-1", "--endpoint-url",
                        aws.uri().toString());
                assertEquals("0", r[0], r[2]);
                NetworkModel m = assertSameNetwork(out, sample, "eu-west-1");
                assertTrue(m.workloads().stream().anyMatch(w -> w.workloadKind().name().equals(sample == RDS ? "RDS" : "LAMBDA")),
                        sample + ": " + m.workloads());
            }
        }
    }

    @Test
    void aDeniedListingIsOneLineNamingItsIamActionAndTheRestIsWritten() throws Exception {
        try (RecordedAwsServer aws = new RecordedAwsServer(List.of(LOAD_BALANCER, LAMBDA), 50, Set.of(),
                Set.of("DescribeVpnGateways", "DescribeLoadBalancers", "ListFunctions"))) {
            Path out = tmp.resolve("denied");
            String[] r = run("collect", "-o", out.toString(), "--region", "us-east-1", "--endpoint-url", aws.uri().toString());
            assertEquals("2", r[0], "a denied call makes the collect incomplete: " + r[2]);
            for (String action : List.of("ec2:DescribeVpnGateways", "elasticloadbalancing:DescribeLoadBalancers",
                    "lambda:ListFunctions")) {
                List<String> lines = r[2].lines().filter(l -> l.contains(action + ": access denied")).toList();
                assertEquals(List.of("collect: us-east-1 " + action + ": access denied; the IAM policy must allow " + action
                        + " (see 'hopscope collect --print-policy'); skipped"), lines, r[2]);
                assertEquals(1, aws.requests.get(action.substring(action.indexOf(':') + 1)).get(), "a denial is not retried");
            }
            assertTrue(r[2].contains("error: incomplete: access denied for ec2:DescribeVpnGateways (us-east-1)"), r[2]);
            Path region = out.resolve("us-east-1");
            assertFalse(Files.exists(region.resolve("describe-vpn-gateways.json")), "nothing written for a denied call");
            assertTrue(Files.exists(region.resolve("describe-target-groups.json")), "the rest is written");
        }
    }

    @Test
    void printPolicyListsEveryReadOnlyAction() {
        String[] r = run("collect", "--print-policy");
        assertEquals("0", r[0]);
        for (String action : CollectCalls.actions()) {
            assertTrue(r[1].contains("\"" + action + "\""), action);
            assertTrue(action.contains(":Describe") || action.contains(":List"), "read-only: " + action);
        }
    }

    @Test
    void unknownRegionIsOneLine() {
        String[] r = run("collect", "-o", tmp.resolve("x").toString(), "--region", "mars-north-1");
        assertEquals("2", r[0]);
        assertEquals("error: unknown Region 'mars-north-1' (for example us-east-1, eu-west-1)", r[2].strip());
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    /** Listings the SDK pages through; the others are one request whatever their size. */
    private static boolean paginated(CollectCall call) {
        return !Set.of("ec2:DescribeAddresses", "ec2:DescribeVpnGateways", "ec2:DescribeCustomerGateways",
                "ec2:DescribeVpnConnections").contains(call.action());
    }

    /**
     * The collected folder imports to the same network as the snapshot's own records of the
     * listings collect makes (written the way the AWS CLI would, under the region's folder).
     */
    private NetworkModel assertSameNetwork(Path collected, Path snapshot, String region) throws Exception {
        Path expected = tmp.resolve("expected-" + snapshot.getParent().getFileName()).resolve(region);
        Files.createDirectories(expected);
        for (CollectCall call : CollectCalls.ALL) {
            ArrayNode all = JSON.createArrayNode();
            try (var files = Files.list(snapshot)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    var node = JSON.readTree(f.toFile()).get(call.key());
                    if (node != null && node.isArray()) {
                        all.addAll((ArrayNode) node);
                    }
                }
            }
            ObjectNode root = JSON.createObjectNode();
            root.set(call.key(), all);
            JSON.writeValue(expected.resolve(call.file() + ".json").toFile(), root);
        }
        NetworkModel want = AwsImporter.importDirectory(expected.getParent()).model();
        NetworkModel got = AwsImporter.importDirectory(collected).model();
        List<Function<NetworkModel, List<?>>> families = List.of(NetworkModel::vpcs, NetworkModel::subnets,
                NetworkModel::routeTables, NetworkModel::networkAcls, NetworkModel::securityGroups, NetworkModel::prefixLists,
                NetworkModel::internetGateways, NetworkModel::natGateways, NetworkModel::vpcEndpoints,
                NetworkModel::peeringConnections, NetworkModel::networkInterfaces, NetworkModel::workloads,
                NetworkModel::loadBalancers, NetworkModel::targetGroups, NetworkModel::transit, NetworkModel::hybrid);
        for (Function<NetworkModel, List<?>> f : families) {
            assertEquals(f.apply(want), f.apply(got), snapshot.toString());
        }
        assertFalse(got.vpcs().isEmpty());
        return got;
    }
}
