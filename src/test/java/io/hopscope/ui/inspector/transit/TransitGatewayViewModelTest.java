package io.hopscope.ui.inspector.transit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.engine.Trace;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.model.TransitGatewayAttachment;
import io.hopscope.model.TransitGatewayRouteTable;
import io.hopscope.testing.engine.TraceAssertions;
import io.hopscope.ui.common.DiagramDocument;
import io.hopscope.ui.inspector.transit.TransitRows.Membership;
import io.hopscope.ui.inspector.transit.TransitRows.Pick;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The transit gateway panel's model, without a toolkit: each change one undoable edit, bad input refused. */
class TransitGatewayViewModelTest {

    private static final String TGW = "tgw-0a1b2c3d4e5f61119";
    private static final String RT_SHARED = "tgw-rtb-0a1b2c3d4e5f6111d";
    private static final String RT_ISOLATED = "tgw-rtb-0a1b2c3d4e5f6111e";
    private static final String ATT_APP = "tgw-attach-0a1b2c3d4e5f6111b";
    private static final String ATT_SANDBOX = "tgw-attach-0a1b2c3d4e5f6111c";

    private final ResourceBundle messages = ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.ENGLISH);
    private DiagramDocument document;
    private TransitGatewayViewModel vm;

    @BeforeEach
    void hubAndSpokes() throws Exception {
        Diagram d = DiagramReader.read(Path.of("diagrams", "tgw-hub-spoke.json")).diagram();
        document = DiagramDocument.empty();
        document.replace(d, null);
        vm = new TransitGatewayViewModel(document, messages, TGW, RT_ISOLATED);
    }

    private TransitGatewayRouteTable table(String id) {
        return document.getDiagram().model().transitRouteTables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private boolean reachable(String from, String to, int port) {
        Trace t = TraceAssertions.trace(document.getDiagram().model(), from, to, "tcp", port);
        return t.reachable();
    }

    @Test
    void showsTheAttachmentsAndTheChosenTablesMembersAndRoutes() {
        assertEquals(3, vm.getAttachments().size());
        assertEquals(List.of("rt-shared", "rt-isolated"), vm.getTables().stream().map(Pick::label).toList());
        assertEquals(RT_ISOLATED, vm.selectedTableProperty().get().id());
        Membership sandbox = vm.getMemberships().stream().filter(m -> m.attachmentId().equals(ATT_SANDBOX)).findFirst().orElseThrow();
        assertTrue(sandbox.associated());
        assertFalse(sandbox.propagates());
        assertTrue(vm.getStaticRoutes().isEmpty());
    }

    @Test
    void aStaticRouteToTheAppSpokeEndsTheIsolationAndUndoBringsItBack() {
        assertFalse(reachable("app-1", "sandbox-1", 22), "the trap: the reply has no route in rt-isolated");
        Pick app = vm.routeTargets().stream().filter(p -> ATT_APP.equals(p.id())).findFirst().orElseThrow();
        assertTrue(vm.addStaticRoute("10.2.0.0/16", app), vm.errorProperty().get());
        assertEquals("10.2.0.0/16", vm.getStaticRoutes().get(0).destination());
        assertTrue(reachable("app-1", "sandbox-1", 22));
        assertEquals("Add route 10.2.0.0/16 -> att-app to rt-isolated", document.undoTextProperty().get());
        document.undo();
        assertTrue(vm.getStaticRoutes().isEmpty(), "the panel follows undo");
        assertFalse(reachable("app-1", "sandbox-1", 22));
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndChangesNothing() {
        Diagram before = document.getDiagram();
        Pick app = vm.routeTargets().get(1);
        assertFalse(vm.addStaticRoute("10.2.0.0", app));
        assertEquals("'10.2.0.0' is not a CIDR block such as 10.2.0.0/16.", vm.errorProperty().get());
        assertFalse(vm.addStaticRoute("10.2.0.0/16", null));
        assertEquals(messages.getString("transit.error.noTarget"), vm.errorProperty().get());
        assertFalse(vm.addStaticRoute("10.2.0.0/16", new Pick("tgw-attach-0ffffffffffffffff", "gone")));
        assertTrue(vm.errorProperty().get().contains("tgw-attach-0ffffffffffffffff"), vm.errorProperty().get());
        assertFalse(vm.attach(null, List.of()));
        assertEquals(messages.getString("transit.error.noVpc"), vm.errorProperty().get());
        assertTrue(document.getDiagram() == before, "nothing changed");
        assertFalse(document.canUndoProperty().get());
    }

    @Test
    void aBlackholeRouteDropsWhatItMatches() {
        vm.selectedTableProperty().set(vm.getTables().get(0));
        assertTrue(vm.addStaticRoute("10.1.1.0/24", vm.routeTargets().get(0)), vm.errorProperty().get());
        assertTrue(table(RT_SHARED).staticRoutes().get(0).blackhole());
        assertFalse(reachable("app-1", "shared-1", 443), "the more specific blackhole shadows the propagated /16");
        assertTrue(vm.removeStaticRoute(0));
        assertTrue(reachable("app-1", "shared-1", 443));
    }

    @Test
    void associationAndPropagationAreOneEditEachAndFollowTheChosenTable() {
        assertTrue(vm.setPropagates(ATT_APP, true));
        assertTrue(table(RT_ISOLATED).propagations().contains(ATT_APP));
        assertTrue(reachable("app-1", "sandbox-1", 22), "rt-isolated now learns the app spoke's CIDR");
        assertTrue(vm.setAssociated(ATT_SANDBOX, false));
        TransitGatewayAttachment sandbox = (TransitGatewayAttachment) document.getDiagram().model().find(ATT_SANDBOX).orElseThrow();
        assertEquals(null, sandbox.routeTableId());
        assertFalse(reachable("app-1", "sandbox-1", 22), "no association: the reply is dropped at the attachment");
        document.undo();
        document.undo();
        assertFalse(table(RT_ISOLATED).propagations().contains(ATT_APP));
    }

    @Test
    void attachingAVpcTakesOneSubnetPerZoneAndJoinsTheChosenTable() {
        // The sandbox spoke detached: its attachment gone, and its propagation with it.
        io.hopscope.model.NetworkModel m = document.getDiagram().model().without(ATT_SANDBOX);
        TransitGatewayRouteTable shared = table(RT_SHARED);
        m = m.with(new TransitGatewayRouteTable(shared.id(), shared.name(), TGW,
                shared.propagations().stream().filter(a -> !a.equals(ATT_SANDBOX)).toList(), List.of()));
        document.replace(document.getDiagram().withModel(m), null);
        vm.selectedTableProperty().set(vm.getTables().get(0));
        assertEquals(List.of("spoke-sandbox"), vm.attachableVpcs().stream().map(Pick::label).toList());
        Pick sandbox = vm.attachableVpcs().get(0);
        List<TransitRows.Zone> zones = vm.zonesOf(sandbox.id());
        assertEquals(List.of("us-east-1a"), zones.stream().map(TransitRows.Zone::zone).toList());

        assertFalse(vm.attach(sandbox, java.util.Arrays.asList((Pick) null)));
        assertEquals(messages.getString("transit.error.noSubnet"), vm.errorProperty().get());
        assertFalse(vm.attach(sandbox, List.of(new Pick("subnet-0a1b2c3d4e5f61105", "app-private"))));
        assertTrue(vm.errorProperty().get().contains("is not in spoke-sandbox"), vm.errorProperty().get());

        assertTrue(vm.attach(sandbox, List.of(zones.get(0).subnets().get(0))), vm.errorProperty().get());
        assertEquals(3, vm.getAttachments().size());
        TransitGatewayAttachment added = document.getDiagram().model().transitAttachments().stream()
                .filter(a -> a.resourceId().equals(sandbox.id())).findFirst().orElseThrow();
        assertEquals(RT_SHARED, added.routeTableId());
        assertTrue(table(RT_SHARED).propagations().contains(added.id()));
        assertTrue(reachable("app-1", "sandbox-1", 22), "the sandbox rejoined the shared table");
        document.undo();
        assertEquals(2, vm.getAttachments().size());
    }

    @Test
    void detachDeletesTheSelectedAttachmentAndUndoBringsItBack() {
        assertFalse(vm.detach(null), "nothing selected");
        assertEquals("Select the attachment to detach.", vm.errorProperty().get());
        assertTrue(reachable("app-1", "shared-1", 443));
        assertTrue(vm.detach(ATT_APP));
        assertEquals(2, vm.getAttachments().size(), "the table follows the model");
        assertFalse(reachable("app-1", "shared-1", 443));
        assertFalse(table(RT_SHARED).propagations().contains(ATT_APP));
        document.undo();
        assertEquals(3, vm.getAttachments().size());
        assertTrue(reachable("app-1", "shared-1", 443));
    }

    @Test
    void groupReferencingIsSwitchedOnTheGatewayAndPerVpcAttachment() {
        assertFalse(vm.gatewayReferencingProperty().get(), "a gateway's default is disable [TGWSGR]");
        assertTrue(vm.getAttachments().stream().allMatch(TransitRows.Attachment::groupReferencing),
                "an attachment's default is enable");
        assertTrue(vm.setGroupReferencing(null, true));
        assertTrue(vm.gatewayReferencingProperty().get());
        assertTrue(vm.setGroupReferencing(ATT_APP, false));
        TransitRows.Attachment app = vm.getAttachments().stream().filter(a -> a.id().equals(ATT_APP)).findFirst().orElseThrow();
        assertFalse(app.groupReferencing());
        assertFalse(((TransitGatewayAttachment) document.getDiagram().model().find(ATT_APP).orElseThrow())
                .securityGroupReferencing());
        document.undo();
        document.undo();
        assertFalse(vm.gatewayReferencingProperty().get(), "undo reaches the gateway's check box too");
    }

    /** A refused edit reads in the window's language; its English message (the CLI's) stays as it was. */
    @Test
    void aKoreanWindowShowsTheEditsRefusalInKorean() {
        TransitGatewayViewModel ko = new TransitGatewayViewModel(document,
                ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.KOREAN), TGW, RT_ISOLATED);
        Pick app = ko.routeTargets().stream().filter(p -> ATT_APP.equals(p.id())).findFirst().orElseThrow();
        assertTrue(ko.addStaticRoute("10.2.0.0/16", app), ko.errorProperty().get());
        assertFalse(ko.addStaticRoute("10.2.0.0/16", app));
        assertEquals("rt-isolated에 이미 10.2.0.0/16에 대한 정적 경로가 있습니다.", ko.errorProperty().get());
        assertFalse(vm.addStaticRoute("10.2.0.0/16", app));
        assertEquals("rt-isolated already has a static route for 10.2.0.0/16.", vm.errorProperty().get());
        assertFalse(ko.setPropagates(ATT_APP, false));
        assertEquals(ATT_APP + "은(는) " + RT_ISOLATED + "(으)로 전파하지 않습니다", ko.errorProperty().get());
        ko.dispose();
    }
}
