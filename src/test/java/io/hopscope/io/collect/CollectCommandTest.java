package io.hopscope.io.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.cli.HopscopeCommand;
import io.hopscope.model.NetworkModel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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
                int expected = aws.expectedRequests(call, paginated(call));
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
    void anEndpointRepeatingItsTokenIsReadOncePerTokenAndReportedIncomplete() throws Exception {
        try (RecordedAwsServer aws = new RecordedAwsServer(List.of(LOAD_BALANCER), 2, Set.of(), Set.of())) {
            aws.stuckOnFirstPage("DescribeNetworkInterfaces");
            aws.stuckOnFirstPage("DescribeTargetGroups");
            Path out = tmp.resolve("stuck");
            String[] r = run("collect", "-o", out.toString(), "--region", "us-east-1", "--endpoint-url", aws.uri().toString());
            assertEquals("0", r[0], r[2]);
            for (String action : List.of("ec2:DescribeNetworkInterfaces", "elasticloadbalancing:DescribeTargetGroups")) {
                assertTrue(r[2].contains("collect: us-east-1 " + action + ": warning: AWS answered the same NextToken twice"
                        + " after 1 pages; stopped there, this listing may be incomplete"), r[2]);
                assertEquals(2, aws.requests.get(action.substring(action.indexOf(':') + 1)).get(),
                        action + ": the first page, then the one that repeated its token");
            }
            String enis = Files.readString(out.resolve("us-east-1/describe-network-interfaces.json"));
            assertEquals(2, enis.split("\"NetworkInterfaceId\"", -1).length - 1, "the first page once, not twice: " + enis);
        }
    }

    @Test
    void printPolicyListsEveryReadOnlyAction() {
        String[] r = run("collect", "--print-policy");
        assertEquals("0", r[0]);
        for (String action : CollectCalls.actions()) {
            assertTrue(r[1].contains("\"" + action + "\""), action);
            // Read-only verbs only: Describe*, List*, and the TGW route table's Get*Propagations / Search*Routes.
            assertTrue(action.matches("[a-z0-9]+:(Describe|List|Get|Search)[A-Za-z]+"), "read-only: " + action);
        }
    }

    @Test
    void unknownRegionIsOneLine() {
        String[] r = run("collect", "-o", tmp.resolve("x").toString(), "--region", "mars-north-1");
        assertEquals("2", r[0]);
        assertEquals("error: unknown Region 'mars-north-1' (for example us-east-1, eu-west-1)", r[2].strip());
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    /** Calls that page through a token; the others are one request (per parent) whatever their size. */
    static boolean paginated(CollectCall call) {
        return !Set.of("ec2:DescribeAddresses", "ec2:DescribeVpnGateways", "ec2:DescribeCustomerGateways",
                "ec2:DescribeVpnConnections", "elasticloadbalancing:DescribeLoadBalancerAttributes",
                "elasticloadbalancing:DescribeTargetHealth", "elasticloadbalancing:DescribeTargetGroupAttributes")
                .contains(call.action());
    }

    private NetworkModel assertSameNetwork(Path collected, Path snapshot, String region) throws Exception {
        return SnapshotTwin.assertSameNetwork(tmp, collected, List.of(snapshot), region);
    }
}
