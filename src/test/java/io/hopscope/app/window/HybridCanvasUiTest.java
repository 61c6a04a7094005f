package io.hopscope.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.engine.Trace;
import io.hopscope.engine.Verdict;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.model.CustomerGateway;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.VpnConnection;
import io.hopscope.model.VpnGateway;
import io.hopscope.model.net.Cidr;
import io.hopscope.testing.MainWindowFixture;
import io.hopscope.ui.common.DiagramDocument;
import io.hopscope.ui.trace.TraceViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A person connects the shop VPC to an office through the real window: a virtual private gateway on
 * the VPC (a second is refused), a customer gateway with the office's CIDR typed in the inspector, a
 * static VPN, then route propagation switched on in the web subnet's route table from the table's
 * inspector. The trace from the office to web-1 reaches; one undo and it fails again at the table.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class HybridCanvasUiTest {

    private static final Path SHOP = Path.of("diagrams/ec2-to-rds.json");
    private static final String VPC = "vpc-0a1b2c3d4e5f60001";
    private static final String WEB_SUBNET = "subnet-0a1b2c3d4e5f60003";
    private static final String PUBLIC_TABLE = "rtb-0a1b2c3d4e5f60007";
    private static final String OFFICE = "192.168.50.0/24";

    private MainWindowView window;

    @BeforeAll
    static void englishStrings() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage, 1240, 780);
    }

    private DiagramDocument doc() {
        return window.getViewModel().document();
    }

    private NetworkModel model() {
        return doc().getDiagram().model();
    }

    private Trace trace(FxRobot robot, String from, String to, String port) {
        TraceViewModel vm = window.getTraceView().getViewModel();
        robot.interact(() -> {
            vm.fromProperty().set(from);
            vm.toProperty().set(to);
            vm.portProperty().set(port);
        });
        robot.clickOn(".trace-run");
        WaitForAsyncUtils.waitForFxEvents();
        return vm.traceProperty().get();
    }

    /** Types into an inspector field of the hybrid section and presses Enter; the value must be accepted. */
    private static void type(EditorRobot hands, FxRobot robot, String id, String value) {
        Node field = hands.await(() -> robot.lookup("#" + id).tryQuery(), id);
        hands.click(field);
        hands.awaitCaretIn(field, () -> hands.click(field));
        hands.retype(value);
        Label error = robot.lookup("#error-" + id).queryAs(Label.class);
        assertFalse(error.isVisible(), id + " refused '" + value + "': " + error.getText());
        assertEquals(value, robot.lookup("#" + id).queryAs(TextField.class).getText());
    }

    @Test
    void aStaticVpnAndRoutePropagationLetTheOfficeReachWebAndUndoTakesItBack(FxRobot robot) {
        EditorRobot hands = new EditorRobot(robot, window);
        robot.interact(() -> {
            doc().replace(DiagramReader.read(SHOP).diagram(), null);
            window.getViewModel().canvas().setScale(0.8);
        });
        WaitForAsyncUtils.waitForFxEvents();

        String vgw = hands.drop("vpn-gateway", hands.screen(VPC, 620, 230));
        assertEquals(VPC, model().get(vgw, VpnGateway.class).vpcId(), "attached to the VPC it was dropped on");
        assertTrue(robot.lookup("#hybrid-vgwVpc").tryQuery().isPresent(), "the inspector shows its attachment");

        // One virtual private gateway per VPC: a second drop is refused and says why.
        int resources = model().allResources().size();
        hands.dragTo(robot.lookup("#palette-vpn-gateway").query(), hands.screen(VPC, 740, 230));
        assertEquals(resources, model().allResources().size());
        String refusal = window.getViewModel().editor().getMessage();
        assertTrue(refusal.contains("already has virtual private gateway") && refusal.contains("one at most"), refusal);

        String cgw = hands.drop("customer-gateway", hands.screen(VPC, 560, 60));
        type(hands, robot, "hybrid-cgwCidrs", OFFICE);
        assertEquals(List.of(Cidr.parse(OFFICE)), model().get(cgw, CustomerGateway.class).cidrs());

        String vpn = hands.drop("vpn-connection", hands.screen(VPC, 700, 230));
        VpnConnection created = model().get(vpn, VpnConnection.class);
        assertEquals(vgw, created.vpnGatewayId());
        assertEquals(cgw, created.customerGatewayId());
        assertTrue(created.staticRoutesOnly());
        assertEquals(List.of(Cidr.parse(OFFICE)), created.staticRoutes(), "the static VPN routes the office's CIDR");

        // The trap: shop-public sends the reply to 192.168.50.1 to the internet gateway.
        Trace before = trace(robot, cgw, "web-1", "443");
        assertEquals(Verdict.UNREACHABLE, before.verdict());
        assertEquals(null, before.forward().blockedAt(), "the request arrives over the VPN");

        hands.click(hands.subnetBadge(WEB_SUBNET, "RT "));
        assertEquals(Set.of(PUBLIC_TABLE), doc().getSelection());
        // The table's tabs are rebuilt as the selection settles: click the header once it stands still.
        hands.click(hands.awaitSteady(() -> robot.lookup("#propagation").match(RobotHands::shown).tryQuery(),
                "the route propagation tab"));
        // The tab's content is laid out over the next pulses: a click aimed while it moves is lost.
        CheckBox propagate = (CheckBox) hands.awaitSteady(() -> robot.lookup("#propagate-" + vgw).tryQuery(),
                "propagation switch");
        assertFalse(propagate.isSelected());
        hands.click(propagate);
        assertTrue(model().routeTable(PUBLIC_TABLE).propagatingVgwIds().contains(vgw));
        assertTrue(model().routeTable(PUBLIC_TABLE).routes().stream()
                .anyMatch(r -> r.propagated() && OFFICE.equals(r.destinationText()) && vgw.equals(r.targetId())));
        assertTrue(doc().undoTextProperty().get().startsWith("Turn on route propagation from"),
                doc().undoTextProperty().get());
        assertEquals(Verdict.REACHABLE, trace(robot, cgw, "web-1", "443").verdict());

        hands.keys(KeyCode.SHORTCUT, KeyCode.Z);
        assertFalse(model().routeTable(PUBLIC_TABLE).routes().stream().anyMatch(r -> r.propagated()),
                "one undo takes the switch and its route back");
        Trace undone = trace(robot, cgw, "web-1", "443");
        assertEquals(Verdict.UNREACHABLE, undone.verdict());
        assertEquals(before.reply().blockedAt(), undone.reply().blockedAt(), "it fails where it failed before");
    }
}
