package io.hopscope.app.window;

import static io.hopscope.testing.engine.TraceAssertions.assertBlocked;
import static io.hopscope.testing.engine.TraceAssertions.trace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.render.Rect;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.TransitGatewayAttachment;
import io.hopscope.testing.MainWindowFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Detaching a spoke from the hub-and-spoke sample's gateway and attaching it again from the VPC's
 * context menu, with the mouse; Ctrl+Z brings the attachment back. Each time the trace app-1 ->
 * shared-1 follows: dropped at the gateway (not-attached) while detached, reaching again after.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TransitAttachContextMenuUiTest {

    private static final String SPOKE_APP = "vpc-0a1b2c3d4e5f61102";
    private static final String APP_SUBNET = "subnet-0a1b2c3d4e5f61105";
    private static final String TGW = "tgw-0a1b2c3d4e5f61119";
    private static final String RT_SHARED = "tgw-rtb-0a1b2c3d4e5f6111d";

    private MainWindowView window;
    private EditorRobot ed;

    @BeforeAll
    static void englishStrings() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage, 1280, 720);
    }

    @Test
    void detachAndAttachFromTheVpcsMenuChangeTheTraceAndUndoBringsItBack(FxRobot robot) {
        ed = new EditorRobot(robot, window);
        MainWindowFixture.open(robot, window, Path.of("diagrams", "tgw-hub-spoke.json").toAbsolutePath());
        assertTrue(trace(model(), "app-1", "shared-1", "tcp", 443).reachable());

        List<String> items = openMenuOnVpc(robot);
        assertTrue(items.contains("Detach from core-tgw"), items.toString());
        assertFalse(items.contains("Attach to transit gateway\u2026"), "its only gateway is attached already: " + items);
        ed.click(".transit-detach");
        assertEquals(2, model().transitAttachments().size());
        assertBlocked(trace(model(), "app-1", "shared-1", "tcp", 443).forward(), TGW, "not-attached");

        ed.keys(KeyCode.SHORTCUT, KeyCode.Z);
        assertEquals(3, model().transitAttachments().size(), "Ctrl+Z brings the attachment back");
        assertTrue(trace(model(), "app-1", "shared-1", "tcp", 443).reachable());

        openMenuOnVpc(robot);
        ed.click(".transit-detach");
        items = openMenuOnVpc(robot);
        assertEquals(List.of("Attach to transit gateway\u2026"), items.stream().filter(t -> t.contains("transit")).toList());
        ed.click(".transit-attach");
        ed.await(() -> robot.lookup("." + TransitCommands.ATTACH_DIALOG).tryQuery(), "the attach dialog");
        ed.keys(KeyCode.ENTER);
        TransitGatewayAttachment again = model().transitAttachments().stream()
                .filter(a -> SPOKE_APP.equals(a.resourceId())).findFirst().orElseThrow();
        assertEquals(List.of(APP_SUBNET), again.subnetIds(), "the zone's subnet comes chosen");
        assertEquals(RT_SHARED, again.routeTableId(), "associated with the gateway's first table, as by default");
        assertTrue(trace(model(), "app-1", "shared-1", "tcp", 443).reachable());
        ed.keys(KeyCode.SHORTCUT, KeyCode.Z);
        assertBlocked(trace(model(), "app-1", "shared-1", "tcp", 443).forward(), TGW, "not-attached");
    }

    private NetworkModel model() {
        return window.getViewModel().document().getDiagram().model();
    }

    /** Right-clicks spoke-app's header (not a subnet inside it); returns the menu's texts. */
    private List<String> openMenuOnVpc(FxRobot robot) {
        ed.awaitSteady(() -> window.getCanvasView().nodeFor(SPOKE_APP), SPOKE_APP);
        Rect b = ed.box(SPOKE_APP);
        Point2D header = ed.screen(SPOKE_APP, b.x() + 12, b.y() + 12);
        robot.moveTo(header);
        robot.clickOn(MouseButton.SECONDARY);
        ed.settle();
        ContextMenu menu = Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(ContextMenu.class::cast).findFirst().orElseThrow(() -> new AssertionError("no context menu"));
        return menu.getItems().stream().map(MenuItem::getText).filter(t -> t != null).toList();
    }
}
