package io.hopscope.edit.transit;

import static io.hopscope.testing.engine.TraceAssertions.assertBlocked;
import static io.hopscope.testing.engine.TraceAssertions.trace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.edit.DeleteResourcesEdit;
import io.hopscope.edit.EditHistory;
import io.hopscope.engine.Trace;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.model.TransitGatewayRouteTable;
import io.hopscope.model.TransitGatewayRouteTable.StaticRoute;
import io.hopscope.model.net.Cidr;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Detaching a VPC from the hub-and-spoke sample's gateway, and deleting the gateway, each one undoable edit. */
class DetachAttachmentEditTest {

    private static final String TGW = "tgw-0a1b2c3d4e5f61119";
    private static final String ATT_HUB = "tgw-attach-0a1b2c3d4e5f6111a";
    private static final String ATT_APP = "tgw-attach-0a1b2c3d4e5f6111b";
    private static final String RT_SHARED = "tgw-rtb-0a1b2c3d4e5f6111d";

    private Diagram sample;

    @BeforeEach
    void readTheSample() throws Exception {
        sample = DiagramReader.read(Path.of("diagrams", "tgw-hub-spoke.json")).diagram();
    }

    @Test
    void detachingTheAppSpokeDropsItsTraceAtTheGatewayAndUndoReachesAgain() {
        EditHistory history = new EditHistory(sample);
        assertTrue(trace(history.current().model(), "app-1", "shared-1", "tcp", 443).reachable());

        history.perform(new DetachAttachmentEdit(ATT_APP));
        Trace detached = trace(history.current().model(), "app-1", "shared-1", "tcp", 443);
        // spoke-app still routes 10.0.0.0/8 to the gateway, which has no attachment in that VPC any more.
        assertBlocked(detached.forward(), TGW, "not-attached");
        assertEquals("BAD_STATE_ROUTE", detached.forward().blockingHop().code());
        assertTrue(history.current().model().routeTables().stream().flatMap(t -> t.routes().stream())
                .anyMatch(r -> TGW.equals(r.targetId())), "the VPC's routes to the gateway stay, as in AWS");
        TransitGatewayRouteTable shared = table(history.current(), RT_SHARED);
        assertFalse(shared.propagations().contains(ATT_APP), "its propagation went with it");
        assertEquals("Delete attachment att-app", history.undoDescription().orElseThrow(), "the undo menu names it");

        history.undo();
        assertTrue(trace(history.current().model(), "app-1", "shared-1", "tcp", 443).reachable());
        assertEquals(sample.model(), history.current().model());
    }

    @Test
    void staticRoutesToADetachedAttachmentStayAsBlackholes() {
        Diagram d = new AddStaticRouteEdit(RT_SHARED, new StaticRoute(Cidr.parse("10.99.0.0/16"), ATT_HUB, false)).apply(sample);
        d = new DetachAttachmentEdit(ATT_HUB).apply(d);
        StaticRoute kept = table(d, RT_SHARED).staticRoutes().get(0);
        assertEquals(Cidr.parse("10.99.0.0/16"), kept.destination());
        assertTrue(kept.blackhole(), kept::text);
        Diagram gone = d;
        assertThrows(IllegalStateException.class, () -> new DetachAttachmentEdit(ATT_HUB).apply(gone));
    }

    @Test
    void deletingTheGatewayTakesItsAttachmentsAndTablesInOneEdit() {
        Set<String> goes = DeleteResourcesEdit.closure(sample.model(), Set.of(TGW));
        assertEquals(6, goes.size(), goes::toString);
        Diagram d = new DeleteResourcesEdit(Set.of(TGW)).apply(sample);
        assertTrue(d.model().transit().isEmpty(), d.model().transit()::toString);
        // As for any deleted gateway, the drawing drops the subnet routes to it (DeleteResourcesEdit): no route is left.
        assertBlocked(trace(d.model(), "app-1", "shared-1", "tcp", 443).forward(), "rtb-0a1b2c3d4e5f61108", "no-route");
        assertTrue(d.model().routeTables().stream().flatMap(t -> t.routes().stream()).noneMatch(r -> TGW.equals(r.targetId())));
    }

    private static TransitGatewayRouteTable table(Diagram d, String id) {
        return d.model().transitRouteTables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }
}
