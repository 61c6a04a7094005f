package io.hopscope.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.check.ModelValidator;
import io.hopscope.check.Problem;
import io.hopscope.diagram.Diagram;
import io.hopscope.edit.create.CreatePlan;
import io.hopscope.edit.create.DropTarget;
import io.hopscope.edit.create.NewResourceKind;
import io.hopscope.edit.create.NewResourcePlanner;
import io.hopscope.edit.paste.PastePlan;
import io.hopscope.edit.paste.PastePlanner;
import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.model.Listener;
import io.hopscope.model.LoadBalancer;
import io.hopscope.model.LoadBalancerType;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.Target;
import io.hopscope.model.TargetGroup;
import io.hopscope.model.net.Protocol;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Load balancers made from the palette, their listener and target edits, deletes and VPC copies (rulebook 10). */
class LoadBalancerEditsTest {

    static final String VPC = "vpc-0a1b2c3d4e5f61501";
    static final String PUBLIC_A = "subnet-0a1b2c3d4e5f61503";
    static final String PUBLIC_B = "subnet-0a1b2c3d4e5f61504";
    static final String APP_A = "subnet-0a1b2c3d4e5f61505";
    static final String APP_B = "subnet-0a1b2c3d4e5f61506";
    static final String APP_1 = "i-0a1b2c3d4e5f61515";
    static final String APP_2 = "i-0a1b2c3d4e5f61516";
    static final String ARN = "arn:aws:elasticloadbalancing:us-east-1:111122223333:";
    static final String ALB = ARN + "loadbalancer/app/web-alb/6a1f0c2d9e3b4a10";
    static final String BETA_TG = ARN + "targetgroup/beta-tg/2c3d4e5f60718293";

    private final Diagram shop = DiagramReader.read(Path.of("diagrams/alb-web-app.json")).diagram();

    private static List<String> errors(Diagram d) {
        return ModelValidator.validate(d.model()).stream().filter(Problem::isError).map(Problem::message).toList();
    }

    private static Diagram drop(Diagram d, NewResourceKind kind, String subnet) {
        CreatePlan plan = NewResourcePlanner.plan(d.model(), kind, new DropTarget(VPC, subnet, null, 300, 300));
        assertFalse(plan.isRefused(), plan::refusal);
        return plan.edit().apply(d);
    }

    private static LoadBalancer newest(Diagram before, Diagram after) {
        return after.model().loadBalancers().stream().filter(lb -> before.model().find(lb.id()).isEmpty())
                .findFirst().orElseThrow();
    }

    @Test
    void albDroppedInAPublicSubnetIsInternetFacingWithANodePerZoneAndItsOwnGroup() {
        Diagram d = drop(shop, NewResourceKind.APPLICATION_LOAD_BALANCER, PUBLIC_A);
        LoadBalancer lb = newest(shop, d);
        assertEquals(LoadBalancerType.APPLICATION, lb.type());
        assertFalse(lb.internal());
        assertEquals(List.of(PUBLIC_A, PUBLIC_B), lb.subnetIds());
        assertEquals(1, lb.securityGroupIds().size());
        for (String eniId : lb.networkInterfaceIds()) {
            NetworkInterface node = d.model().networkInterface(eniId);
            assertTrue(node.publicIp() != null, "an internet-facing node has a public address");
            assertEquals(lb.securityGroupIds(), node.securityGroupIds());
        }
        Listener l = lb.listeners().get(0);
        assertEquals("HTTP:80", l.protocol() + ":" + l.port());
        TargetGroup tg = (TargetGroup) d.model().find(l.targetGroupIds().get(0)).orElseThrow();
        assertEquals(VPC, tg.vpcId());
        assertEquals(List.of(), errors(d));
        assertTrue(d.layout().shape(lb.id()) != null, "the card is placed where it was dropped");
    }

    @Test
    void nlbDroppedInAPrivateSubnetIsInternalWithoutGroups() {
        Diagram d = drop(shop, NewResourceKind.NETWORK_LOAD_BALANCER, APP_B);
        LoadBalancer lb = newest(shop, d);
        assertTrue(lb.internal());
        assertEquals(List.of(APP_B, APP_A), lb.subnetIds());
        assertEquals(List.of(), lb.securityGroupIds());
        assertNull(d.model().networkInterface(lb.networkInterfaceIds().get(0)).publicIp());
        assertEquals("TCP", lb.listeners().get(0).protocol());
        assertEquals(List.of(), errors(d));
    }

    @Test
    void aListenerAndATargetMakeTheNewAlbReachableFromTheInternet() {
        Diagram d = drop(shop, NewResourceKind.APPLICATION_LOAD_BALANCER, PUBLIC_A);
        LoadBalancer lb = newest(shop, d);
        String tg = lb.listeners().get(0).targetGroupIds().get(0);
        d = new RegisterTargetEdit(tg, new Target(APP_1, 8080)).apply(d);
        d = new AddListenerEdit(lb.id(), new Listener(8080, "HTTP", tg)).apply(d);
        // The new ALB's group admits 80 only; app-sg admits 8080 only from web-alb-sg: both must be opened.
        assertFalse(new Tracer(d.model()).trace(TraceQuery.of("203.0.113.10", lb.id(), Protocol.TCP, 80)).reachable());
        assertEquals(List.of(), errors(d));
    }

    @Test
    void listenerEditsRefuseASecondListenerOnAPortAndProtocolsTheTypeDoesNotSpeak() {
        assertThrows(IllegalStateException.class,
                () -> new AddListenerEdit(ALB, new Listener(443, "HTTPS", BETA_TG)).apply(shop));
        CheckedEdit udp = CheckedEdit.tryOn(shop, ModelValidator.validate(shop.model()),
                new AddListenerEdit(ALB, new Listener(53, "UDP", BETA_TG)), ModelValidator::validate);
        assertTrue(udp.isRefused());
        assertTrue(udp.refusal().get().contains("listens on HTTP, HTTPS only"), udp.refusal().get());
        Diagram d = new RemoveListenerEdit(ALB, 8443).apply(shop);
        assertEquals(2, d.model().get(ALB, LoadBalancer.class).listeners().size());
        d = new ReplaceListenerEdit(ALB, 80, new Listener(8080, "HTTP", BETA_TG)).apply(d);
        assertEquals(8080, d.model().get(ALB, LoadBalancer.class).listeners().get(1).port());
    }

    @Test
    void fixingTheTargetPortMismatchMakesTheTrapListenerReachable() {
        TraceQuery trap = TraceQuery.of("203.0.113.10", "web-alb", Protocol.TCP, 8443);
        assertFalse(new Tracer(shop.model()).trace(trap).reachable());
        Diagram fixed = new SetTargetPortEdit(BETA_TG, APP_2, 80, 8080).apply(shop);
        Trace t = new Tracer(fixed.model()).trace(trap);
        assertTrue(t.reachable(), () -> t.forward().hops().toString());
    }

    @Test
    void targetsMustBeInstancesOfTheGroupsVpcOrAddresses() {
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> new RegisterTargetEdit(BETA_TG, new Target("i-0nothere", 80)).apply(shop));
        assertEquals("There is no instance i-0nothere in this diagram.", none.getMessage());
        assertEquals("이 다이어그램에 인스턴스 i-0nothere이(가) 없습니다.", EditRefusal.message(none, java.util.Locale.KOREAN));
        assertThrows(IllegalStateException.class,
                () -> new RegisterTargetEdit(BETA_TG, new Target(APP_2, 80)).apply(shop));
        assertThrows(IllegalStateException.class,
                () -> new SetTargetGroupSettingsEdit(BETA_TG, "HTTP", 80, io.hopscope.model.TargetType.IP).apply(shop));
        Diagram d = new DeregisterTargetEdit(BETA_TG, APP_2, 80).apply(shop);
        d = new SetTargetGroupSettingsEdit(BETA_TG, "HTTP", 8080, io.hopscope.model.TargetType.IP).apply(d);
        d = new RegisterTargetEdit(BETA_TG, new Target("10.40.11.10", null)).apply(d);
        Target ip = d.model().get(BETA_TG, TargetGroup.class).targets().get(0);
        assertEquals("us-east-1b", ip.availabilityZone(), "an address inside the VPC takes its subnet's zone");
        assertEquals(List.of(), errors(d));
    }

    @Test
    void deletingATargetInstanceDeregistersItEverywhereAndUndoRestoresIt() {
        EditHistory history = new EditHistory(shop);
        history.perform(new DeleteResourcesEdit(Set.of(APP_2)));
        Diagram d = history.current();
        assertTrue(d.model().targetGroups().stream().flatMap(tg -> tg.targets().stream())
                .noneMatch(t -> t.id().equals(APP_2)));
        assertEquals(List.of(), errors(d));
        history.undo();
        assertEquals(shop.model().get(BETA_TG, TargetGroup.class), history.current().model().get(BETA_TG, TargetGroup.class));
    }

    @Test
    void deletingALoadBalancerTakesItsNodesAndTheTargetGroupsOnlyItUses() {
        Set<String> gone = DeleteResourcesEdit.closure(shop.model(), Set.of(ALB));
        assertTrue(gone.contains("eni-0a1b2c3d4e5f61510") && gone.contains("eni-0a1b2c3d4e5f61511"));
        assertTrue(gone.contains(BETA_TG));
        Diagram d = new DeleteResourcesEdit(Set.of(ALB)).apply(shop);
        assertTrue(d.model().loadBalancers().isEmpty() && d.model().targetGroups().isEmpty());
        assertEquals(List.of(), errors(d));
        Diagram noSubnetA = new DeleteResourcesEdit(Set.of(PUBLIC_A)).apply(shop);
        LoadBalancer left = noSubnetA.model().get(ALB, LoadBalancer.class);
        assertEquals(List.of(PUBLIC_B), left.subnetIds());
        assertEquals(List.of(), errors(noSubnetA));
    }

    @Test
    void aCopiedVpcHasItsOwnLoadBalancerForwardingToItsOwnInstances() {
        PastePlan plan = PastePlanner.paste(shop.model(), shop.model(), Set.of(VPC), shop.layout().shapes(),
                shop.layout().shapes().values(), 40);
        assertFalse(plan.isRefused(), plan::message);
        Diagram d = plan.plan().edit().apply(shop);
        assertEquals(2, d.model().loadBalancers().size());
        LoadBalancer copy = newest(shop, d);
        assertFalse(copy.vpcId().equals(VPC));
        TargetGroup tg = (TargetGroup) d.model().find(copy.listeners().get(0).targetGroupIds().get(0)).orElseThrow();
        assertEquals(copy.vpcId(), tg.vpcId());
        assertTrue(tg.targets().stream().noneMatch(t -> t.id().equals(APP_1) || t.id().equals(APP_2)));
        assertEquals(List.of(), errors(d));
        Trace t = new Tracer(d.model()).trace(TraceQuery.of("203.0.113.10", copy.id(), Protocol.TCP, 443));
        assertTrue(t.reachable(), () -> t.forward().hops().toString());
    }
}
