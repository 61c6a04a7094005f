package io.hopscope.conformance;

import io.hopscope.engine.Hop;
import io.hopscope.engine.PathResult;
import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.Protocol;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The traces each shareable sample diagram's description tells the reader to run, with the outcome
 * the description promises: "ok" for a round trip, else where it stops (direction, component type,
 * reason key).
 */
class SampleDiagramTracesTest {

    private record Expect(String diagram, String from, String to, int port, String outcome) {
    }

    private static final List<Expect> CASES = List.of(
            new Expect("bastion", "admin-laptop", "bastion-1", 22, "ok"),
            new Expect("bastion", "bastion-1", "app-1", 22, "ok"),
            new Expect("bastion", "bastion-1", "app-2", 22, "ok"),
            new Expect("bastion", "internet-host", "bastion-1", 22, "forward network-acl *"),
            new Expect("bastion", "admin-laptop", "app-1", 22, "forward internet-gateway no-public-ip"),
            new Expect("ec2-to-rds", "web-1", "orders-db", 3306, "ok"),
            new Expect("ec2-to-rds", "203.0.113.10", "web-1", 443, "ok"),
            new Expect("ec2-to-rds", "web-1", "orders-db", 5432, "forward network-acl *"),
            new Expect("ec2-to-rds-broken-return", "web-1", "orders-db", 3306, "return network-acl *"),
            new Expect("lambda-vpc", "ingest-fn", "s3", 443, "ok"),
            new Expect("lambda-vpc", "ingest-fn", "events-sqs", 443, "ok"),
            new Expect("lambda-vpc", "ingest-fn", "203.0.113.10", 443, "forward route-table no-route"),
            new Expect("lambda-vpc", "notify-fn", "203.0.113.10", 443, "ok"),
            new Expect("lambda-vpc", "notify-fn", "s3", 443, "ok"),
            new Expect("nat-egress", "worker-1", "203.0.113.10", 443, "ok"),
            new Expect("nat-egress", "worker-2", "203.0.113.10", 443, "ok"),
            new Expect("nat-egress", "203.0.113.10", "worker-1", 443, "forward internet-gateway no-public-ip"),
            new Expect("s3-gateway-endpoint", "reports-1", "s3", 443, "ok"),
            new Expect("s3-gateway-endpoint", "reports-2", "s3", 443, "forward route-table no-route"),
            new Expect("three-tier", "internet-host", "store-alb", 443, "ok"),
            new Expect("three-tier", "store-alb", "app-1", 8080, "ok"),
            new Expect("three-tier", "app-1", "sessions", 6379, "ok"),
            new Expect("three-tier", "app-2", "store-db", 5432, "ok"),
            new Expect("three-tier", "store-alb", "store-db", 5432, "forward security-group no-matching-rule"),
            new Expect("vpc-peering", "app-1", "shared-1", 443, "ok"),
            new Expect("vpc-peering", "analytics-1", "shared-1", 443, "ok"),
            new Expect("vpc-peering", "app-1", "analytics-1", 443, "forward route-table no-route"));

    @TestFactory
    List<DynamicTest> sampleDiagramsBehaveAsTheirDescriptionsSay() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.diagram() + " " + c.from() + " -> " + c.to() + " " + c.port(),
                () -> check(c))).toList();
    }

    private static void check(Expect c) {
        var load = DiagramReader.read(Path.of("diagrams", c.diagram() + ".json"));
        assertNotNull(load.diagram(), load.problems().toString());
        NetworkModel model = load.diagram().model();
        Trace t = new Tracer(model).trace(TraceQuery.of(c.from(), c.to(), Protocol.TCP, c.port()));
        assertEquals(c.outcome(), outcome(t), () -> t.forward().hops().stream().map(Hop::explanation).toList().toString());
        if (c.outcome().equals("ok")) {
            assertTrue(t.reachable());
        }
    }

    private static String outcome(Trace t) {
        if (t.reachable()) {
            return "ok";
        }
        PathResult p = t.forward().delivered() ? t.reply() : t.forward();
        Hop h = p.blockingHop();
        return (t.forward().delivered() ? "return " : "forward ") + h.componentType() + " " + h.reason();
    }
}
