package io.hopscope.ui.trace;

import io.hopscope.testing.MainWindowFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.app.HopscopeApp;
import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.RuleRef;
import io.hopscope.app.files.DiagramLoader;
import io.hopscope.app.window.MainWindowView;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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

/** What the inspector says for each kind of hop, the tour's pointing, and the question across undo/redo/New. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TraceExplorerFindingsUiTest {

    private static final Path GOOD = Path.of("diagrams/ec2-to-rds.json").toAbsolutePath();
    private static final Path BROKEN = Path.of("diagrams/ec2-to-rds-broken-return.json").toAbsolutePath();
    private static final Path PEERING = Path.of("diagrams/vpc-peering.json").toAbsolutePath();
    private static final Path BASTION = Path.of("diagrams/bastion.json").toAbsolutePath();
    private static final String A_PRIVATE_RT = "rtb-0a1b2c3d4e5f6040a";

    private MainWindowView window;

    @BeforeAll
    static void englishStrings() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage, 1280, 720);
    }

    private void open(FxRobot robot, Path file) {
        MainWindowFixture.open(robot, window, file);
    }

    private TraceViewModel vm() {
        return window.getTraceView().getViewModel();
    }

    private void ask(FxRobot robot, String from, String to, String port) {
        robot.clickOn("#fromBox").write(from);
        robot.clickOn("#toBox").write(to);
        robot.doubleClickOn("#portField").eraseText(6).write(port).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Set<String> selection() {
        return Set.copyOf(window.getViewModel().document().getSelection());
    }

    private String finding(FxRobot robot) {
        Label l = robot.lookup("#trace-finding").queryAs(Label.class);
        return l.isVisible() ? l.getText() : "";
    }

    private String verdict(FxRobot robot) {
        return robot.lookup(".trace-verdict").queryAs(Label.class).getText();
    }

    private List<String> question() {
        return List.of(vm().fromProperty().get(), vm().toProperty().get(), vm().protocolProperty().get(),
                vm().portProperty().get());
    }

    private void chord(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        robot.release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the first hop and presses Down until {@code wanted} holds for the current row. */
    private HopRow stepTo(FxRobot robot, java.util.function.Predicate<HopRow> wanted) {
        robot.clickOn(".trace-hops .table-row-cell");
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i <= vm().getRows().size(); i++) {
            HopRow row = vm().getCurrentRow();
            if (row != null && wanted.test(row)) {
                return row;
            }
            robot.type(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        throw new AssertionError("no such hop in " + vm().getRows());
    }

    @Test
    void aRouteTableWithoutARouteShowsItselfWithANoRouteForTheAddressLine(FxRobot robot) {
        open(robot, PEERING);
        // Peering is not transitive: A has no route to C's 10.3.0.0/16.
        ask(robot, "app-1", "analytics-1", "22");
        assertFalse(vm().getTrace().reachable());
        HopRow row = stepTo(robot, r -> r.hop().kind() == ComponentKind.ROUTE_TABLE && r.blocks());
        assertEquals(Set.of(A_PRIVATE_RT), selection());
        assertTrue(finding(robot).startsWith("No route for 10.3.1."), finding(robot));
        assertEquals(RuleRef.Kind.NO_MATCHING_RULE, row.hop().ruleRef().kind());
    }

    @Test
    void aTrackedReplyAtASecurityGroupShowsTheGroupWithTheConnectionTrackingLine(FxRobot robot) {
        open(robot, GOOD);
        ask(robot, "web-1", "orders-db", "3306");
        assertTrue(vm().getTrace().reachable(), verdict(robot));
        HopRow row = stepTo(robot, r -> r.reply() && r.hop().ruleRef().kind() == RuleRef.Kind.TRACKED_CONNECTION);
        assertEquals(1, selection().size());
        String shown = selection().iterator().next();
        assertTrue(shown.startsWith("sg-"), "a security group is shown: " + shown);
        assertTrue(finding(robot).startsWith("Reply allowed by connection tracking"), finding(robot));
        assertTrue(finding(robot).contains(shown), finding(robot));
        assertTrue(row.hop().kind().isSecurityGroups());
    }

    @Test
    void aGatewayHopThatRefusesShowsTheGatewayWithItsFailedCheck(FxRobot robot) {
        open(robot, BASTION);
        // app-1 has no public address: the internet gateway has nothing to translate to it.
        ask(robot, "stranger", "app-1", "22");
        assertFalse(vm().getTrace().reachable(), verdict(robot));
        stepTo(robot, r -> r.hop().kind() == ComponentKind.INTERNET_GATEWAY && r.blocks());
        assertEquals(Set.of("igw-0a1b2c3d4e5f60602"), selection());
        assertTrue(finding(robot).startsWith("Check failed: "), finding(robot));
        assertTrue(finding(robot).contains("10.40.2.10 is not the public IP"), finding(robot));
    }

    @Test
    void eachTourStepShowsTheComponentItNamesInTheInspector(FxRobot robot) {
        open(robot, GOOD);
        robot.clickOn("Help").clickOn("#tour-item");
        WaitForAsyncUtils.waitForFxEvents();
        Map<ComponentKind, String> prefix = Map.of(ComponentKind.SECURITY_GROUP, "sg-",
                ComponentKind.NETWORK_ACL, "acl-", ComponentKind.ROUTE_TABLE, "rtb-");
        for (int i = 0; i < Tour.STEPS.size(); i++) {
            TourStep step = Tour.STEPS.get(i);
            if (i > 0) {
                robot.clickOn(".tour-next");
                WaitForAsyncUtils.waitForFxEvents();
            }
            HopRow row = vm().getCurrentRow();
            assertEquals(step.onReply(), row.reply(), step.key());
            assertTrue(row.hop().kind() == step.kind()
                    || step.kind() == ComponentKind.SECURITY_GROUP && row.hop().kind().isSecurityGroups(), step.key());
            Set<String> shown = selection();
            assertEquals(1, shown.size(), step.key() + ": " + shown);
            assertTrue(shown.iterator().next().startsWith(prefix.get(step.kind())), step.key() + ": " + shown);
        }
        assertTrue(robot.lookup(".tour-next").queryAs(Button.class).isDisabled(), "the last step ends the tour");
        robot.clickOn(".tour-close");
    }

    @Test
    void theTourNeverCoversTheCanvasAndShowsAllOfItsText(FxRobot robot) {
        open(robot, GOOD);
        robot.clickOn("Help").clickOn("#tour-item");
        WaitForAsyncUtils.waitForFxEvents();
        Stage tour = (Stage) robot.listTargetWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot().getStyleClass().contains(TourView.STYLE))
                .findFirst().orElseThrow();
        for (int i = 0; i < Tour.STEPS.size(); i++) {
            if (i > 0) {
                robot.clickOn(".tour-next");
                WaitForAsyncUtils.waitForFxEvents();
            }
            javafx.scene.Node canvas = robot.lookup(".diagram-canvas").query();
            javafx.geometry.Bounds path = canvas.localToScreen(canvas.getBoundsInLocal());
            javafx.geometry.Bounds bubble = new javafx.geometry.BoundingBox(tour.getX(), tour.getY(), tour.getWidth(),
                    tour.getHeight());
            assertFalse(bubble.intersects(path), Tour.STEPS.get(i).key() + ": the tour covers the canvas " + bubble + " " + path);
            javafx.scene.control.Label text = robot.from(tour.getScene().getRoot()).lookup(".tour-step-text")
                    .queryAs(javafx.scene.control.Label.class);
            assertTrue(text.getHeight() + 1 >= text.prefHeight(text.getWidth()),
                    Tour.STEPS.get(i).key() + ": the step text is cut off");
        }
        robot.clickOn(".tour-close");
    }

    @Test
    void theQuestionSurvivesUndoAndBothRedoKeysWithTheTraceReRunAndNewClearsIt(FxRobot robot) {
        open(robot, BROKEN);
        ask(robot, "web-1", "orders-db", "3306");
        List<String> asked = List.of("web-1", "orders-db", "tcp", "3306");
        String blocked = verdict(robot);
        assertFalse(vm().getTrace().reachable());
        Button fix = robot.lookup(".trace-apply-fix").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().contains("acl-")).findFirst().orElseThrow();
        robot.interact(fix::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm().getTrace().reachable());
        String open = verdict(robot);
        assertNotEquals(blocked, open);
        robot.clickOn(".trace-hops .table-row-cell");

        chord(robot, KeyCode.CONTROL, KeyCode.Z);
        assertFalse(vm().getTrace().reachable(), "undo re-traced");
        assertEquals(blocked, verdict(robot));
        assertEquals(asked, question());

        chord(robot, KeyCode.CONTROL, KeyCode.Y);
        assertTrue(vm().getTrace().reachable(), "Ctrl+Y redid and re-traced");
        assertEquals(open, verdict(robot));
        assertEquals(asked, question());

        chord(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals(blocked, verdict(robot));
        chord(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertTrue(vm().getTrace().reachable(), "Ctrl+Shift+Z redid and re-traced");
        assertEquals(open, verdict(robot));
        assertEquals(asked, question());

        robot.clickOn("File").clickOn("New");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Discard");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.getViewModel().document().getDiagram().model().workloads().isEmpty());
        assertEquals(List.of("", "", "tcp", ""), question(), "New starts with an empty question");
        assertEquals(null, vm().getTrace());
    }
}
