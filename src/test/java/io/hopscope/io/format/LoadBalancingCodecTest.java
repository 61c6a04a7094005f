package io.hopscope.io.format;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.Listener;
import io.hopscope.model.LoadBalancer;
import io.hopscope.model.LoadBalancerType;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Target;
import io.hopscope.model.TargetGroup;
import io.hopscope.model.TargetType;
import io.hopscope.testing.samples.SampleDiagrams;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Load balancers and target groups in the diagram file: every field both ways, defaults left out, strict reading. */
class LoadBalancingCodecTest {

    /**
     * Every non-default field: an internal NLB, a redirect and a weighted forward, attributes set. The
     * NLB forwards to two TCP groups of its own: a Network Load Balancer cannot use the ALB's HTTP group
     * (ELB: an NLB's target groups are TCP, UDP, TCP_UDP or TLS), and the reader says so.
     */
    private static Diagram everyField() {
        NetworkModel base = SampleDiagrams.albWebApp().model();
        LoadBalancer alb = base.loadBalancers().get(0);
        LoadBalancer nlb = new LoadBalancer("nlb-1", "svc-nlb", LoadBalancerType.NETWORK, true, alb.vpcId(),
                alb.subnetIds(), List.of(), alb.networkInterfaceIds(), List.of(
                new Listener(443, "TLS", "forward", List.of("tg-3", "tg-2")),
                new Listener(53, "UDP", "fixed-response", List.of())), false, "provisioning");
        TargetGroup ips = new TargetGroup("tg-2", "ip-targets", TargetType.IP, "TCP", 443, alb.vpcId(),
                List.of(new Target("10.40.10.10", 8443, "us-east-1a", "healthy"), new Target("192.0.2.10", null, "all",
                        "unavailable")), true, false);
        TargetGroup more = new TargetGroup("tg-3", "ip-targets-b", TargetType.IP, "TCP", 443, alb.vpcId(),
                List.of(new Target("10.40.10.11", null, "us-east-1a", "healthy")), false, false);
        return SampleDiagrams.albWebApp().withModel(base.toBuilder().add(nlb).add(ips).add(more).build());
    }

    @Test
    void everyLoadBalancerAndTargetGroupFieldSurvivesAWriteAndARead() {
        Diagram d = everyField();
        String json = DiagramWriter.toJson(d);
        DiagramLoad load = DiagramReader.read(json, "lb.json");
        assertFalse(load.hasErrors(), load.problems().toString());
        NetworkModel back = load.diagram().model();
        for (var r : d.model().loadBalancing()) {
            assertEquals(r, back.find(r.id()).orElseThrow(), r.id());
        }
        assertEquals(json, DiagramWriter.toJson(load.diagram()), "load -> save gives the same bytes");
    }

    @Test
    void defaultsAreNotWritten() {
        ObjectNode lb = (ObjectNode) DiagramWriter.toTree(SampleDiagrams.albWebApp()).get("model").get("loadBalancers")
                .get(0);
        assertFalse(lb.has("scheme"), "internet-facing is the default");
        assertFalse(lb.has("state"), "active is the default");
        assertFalse(lb.has("crossZone"), "the type's default");
        assertFalse(lb.get("listeners").get(0).has("action"), "forward is the default");
        assertEquals("redirect", lb.get("listeners").get(1).get("action").asText());
    }

    @Test
    void badValuesAreReportedWithTheirJsonPaths() {
        DiagramLoad load = readAlb(root -> {
            ObjectNode lb = ReaderFixture.at(root, "loadBalancers", 0);
            lb.put("type", "classic");
            lb.put("scheme", "public");
            ReaderFixture.item(lb.get("listeners"), 0).put("port", 70000);
            ReaderFixture.item(lb.get("listeners"), 1).put("weight", 3);
            ObjectNode tg = ReaderFixture.at(root, "targetGroups", 0);
            tg.put("targetType", "container");
            ReaderFixture.item(tg.get("targets"), 0).put("port", "80");
        });
        ReaderFixture.assertError(load, "$.model.loadBalancers[0].type", "not a load balancer type");
        ReaderFixture.assertError(load, "$.model.loadBalancers[0].scheme", "not a scheme");
        ReaderFixture.assertError(load, "$.model.loadBalancers[0].listeners[0].port", "out of range");
        ReaderFixture.assertError(load, "$.model.loadBalancers[0].listeners[1].weight", "unknown field");
        ReaderFixture.assertError(load, "$.model.targetGroups[0].targetType", "not a target type");
        ReaderFixture.assertError(load, "$.model.targetGroups[0].targets[0].port", "");
    }

    @Test
    void aListenerNamingAMissingTargetGroupIsAnErrorAtItsPath() {
        DiagramLoad load = readAlb(root -> ReaderFixture.at(root, "loadBalancers", 0).withArray("listeners").addObject()
                .put("port", 9000).put("protocol", "HTTP").putArray("targetGroups").add("tg-gone"));
        ReaderFixture.assertError(load, "$.model.loadBalancers[0].listeners[3].targetGroups[0]", "tg-gone");
    }

    @Test
    void aTargetNamingAMissingInstanceIsAnErrorAtItsPath() {
        DiagramLoad load = readAlb(root -> ReaderFixture.item(ReaderFixture.at(root, "targetGroups", 0).get("targets"), 0)
                .put("id", "i-0123456789abcdef0"));
        ReaderFixture.assertError(load, "$.model.targetGroups[0].targets[0].id", "i-0123456789abcdef0");
    }

    private static DiagramLoad readAlb(java.util.function.Consumer<ObjectNode> change) {
        ObjectNode root = DiagramWriter.toTree(SampleDiagrams.albWebApp());
        change.accept(root);
        DiagramLoad load = DiagramReader.read(root.toPrettyString(), "changed.json");
        assertTrue(load.hasErrors());
        return load;
    }
}
