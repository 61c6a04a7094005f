package io.hopscope.ui.inspector;

import static io.hopscope.ui.inspector.InspectorFixture.english;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.model.LoadBalancer;
import io.hopscope.model.TargetType;
import io.hopscope.model.net.Protocol;
import io.hopscope.ui.common.DiagramDocument;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The listener, target group and scheme view models over the ALB sample, without a toolkit (rulebook 10). */
class LoadBalancerViewModelsTest {

    private static final String ARN = "arn:aws:elasticloadbalancing:us-east-1:111122223333:";
    private static final String ALB = ARN + "loadbalancer/app/web-alb/6a1f0c2d9e3b4a10";
    private static final String BETA_TG = ARN + "targetgroup/beta-tg/2c3d4e5f60718293";
    private static final String APP_1 = "i-0a1b2c3d4e5f61515";

    private final DiagramDocument doc = new DiagramDocument(
            DiagramReader.read(Path.of("diagrams/alb-web-app.json")).diagram());

    private LoadBalancer alb() {
        return doc.getDiagram().model().get(ALB, LoadBalancer.class);
    }

    @Test
    void listenerRowsShowProtocolPortAndTargetGroup() {
        ListenersViewModel vm = new ListenersViewModel(doc, english(), ALB);
        assertEquals(3, vm.getRows().size());
        assertEquals("HTTPS", vm.getRows().get(0).protocol());
        assertEquals("app-tg (HTTP:8080)", vm.getRows().get(0).targetGroup().label());
        assertEquals("redirect", vm.getRows().get(1).targetGroup().label());
        assertEquals(java.util.List.of("HTTP", "HTTPS"), vm.protocolChoices());
    }

    @Test
    void aListenerWithoutTargetGroupOrWithABadPortIsRefusedWithAReason() {
        ListenersViewModel vm = new ListenersViewModel(doc, english(), ALB);
        assertFalse(vm.add("HTTP", "8081", null));
        assertTrue(vm.getError().contains("target group"), vm.getError());
        assertFalse(vm.add("HTTP", "70000", vm.targetGroupChoices().get(0)));
        assertTrue(vm.getError().contains("70000"), vm.getError());
        assertFalse(vm.add("UDP", "53", vm.targetGroupChoices().get(0)));
        assertTrue(vm.getError().contains("UDP"), vm.getError());
        assertFalse(vm.add("HTTP", "443", vm.targetGroupChoices().get(0)));
        assertTrue(vm.getError().contains("one listener per port"), vm.getError());
        assertEquals(3, alb().listeners().size());
        assertFalse(doc.canUndoProperty().get(), "a refused change is not an edit");
    }

    @Test
    void addingEditingAndRemovingListenersAreUndoableEdits() {
        ListenersViewModel vm = new ListenersViewModel(doc, english(), ALB);
        assertTrue(vm.add("HTTP", "8081", vm.targetGroupChoices().get(1)));
        assertEquals(4, vm.getRows().size());
        assertTrue(vm.editPort(3, "8082"));
        assertEquals("8082", vm.getRows().get(3).port());
        assertTrue(vm.editTargetGroup(1, vm.targetGroupChoices().get(0)), vm.getError());
        assertTrue(alb().listeners().get(1).forwards(), "the redirect now forwards");
        assertTrue(vm.remove(0));
        assertEquals(3, vm.getRows().size());
        doc.undo();
        doc.undo();
        doc.undo();
        doc.undo();
        assertEquals(3, vm.getRows().size());
        assertEquals("redirect", vm.getRows().get(1).targetGroup().label());
    }

    @Test
    void fixingTheTargetPortInTheTableFixesTheTrapAndUndoBringsItBack() {
        TargetGroupsViewModel vm = new TargetGroupsViewModel(doc, english(), ALB);
        vm.shownProperty().set(vm.groupChoices().stream().filter(c -> c.id().equals(BETA_TG)).findFirst().orElseThrow());
        assertEquals("80", vm.getRows().get(0).port());
        TraceQuery trap = TraceQuery.of("203.0.113.10", "web-alb", Protocol.TCP, 8443);
        assertFalse(new Tracer(doc.getDiagram().model()).trace(trap).reachable());
        assertTrue(vm.editPort(0, "8080"), vm.getError());
        assertTrue(new Tracer(doc.getDiagram().model()).trace(trap).reachable());
        doc.undo();
        assertEquals("80", vm.getRows().get(0).port());
        assertFalse(vm.editPort(0, "port"));
        assertTrue(vm.getError().contains("'port' is not a port"), vm.getError());
    }

    @Test
    void targetsAreRegisteredFromTheVpcAndGroupSettingsApply() {
        TargetGroupsViewModel vm = new TargetGroupsViewModel(doc, english(), ALB);
        vm.shownProperty().set(vm.groupChoices().stream().filter(c -> c.id().equals(BETA_TG)).findFirst().orElseThrow());
        assertEquals(2, vm.instanceChoices().size(), "app-1 and app-2; the database is no instance");
        assertTrue(vm.register(APP_1 + " (app-1)", "8080"), vm.getError());
        assertEquals(2, vm.getRows().size());
        assertFalse(vm.register("i-0nothere", ""));
        assertTrue(vm.getError().contains("no instance i-0nothere"), vm.getError());
        assertFalse(vm.applySettings("HTTP", "8080", TargetType.IP), "targets are registered");
        assertTrue(vm.applySettings("HTTPS", "8443", TargetType.INSTANCE), vm.getError());
        assertEquals(BETA_TG, vm.group().id());
        assertEquals("HTTPS", vm.group().protocol());
        assertTrue(vm.deregister(1));
        assertEquals(1, vm.getRows().size());
        assertTrue(vm.newGroup());
        assertEquals(0, vm.getRows().size(), "the new group is shown, empty");
        assertEquals(3, vm.groupChoices().size());
    }

    @Test
    void schemeAndGroupsChangeEveryNode() {
        LoadBalancerSettingsViewModel vm = new LoadBalancerSettingsViewModel(doc, english(), ALB);
        assertFalse(vm.isInternal());
        assertTrue(vm.setInternal(true));
        for (String eni : alb().networkInterfaceIds()) {
            assertNull(doc.getDiagram().model().networkInterface(eni).publicIp());
        }
        assertTrue(vm.setInternal(false));
        assertTrue(doc.getDiagram().model().networkInterface(alb().networkInterfaceIds().get(1)).publicIp() != null);
        String only = alb().securityGroupIds().get(0);
        assertFalse(vm.setGroup(only, false));
        assertTrue(vm.getError().contains("at least one security group"), vm.getError());
        String app = vm.groupChoices().stream().filter(g -> g.label().equals("app-sg")).findFirst().orElseThrow().id();
        assertTrue(vm.setGroup(app, true));
        assertEquals(2, vm.getRows().size());
        assertTrue(doc.getDiagram().model().networkInterface(alb().networkInterfaceIds().get(0)).securityGroupIds()
                .contains(app));
    }
}
