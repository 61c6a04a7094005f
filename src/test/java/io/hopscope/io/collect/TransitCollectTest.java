package io.hopscope.io.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hopscope.cli.HopscopeCommand;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.TransitGatewayRouteTable;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-parent calls (transit gateway propagations and static routes, load balancer listeners,
 * attributes and target health) against {@link RecordedAwsServer}: one request per parent and page,
 * a throttled first request retried, and the collected folder importing to the snapshot's network.
 */
class TransitCollectTest {
    static final Path TGW = Path.of("../shared/aws-samples-v2/batfish-test-transit-gateway-peering/aws_configs/accounts"
            + "/732168539940/us-east-1");
    static final Path TGW_EXTRA = Path.of("src/test/resources/collect/tgw-peering-extra");
    static final Path LB = Path.of("../shared/aws-samples-v2/batfish-test-load-balancer/aws_configs");
    static final Path LB_EXTRA = Path.of("src/test/resources/collect/lb-extra");
    private static final ObjectMapper JSON = new ObjectMapper();

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

    static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = HopscopeCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(exit), out.toString(), err.toString()};
    }

    /** Every call made as often as its pages (per parent) say, plus one for each throttled first request. */
    static void assertRequestsPerPage(RecordedAwsServer aws, Set<String> throttled) {
        for (CollectCall call : CollectCalls.ALL) {
            String action = call.action().substring(call.action().indexOf(':') + 1);
            int expected = aws.expectedRequests(call, CollectCommandTest.paginated(call)) + (throttled.contains(action) ? 1 : 0);
            assertEquals(expected, aws.requests.getOrDefault(action, new AtomicInteger()).get(),
                    action + ": one request per parent and page, a throttled one retried once");
        }
    }

    @Test
    void transitGatewayTablesAreReadTableByTablePageByPageThroughThrottling() throws Exception {
        Set<String> throttled = Set.of("DescribeTransitGatewayAttachments", "GetTransitGatewayRouteTablePropagations",
                "SearchTransitGatewayRoutes");
        try (RecordedAwsServer aws = new RecordedAwsServer(List.of(TGW, TGW_EXTRA), 1, throttled, Set.of())) {
            Path out = tmp.resolve("tgw");
            String[] r = run("collect", "-o", out.toString(), "--region", "us-east-1", "--endpoint-url", aws.uri().toString());
            assertEquals("0", r[0], r[2]);
            assertRequestsPerPage(aws, throttled);
            for (String line : List.of(
                    "ec2:DescribeTransitGatewayAttachments page 3: 1 records",
                    "ec2:DescribeTransitGatewayVpcAttachments page 2: 1 records",
                    "ec2:DescribeTransitGatewayRouteTables page 2: 1 records",
                    "ec2:GetTransitGatewayRouteTablePropagations page 2 for tgw-rtb-018a5e572ec3088d1: 1 records",
                    "ec2:SearchTransitGatewayRoutes page 2 for tgw-rtb-018a5e572ec3088d1: 1 records",
                    "ec2:SearchTransitGatewayRoutes page 1 for tgw-rtb-05d2952671d1f460a: 0 records",
                    "ec2:SearchTransitGatewayRoutes read for 2 route tables: 2 records",
                    "ec2:GetTransitGatewayRouteTablePropagations read for 2 route tables: 3 records")) {
                assertTrue(r[2].contains("collect: us-east-1 " + line), line + "\n" + r[2]);
            }
            JsonNode routes = JSON.readTree(out.resolve("us-east-1/search-transit-gateway-routes.json").toFile());
            assertEquals("tgw-rtb-018a5e572ec3088d1", routes.at("/TransitGatewayStaticRoutes/0/TransitGatewayRouteTableId").asText());
            assertFalse(routes.toString().contains("propagated"), "static routes only: " + routes);
            NetworkModel m = SnapshotTwin.assertSameNetwork(tmp, out, List.of(TGW, TGW_EXTRA), "us-east-1");
            TransitGatewayRouteTable table = m.transit().stream().filter(TransitGatewayRouteTable.class::isInstance)
                    .map(TransitGatewayRouteTable.class::cast).filter(t -> t.id().equals("tgw-rtb-018a5e572ec3088d1"))
                    .findFirst().orElseThrow();
            assertEquals(2, table.staticRoutes().size(), table.toString());
            assertEquals(2, table.propagations().size(), table.toString());
        }
    }

    @Test
    void loadBalancerListenersAttributesAndTargetHealthAreReadPerParent() throws Exception {
        Set<String> throttled = Set.of("DescribeListeners", "DescribeTargetHealth", "DescribeTargetGroupAttributes");
        try (RecordedAwsServer aws = new RecordedAwsServer(List.of(LB, LB_EXTRA), 1, throttled, Set.of())) {
            Path out = tmp.resolve("lb");
            String[] r = run("collect", "-o", out.toString(), "--region", "us-east-2", "--endpoint-url", aws.uri().toString());
            assertEquals("0", r[0], r[2]);
            assertRequestsPerPage(aws, throttled);
            String lb = "arn:aws:elasticloadbalancing:us-east-2:554773406868:loadbalancer/net/test-lb/725b996cb6be8fba";
            for (String line : List.of(
                    "elasticloadbalancing:DescribeListeners page 2 for " + lb + ": 1 records",
                    "elasticloadbalancing:DescribeListeners read for 1 load balancers: 2 records",
                    "elasticloadbalancing:DescribeLoadBalancerAttributes read for 1 load balancers: 5 records",
                    "elasticloadbalancing:DescribeTargetHealth read for 4 target groups: 2 records")) {
                assertTrue(r[2].contains("collect: us-east-2 " + line), line + "\n" + r[2]);
            }
            NetworkModel m = SnapshotTwin.assertSameNetwork(tmp, out, List.of(LB, LB_EXTRA), "us-east-2");
            assertEquals(List.of(80, 8080), m.loadBalancers().get(0).listeners().stream().map(l -> l.port()).sorted().toList());
            assertTrue(m.targetGroups().stream().anyMatch(tg -> tg.targets().size() == 2), m.targetGroups().toString());
        }
    }

    @Test
    void aRouteSearchCutShortWithoutNextTokenIsReportedAsAnIncompleteTable() throws Exception {
        try (RecordedAwsServer aws = new RecordedAwsServer(List.of(TGW, TGW_EXTRA), 1, Set.of(), Set.of())) {
            aws.searchWithoutNextToken();
            Path out = tmp.resolve("cut");
            String[] r = run("collect", "-o", out.toString(), "--region", "us-east-1", "--endpoint-url", aws.uri().toString());
            assertEquals("0", r[0], r[2]);
            assertEquals(2, aws.requests.get("SearchTransitGatewayRoutes").get(), "one request per table: nothing to page on");
            assertTrue(r[2].contains("collect: us-east-1 ec2:SearchTransitGatewayRoutes tgw-rtb-018a5e572ec3088d1: warning: AWS"
                    + " has more routes than it answered (AdditionalRoutesAvailable) and no NextToken; this table is incomplete"),
                    r[2]);
            assertFalse(r[2].contains("tgw-rtb-05d2952671d1f460a: warning"), "a table answered whole is not flagged");
        }
    }
}
