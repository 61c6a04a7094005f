package io.hopscope.check;

import io.hopscope.model.Listener;
import io.hopscope.model.LoadBalancer;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Target;
import io.hopscope.model.TargetGroup;
import io.hopscope.testing.samples.SampleDiagrams;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The validator's load balancer rules, each with the JSON path of the field at fault. */
class LoadBalancerRuleTest {
    private static final NetworkModel SAMPLE = SampleDiagrams.albWebApp().model();
    private static final LoadBalancer ALB = SAMPLE.loadBalancers().get(0);
    private static final TargetGroup APP_TG = SAMPLE.targetGroups().get(0);

    private static List<Problem> validate(NetworkModel m) {
        return ModelValidator.validate(m);
    }

    private static boolean has(List<Problem> problems, Severity severity, String path, String fragment) {
        return problems.stream().anyMatch(p -> p.severity() == severity && p.location().equals(path)
                && p.message().contains(fragment));
    }

    @Test
    void theSampleIsClean() {
        assertFalse(ModelValidator.hasErrors(validate(SAMPLE)), validate(SAMPLE).toString());
    }

    @Test
    void aListenerThatForwardsNowhereIsAWarningAtItsPath() {
        List<Listener> listeners = List.of(new Listener(443, "HTTPS", "forward", List.of()));
        List<Problem> p = validate(SAMPLE.with(ALB.withListeners(listeners)));
        assertTrue(has(p, Severity.WARNING, "$.model.loadBalancers[0].listeners[0]", "forwards to no target group"), p.toString());
    }

    @Test
    void aTargetNamingAMissingInstanceIsAnErrorAtItsPath() {
        NetworkModel m = SAMPLE.with(APP_TG.withTargets(List.of(new Target("i-0fffffffffffffff0", 8080))));
        List<Problem> p = validate(m);
        assertTrue(has(p, Severity.ERROR, "$.model.targetGroups[0].targets[0].id", "i-0fffffffffffffff0"), p.toString());
    }

    @Test
    void aNodeOutsideTheLoadBalancersSubnetsIsAnError() {
        NetworkModel m = SAMPLE.with(ALB.withNodes(List.of(ALB.subnetIds().get(1)), ALB.networkInterfaceIds()));
        List<Problem> p = validate(m);
        assertTrue(has(p, Severity.ERROR, "$.model.loadBalancers[0].networkInterfaces[0]", "not one of the load balancer's subnets"),
                p.toString());
    }

    @Test
    void anInternetFacingNodeWithoutAnInternetRouteAndATargetInAZoneWithoutANodeAreWarnings() {
        String app = SAMPLE.subnets().stream().filter(s -> s.name().equals("app-a")).findFirst().orElseThrow().id();
        String node = ALB.networkInterfaceIds().get(0);
        NetworkModel m = SAMPLE.with(SAMPLE.networkInterface(node).withSubnet(app, SAMPLE.networkInterface(node).privateIps()))
                .with(ALB.withNodes(List.of(app), List.of(node)));
        List<Problem> p = validate(m);
        assertTrue(has(p, Severity.WARNING, "$.model.loadBalancers[0].subnets[0]", "no route to an internet gateway"),
                p.toString());
        assertTrue(has(p, Severity.WARNING, "$.model.targetGroups[0].targets[1]", "no load balancer of this target group"),
                p.toString());
    }
}
