package io.hopscope.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.app.window.MainWindowView;
import io.hopscope.diagram.render.TraceLeg;
import io.hopscope.model.LoadBalancer;
import io.hopscope.model.Target;
import io.hopscope.model.TargetGroup;
import io.hopscope.testing.MainWindowFixture;
import io.hopscope.ui.common.DiagramDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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
 * A load balancer as a person works with one (rulebook 10): an ALB dragged from the palette into a
 * public subnet, a listener and a target added in the inspector, the shopper traced through the
 * sample's ALB to an app server, the trap listener fixed by the target's port in the target table,
 * and the fix undone, all with mouse and keyboard on the real window.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LoadBalancerUiTest {

    private static final String ALB = "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web-alb/6a1f0c2d9e3b4a10";
    private static final String BETA_TG = "arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/beta-tg/2c3d4e5f60718293";
    private static final String PUBLIC_A = "subnet-0a1b2c3d4e5f61503";
    private static final String PUBLIC_B = "subnet-0a1b2c3d4e5f61504";
    private static final String APP_1 = "i-0a1b2c3d4e5f61515";
    private static final String APP_2 = "i-0a1b2c3d4e5f61516";

    private MainWindowView window;

    @BeforeAll
    static void englishStrings() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage, 1280, 900);
    }

    private DiagramDocument doc() {
        return window.getViewModel().document();
    }

    private Node shape(String id) {
        return window.getCanvasView().nodeFor(id).orElseThrow(() -> new AssertionError("no node for " + id));
    }

    private static Point2D at(Node node, double fx, double fy) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(b.getMinX() + b.getWidth() * fx, b.getMinY() + b.getHeight() * fy);
    }

    private void ask(FxRobot robot, String from, String to, String port) {
        ComboBox<?> fromBox = robot.lookup("#fromBox").queryAs(ComboBox.class);
        robot.clickOn(fromBox).push(KeyCode.SHORTCUT, KeyCode.A).write(from);
        robot.clickOn("#toBox").push(KeyCode.SHORTCUT, KeyCode.A).write(to);
        robot.doubleClickOn("#portField").eraseText(6).write(port).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens a picker and clicks the item in its list (the same words may show in a table cell too). */
    private static void pick(FxRobot robot, String combo, String item) {
        robot.clickOn(combo);
        MainWindowFixture.waitFor(() -> robot.lookup(".combo-box-popup .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> item.equals(c.getText())).tryQuery().isPresent());
        robot.clickOn((Node) robot.lookup(".combo-box-popup .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> item.equals(c.getText())).query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean passes(FxRobot robot) {
        return robot.lookup(".trace-verdict").query().getStyleClass().contains("trace-pass");
    }

    private TableCell<?, ?> portCell(FxRobot robot, int row) {
        return robot.lookup("#targets-table .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> "port".equals(c.getTableColumn().getId()) && c.getIndex() == row && c.isVisible())
                .findFirst().orElseThrow();
    }

    @Test
    void albFromThePaletteThenATraceThroughItAndTheTrapFixedInTheTargetTable(FxRobot robot) {
        MainWindowFixture.open(robot, window, Path.of("diagrams/alb-web-app.json"));
        robot.interact(() -> window.getViewModel().canvas().setScale(0.7));
        WaitForAsyncUtils.waitForFxEvents();
        MainWindowFixture.waitUntilShown(shape(PUBLIC_B));

        // An ALB dropped into public-b: internet-facing, a node there and one in public-a, drawn across both.
        robot.drag("#palette-application-load-balancer", MouseButton.PRIMARY).moveTo(at(shape(PUBLIC_B), 0.3, 0.62))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, doc().getSelection().size(), window.getViewModel().editor().getMessage());
        String lbId = doc().getSelection().iterator().next();
        LoadBalancer lb = doc().getDiagram().model().get(lbId, LoadBalancer.class);
        assertFalse(lb.internal());
        assertEquals(List.of(PUBLIC_B, PUBLIC_A), lb.subnetIds());
        assertEquals(2, window.getViewModel().canvas().getPicture().links().stream()
                .filter(l -> l.kind() == io.hopscope.diagram.render.LinkKind.LB_NODE).count(),
                () -> "each ALB reaches its other subnet: " + window.getViewModel().canvas().getPicture().links());

        // A listener on 8080 forwarding to the new ALB's own target group, from the Listeners tab.
        String newGroup = ListenersViewModel.choice(doc().getDiagram().model(),
                lb.listeners().get(0).targetGroupIds().get(0)).label();
        robot.clickOn("#listener-port").write("8080");
        pick(robot, "#listener-target-group", newGroup);
        robot.clickOn(".listener-add");
        assertEquals(2, doc().getDiagram().model().get(lbId, LoadBalancer.class).listeners().size(),
                () -> robot.lookup(".rule-error").queryAllAs(javafx.scene.control.Label.class).stream()
                        .map(javafx.scene.control.Label::getText).toList() + " port field: "
                        + robot.lookup("#listener-port").queryAs(javafx.scene.control.TextField.class).getText()
                        + " group: " + robot.lookup("#listener-target-group").queryAs(ComboBox.class).getValue());

        // app-1 registered on 8080 in the Target groups tab: a target line appears.
        java.util.function.IntSupplier targetLines = () -> (int) window.getViewModel().canvas().getPicture().links()
                .stream().filter(l -> l.kind() == io.hopscope.diagram.render.LinkKind.LB_TARGET).count();
        int linesBefore = targetLines.getAsInt();
        robot.clickOn("Target groups");
        ComboBox<?> target = robot.lookup("#target-id").queryAs(ComboBox.class);
        robot.clickOn(target.getEditor()).write(APP_1);
        robot.clickOn("#target-port").write("8080");
        robot.clickOn(".target-register");
        TargetGroup tg = doc().getDiagram().model().get(lb.listeners().get(0).targetGroupIds().get(0), TargetGroup.class);
        assertEquals(List.of(new Target(APP_1, 8080)), tg.targets());
        assertEquals(linesBefore + 1, targetLines.getAsInt());

        // The shopper through the sample's ALB: the overlay goes on from the load balancer to an app server.
        ask(robot, "internet-shopper", "web-alb", "443");
        assertTrue(passes(robot), robot.lookup(".trace-verdict").queryAs(javafx.scene.control.Label.class).getText());
        robot.clickOn(".trace-last");
        List<TraceLeg> legs = window.getCanvasView().traceOverlayLegs();
        int intoLb = legs.indexOf(new TraceLeg(PUBLIC_A, ALB, true, false));
        int toApp = java.util.stream.IntStream.range(0, legs.size()).filter(i -> !legs.get(i).reply()
                && (legs.get(i).toId().equals(APP_1) || legs.get(i).toId().equals(APP_2))).findFirst().orElse(-1);
        assertTrue(intoLb >= 0 && toApp > intoLb, "past the load balancer on to an app server: " + legs);
        assertTrue(legs.stream().anyMatch(l -> l.toId().equals(ALB) && l.reply()), "the reply comes back through it");

        // The trap: beta-tg registers app-2 on 80; the live trace turns green once the port is 8080.
        ask(robot, "internet-shopper", "web-alb", "8443");
        assertFalse(passes(robot));
        robot.clickOn(at(shape(ALB), 0.5, 0.3));
        assertEquals(java.util.Set.of(ALB), doc().getSelection());
        robot.clickOn("Target groups");
        pick(robot, "#tg-picker", "beta-tg (HTTP:80)");
        assertEquals(BETA_TG, ((GroupChoice) robot.lookup("#tg-picker").queryAs(ComboBox.class).getValue()).id());
        assertEquals("80", ((TableCell<?, ?>) portCell(robot, 0)).getText());
        robot.doubleClickOn(portCell(robot, 0)).push(KeyCode.SHORTCUT, KeyCode.A).write("8080").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(8080, doc().getDiagram().model().get(BETA_TG, TargetGroup.class).targets().get(0).port());
        assertTrue(passes(robot), "the shown trace re-ran after the edit");

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(80, doc().getDiagram().model().get(BETA_TG, TargetGroup.class).targets().get(0).port());
        assertFalse(passes(robot), "undo brings the trap back");
    }

    /** Like a rule hop opens its rule's row, a target-group hop opens the load balancer's Target groups tab at that group. */
    @Test
    void clickingATargetGroupHopOpensTheLoadBalancersTargetGroupsTabAtThatGroup(FxRobot robot) {
        MainWindowFixture.open(robot, window, Path.of("diagrams/alb-web-app.json"));
        ask(robot, "internet-shopper", "web-alb", "8443");
        javafx.scene.control.TableRow<?> row = robot.lookup(".trace-hops .table-row-cell")
                .match((javafx.scene.control.TableRow<?> r) -> r.getItem() instanceof io.hopscope.ui.trace.HopRow h
                        && h.hop().kind() == io.hopscope.engine.ComponentKind.TARGET_GROUP)
                .queryAs(javafx.scene.control.TableRow.class);
        assertEquals(BETA_TG, ((io.hopscope.ui.trace.HopRow) row.getItem()).hop().componentId());
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.Set.of(ALB), doc().getSelection(), "the group's load balancer is shown");
        javafx.scene.control.TabPane tabs = robot.lookup(".inspector-view .tab-pane").queryAs(javafx.scene.control.TabPane.class);
        assertEquals(InspectorSection.TARGET_GROUPS, tabs.getSelectionModel().getSelectedItem().getId());
        assertEquals(BETA_TG, ((GroupChoice) robot.lookup("#tg-picker").queryAs(ComboBox.class).getValue()).id(),
                "with the hop's group chosen");
    }
}
