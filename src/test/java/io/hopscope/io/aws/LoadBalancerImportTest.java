package io.hopscope.io.aws;

import io.hopscope.check.ModelValidator;
import io.hopscope.check.Problem;
import io.hopscope.engine.Decision;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.Verdict;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.model.Listener;
import io.hopscope.model.LoadBalancer;
import io.hopscope.model.LoadBalancerType;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.TargetGroup;
import io.hopscope.model.TargetType;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Load balancers from AWS data: Batfish's test-load-balancer snapshot with the expectations Batfish's
 * own AwsConfigurationLoadBalancerTest asserts on it, and contradictory elbv2 input.
 */
class LoadBalancerImportTest {
    private static final Path BATFISH = Path.of("..", "shared", "aws-samples-v2", "batfish-test-load-balancer");
    private static final Path V2 = Path.of("..", "shared", "conformance-v2");
    private static final String CLIENT = "i-0c8ce8bbdd98cc4e8";
    private static final String SERVER_1 = "i-055b0db7be365202c";
    private static final String SERVER_2 = "i-0f4af951d61a19245";
    private static final String NODE_B = "10.1.1.237";
    private static final String NODE_A = "10.1.20.123";

    private static NetworkModel batfish() {
        AwsImport r = AwsImporter.importDirectory(BATFISH);
        assertTrue(r.errors().isEmpty(), r.errors().toString());
        return r.model();
    }

    @Test
    void batfishSnapshotImportsTheInternalNlbWithItsListenerTargetsAndNodes() {
        NetworkModel m = batfish();
        LoadBalancer lb = m.loadBalancers().get(0);
        assertEquals("test-lb", lb.name());
        assertEquals(LoadBalancerType.NETWORK, lb.type());
        assertTrue(lb.internal());
        assertEquals(List.of("eni-0c82d6f7254ae6695", "eni-01f261dccaba46564").stream().sorted().toList(),
                lb.networkInterfaceIds().stream().sorted().toList());
        assertEquals(Boolean.TRUE, lb.crossZone());
        Listener l = lb.listeners().get(0);
        assertEquals(80, l.port());
        assertEquals("TCP", l.protocol());
        TargetGroup tg = m.targetGroups().stream().filter(g -> g.name().equals("test-lb-tg")).findFirst().orElseThrow();
        assertEquals(List.of(tg.id()), l.targetGroupIds());
        assertEquals(TargetType.INSTANCE, tg.targetType());
        assertEquals(List.of(SERVER_2, SERVER_1), tg.targets().stream().map(t -> t.id()).toList());
        assertEquals(22, tg.targets().get(0).port());
        assertEquals(4, m.targetGroups().size(), "unused target groups import too");
        assertFalse(ModelValidator.hasErrors(ModelValidator.validate(m)));
    }

    /** Batfish testClientToLbTrace: the jump host reaches a server through each node, both ways. */
    @Test
    void batfishClientToEachNodeOnTheListenedPortIsAcceptedBothWays() {
        Tracer t = new Tracer(batfish());
        for (String node : List.of(NODE_B, NODE_A)) {
            Trace trace = t.trace(TraceQuery.of(CLIENT, "test-lb", Protocol.TCP, 80)
                    .withAddresses(null, IpAddress.parse(node)).withSourcePort(49152));
            assertTrue(trace.reachable(), node + ": " + trace.forward().hops());
            List<String> ids = trace.forward().hops().stream().map(Hop::componentId).toList();
            assertTrue(ids.contains(trace.forward().hops().stream().filter(h -> h.componentType().equals("load-balancer"))
                    .findFirst().orElseThrow().componentId()));
            assertTrue(ids.contains("sg-09dabbcbd3f44ebcf"), "the server's group decides: " + ids);
            Hop group = trace.forward().hops().stream().filter(h -> h.componentType().equals("target-group")).findFirst()
                    .orElseThrow();
            assertTrue(group.rule().endsWith(":22"), "the listener's port 80 goes to the targets' port 22");
            // Client IP preservation (instance targets): the server sees the jump host's address.
            Hop last = trace.forward().hops().get(trace.forward().hops().size() - 1);
            assertEquals("10.1.250.112", last.packet().src().toString());
            assertEquals(Decision.TRACKED, trace.reply().hops().get(0).decision());
        }
    }

    /** Batfish testClientToServerReachability: both servers are reachable through the load balancer. */
    @Test
    void batfishClientReachesBothServersThroughTheLoadBalancer() {
        Tracer t = new Tracer(batfish());
        for (String server : List.of(SERVER_1, SERVER_2)) {
            Trace trace = t.trace(TraceQuery.of(CLIENT, server, Protocol.TCP, 80)
                    .withAddresses(null, IpAddress.parse(NODE_B)).withSourcePort(49152));
            assertTrue(trace.reachable(), server + ": " + trace.forward().hops());
            Hop group = trace.forward().hops().stream().filter(h -> h.componentType().equals("target-group")).findFirst()
                    .orElseThrow();
            assertEquals(server + ":22", group.rule());
        }
    }

    /** Batfish testClientToLb_nonListenedPort: port 81 is denied at the load balancer node. */
    @Test
    void batfishNonListenedPortIsRefusedAtTheLoadBalancer() {
        Tracer t = new Tracer(batfish());
        for (String node : List.of(NODE_B, NODE_A)) {
            Trace trace = t.trace(TraceQuery.of(CLIENT, "test-lb", Protocol.TCP, 81)
                    .withAddresses(null, IpAddress.parse(node)));
            assertFalse(trace.reachable());
            assertEquals("no-listener", trace.forward().blockingHop().reason());
            assertEquals("load-balancer", trace.forward().blockingHop().componentType());
            assertNull(trace.reply());
            assertEquals(Verdict.UNREACHABLE, trace.verdict());
        }
    }

    @Test
    void aTraceToTheTargetGroupGoesThroughItsLoadBalancer() {
        Trace trace = new Tracer(batfish()).trace(TraceQuery.of(CLIENT, "test-lb-tg", Protocol.TCP, 80));
        assertTrue(trace.reachable(), trace.forward().hops().toString());
    }

    @Test
    void albLegTwoStartsAtTheNodesPrivateAddressAndItsPortsAreTranslatedPorts() {
        NetworkModel m = AwsImporter.importDirectory(V2.resolve("70-alb-internet-to-target-sg-chain/aws")).model();
        Trace trace = new Tracer(m).trace(TraceQuery.of("203.0.113.10", "web-alb", Protocol.TCP, 443)
                .withSourcePort(50000));
        assertTrue(trace.reachable());
        Hop target = trace.forward().hops().get(trace.forward().hops().size() - 1);
        assertEquals("10.0.0.100", target.packet().src().toString(), "the node in the client's zone, else the first");
        assertEquals(8080, target.packet().dstPort());
        assertEquals(1, trace.translatedPorts().size());
        assertEquals("arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web-alb/5000000000046015",
                trace.translatedPorts().get(0).at());
        assertEquals("1024-65535", trace.translatedPorts().get(0).range().toString());
        List<String> replyIds = trace.reply().hops().stream().map(Hop::componentType).toList();
        assertTrue(replyIds.indexOf("load-balancer") > 0 && replyIds.indexOf("load-balancer") < replyIds.size() - 1,
                "return holds the target's reply, the load balancer, then the node's reply: " + replyIds);
    }

    @Test
    void targetsNamingMissingInstancesAndListenersNamingMissingGroupsAreReportedWithTheirPaths(@TempDir Path dir)
            throws IOException {
        Path src = V2.resolve("70-alb-internet-to-target-sg-chain/aws");
        try (var files = Files.list(src)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.writeString(dir.resolve("load-balancer-target-health.json"), """
                {"LoadBalancerTargetHealth": [{"TargetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/app-tg/7000000000046017",
                  "TargetHealthDescriptions": [{"Target": {"Id": "i-0deadbeef0000000", "Port": 8080}},
                                               {"Target": {"Id": "i-70000000000000012", "Port": 8080}}]}]}
                """);
        Files.writeString(dir.resolve("more-listeners.json"), """
                {"Listeners": [{"ListenerArn": "arn:x:listener/2", "LoadBalancerArn": "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web-alb/5000000000046015",
                  "Port": 8443, "Protocol": "HTTPS", "DefaultActions": [{"Type": "forward", "TargetGroupArn": "arn:missing"}]}]}
                """);
        AwsImport r = AwsImporter.importDirectory(dir);
        List<Problem> errors = r.errors();
        assertTrue(errors.stream().anyMatch(p -> p.location().equals(
                "load-balancer-target-health.json: $.LoadBalancerTargetHealth[0].TargetHealthDescriptions[0].Target.Id")
                && p.message().contains("i-0deadbeef0000000")), errors.toString());
        assertTrue(errors.stream().anyMatch(p -> p.location().equals(
                "more-listeners.json: $.Listeners[0].DefaultActions[0].TargetGroupArn")), errors.toString());
        NetworkModel m = r.model();
        assertEquals(1, m.targetGroups().get(0).targets().size(), "the rest imports");
        assertFalse(ModelValidator.hasErrors(ModelValidator.validate(m)), "the imported model validates");
        Trace refused = new Tracer(m).trace(TraceQuery.of("203.0.113.10", "web-alb", Protocol.TCP, 8443));
        assertEquals("no-target-group", refused.forward().blockingHop().reason());
        assertTrue(new Tracer(m).trace(TraceQuery.of("203.0.113.10", "web-alb", Protocol.TCP, 443)).reachable());
    }
}
