package io.hopscope.ui.trace;

import io.hopscope.testing.MainWindowFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.app.HopscopeApp;
import io.hopscope.edit.AddAclEntryEdit;
import io.hopscope.model.AclEntry;
import io.hopscope.model.RuleAction;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import io.hopscope.ui.canvas.DiagramCanvasView;
import io.hopscope.diagram.render.TraceLeg;
import io.hopscope.app.files.DiagramLoader;
import io.hopscope.app.window.MainWindowView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
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

/** The trace explorer in the real main window, headless, on the ec2-to-rds sample files. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TraceExplorerUiTest {

    private static final Path GOOD = Path.of("diagrams/ec2-to-rds.json").toAbsolutePath();
    private static final Path BROKEN = Path.of("diagrams/ec2-to-rds-broken-return.json").toAbsolutePath();
    private static final String BROKEN_DB_NACL = "acl-0a1b2c3d4e5f6010a";
    private static final String BROKEN_WEB = "i-0a1b2c3d4e5f60110";
    private static final String BROKEN_DB_SUBNET = "subnet-0a1b2c3d4e5f60104";

    private MainWindowView window;
    private final List<String> revealed = new ArrayList<>();

    @BeforeAll
    static void englishStrings() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage, 1240, 780);
        window.getTraceView().setRuleRevealer(hop -> revealed.add(hop.ruleRef().resourceId() + " " + hop.ruleRef().kind()));
    }

    private void open(FxRobot robot, Path file) {
        MainWindowFixture.open(robot, window, file);
        // Give the trace panel the lower half of the window, as a user would drag it.
        SplitPane vertical = (SplitPane) robot.lookup(n -> n instanceof SplitPane sp
                && sp.getOrientation() == Orientation.VERTICAL && sp.getStyleClass().contains("split-pane")
                && sp.getItems().stream().anyMatch(i -> i.getStyleClass().contains("bottom-tabs"))).query();
        robot.interact(() -> vertical.setDividerPositions(0.45));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.getCanvasView().fitToWindow());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TraceViewModel vm() {
        return window.getTraceView().getViewModel();
    }

    private String verdict(FxRobot robot) {
        return robot.lookup(".trace-verdict").queryAs(Label.class).getText();
    }

    private TableView<?> table(FxRobot robot) {
        return robot.lookup(".trace-hops").queryAs(TableView.class);
    }

    private Node shape(FxRobot robot, String id) {
        return robot.lookup(n -> id.equals(n.getProperties().get(DiagramCanvasView.RESOURCE_ID))).query();
    }

    private void traceWebToDb(FxRobot robot) {
        robot.interact(() -> {
            vm().fromProperty().set("web-1");
            vm().toProperty().set("orders-db");
            vm().portProperty().set("3306");
        });
        robot.clickOn(".trace-run");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void askingFromTheKeyboardTracesEc2ToRdsAndBothDirectionsPass(FxRobot robot) {
        open(robot, GOOD);
        TabPane tabs = robot.lookup(".bottom-tabs").queryAs(TabPane.class);
        Tab traceTab = tabs.getTabs().stream().filter(t -> "trace-tab".equals(t.getId())).findFirst().orElseThrow();

        robot.push(KeyCode.SHORTCUT, KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(traceTab.isSelected());
        robot.write("web-1");
        robot.clickOn((Node) robot.lookup(".trace-query .combo-box").nth(1).query()).write("orders-db");
        robot.clickOn(robot.lookup(".trace-query .combo-box").nth(3).queryAs(Node.class));
        robot.clickOn("MySQL (tcp/3306)");
        robot.clickOn(".trace-run");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Request reaches orders-db; reply reaches web-1", verdict(robot));
        assertTrue(robot.lookup(".trace-verdict").query().getStyleClass().contains("trace-pass"));
        assertEquals(10, table(robot).getItems().size());
        assertEquals(0, table(robot).getSelectionModel().getSelectedIndex());
        assertTrue(shape(robot, "i-0a1b2c3d4e5f60010").getStyleClass().contains("trace-current"),
                "the first hop (web-sg egress) glows on web-1");

        robot.clickOn(".trace-last");
        List<TraceLeg> legs = window.getCanvasView().traceOverlayLegs();
        assertTrue(legs.size() >= 6, "there and back: " + legs);
        assertTrue(legs.stream().allMatch(TraceLeg::allowed));
        assertTrue(legs.stream().anyMatch(TraceLeg::reply));
        assertEquals(legs.size(), robot.lookup(".trace-leg-allow").queryAll().size());

        robot.clickOn("Export").clickOn("Copy as JSON");
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertEquals(vm().exportJson(), copied[0]);
        assertTrue(copied[0].contains("\"reachable\" : true"), copied[0]);

        robot.clickOn("Trace").clickOn("Clear Trace");
        assertTrue(table(robot).getItems().isEmpty());
        assertTrue(window.getCanvasView().traceOverlayLegs().isEmpty());
        assertTrue(robot.lookup(".trace-leg").queryAll().isEmpty());
    }

    @Test
    void steppingToAHopOutOfViewScrollsTheCanvasToIt(FxRobot robot) {
        open(robot, BROKEN);
        robot.interact(() -> window.getViewModel().canvas().setScale(3.0));
        WaitForAsyncUtils.waitForFxEvents();
        traceWebToDb(robot);
        javafx.scene.control.ScrollPane scroll = robot.lookup(".canvas-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        javafx.geometry.Bounds view = scroll.localToScreen(scroll.getLayoutBounds());
        robot.interact(() -> {
            // Park the view at the far corner, away from both ends of the path.
            scroll.setHvalue(1);
            scroll.setVvalue(1);
        });
        robot.clickOn(".trace-last");
        WaitForAsyncUtils.waitForFxEvents();
        Node current = robot.lookup(n -> n.getStyleClass().contains("trace-current")
                || n.getStyleClass().contains("trace-current-blocked")).query();
        javafx.geometry.Bounds hop = current.localToScreen(current.getBoundsInLocal());
        assertTrue(scroll.getHvalue() < 1 || scroll.getVvalue() < 1, "the canvas moved from the far corner");
        assertTrue(view.intersects(hop), "the current hop's shape is scrolled into view: " + hop + " in " + view);
        double h = scroll.getHvalue();
        double v = scroll.getVvalue();
        robot.clickOn(".trace-last");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(h, scroll.getHvalue(), 1e-9, "a hop already in view does not move the canvas");
        assertEquals(v, scroll.getVvalue(), 1e-9);
    }

    @Test
    void brokenReturnIsDroppedAtTheDbNaclRuleStarAndEveryHopCanBeSteppedWithButtonsAndKeys(FxRobot robot) {
        open(robot, BROKEN);
        robot.interact(() -> vm().portProperty().set("3306"));
        // Ask on the canvas: "Trace from here" on web-1, then click orders-db as the destination.
        robot.clickOn(shape(robot, BROKEN_WEB), MouseButton.SECONDARY);
        robot.clickOn(".trace-from-here");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm().pickingDestinationProperty().get());
        robot.clickOn(shape(robot, "orders-db"));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Request reaches orders-db; reply dropped at db-nacl (" + BROKEN_DB_NACL + "), rule *", verdict(robot));
        TableView<?> table = table(robot);
        assertEquals(7, table.getItems().size());

        for (int i = 1; i < 7; i++) {
            robot.clickOn(".trace-next");
            assertEquals(i, table.getSelectionModel().getSelectedIndex());
        }
        assertTrue(vm().getCurrentRow().blocks());
        Node marked = robot.lookup(".trace-hops .deciding-rule").query();
        assertEquals("*", ((javafx.scene.control.Labeled) marked).getText(), "the deciding rule is highlighted");
        assertTrue(revealed.contains(BROKEN_DB_NACL + " DEFAULT_RULE"), "the rule is revealed in its table: " + revealed);
        assertTrue(shape(robot, BROKEN_DB_SUBNET).getStyleClass().contains("trace-current-blocked"));
        assertFalse(robot.lookup(".trace-leg-deny").queryAll().isEmpty(), "the dropping leg is red");
        assertTrue(robot.lookup(".trace-explanation").queryAs(Label.class).getText().contains("ephemeral port"));

        robot.clickOn(".trace-first");
        assertEquals(0, table.getSelectionModel().getSelectedIndex());
        robot.clickOn(".trace-previous");
        assertEquals(0, table.getSelectionModel().getSelectedIndex());

        robot.clickOn(table);
        robot.push(KeyCode.END);
        assertEquals(6, vm().currentIndexProperty().get());
        robot.push(KeyCode.HOME);
        assertEquals(0, vm().currentIndexProperty().get());
        for (int i = 1; i < 7; i++) {
            robot.push(KeyCode.RIGHT);
            assertEquals(i, vm().currentIndexProperty().get());
        }
        robot.push(KeyCode.RIGHT);
        assertEquals(6, vm().currentIndexProperty().get(), "stays on the last hop");
        robot.push(KeyCode.LEFT);
        assertEquals(5, vm().currentIndexProperty().get());

        // Play at the fastest speed from the first hop: it walks to the last hop and stops there.
        robot.interact(() -> robot.lookup(".slider").queryAs(javafx.scene.control.Slider.class).setValue(4));
        robot.push(KeyCode.HOME);
        robot.push(KeyCode.SPACE);
        ToggleButton play = robot.lookup(".trace-play").queryAs(ToggleButton.class);
        assertTrue(play.isSelected());
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
            while (play.isSelected()) {
                Thread.sleep(50);
            }
        });
        assertEquals(6, vm().currentIndexProperty().get());
    }

    @Test
    void applyingTheFixTurnsTheTraceGreenUndoTurnsItRedAndEditsRetraceLive(FxRobot robot) {
        open(robot, BROKEN);
        traceWebToDb(robot);
        assertTrue(robot.lookup(".trace-verdict").query().getStyleClass().contains("trace-fail"));

        robot.clickOn(".trace-last");
        assertFalse(robot.lookup(".trace-leg-deny").queryAll().isEmpty(), "the reply's last leg is red");
        Button apply = robot.lookup("." + BlockerList.APPLY_FIX).queryAs(Button.class);
        assertTrue(apply.getText().startsWith("Apply fix: Add outbound rule"));
        robot.clickOn(apply);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Request reaches orders-db; reply reaches web-1", verdict(robot));
        assertTrue(robot.lookup(".trace-verdict").query().getStyleClass().contains("trace-pass"));
        assertEquals(10, table(robot).getItems().size());
        assertTrue(robot.lookup("." + BlockerList.APPLY_FIX).queryAll().isEmpty());
        assertTrue(window.getViewModel().document().isDirty());
        assertTrue(robot.lookup(".trace-leg-deny").queryAll().isEmpty(), "redrawn after the edit, all green");
        assertFalse(robot.lookup(".trace-leg-allow").queryAll().isEmpty());

        robot.interact(() -> window.getViewModel().document().undo());
        assertTrue(verdict(robot).contains("reply dropped at db-nacl"));
        assertTrue(robot.lookup(".trace-verdict").query().getStyleClass().contains("trace-fail"));
        assertFalse(robot.lookup(".trace-leg-deny").queryAll().isEmpty(), "red again on the canvas");

        // An edit made anywhere (here: a deny rule in db-nacl) re-runs the shown trace.
        robot.interact(() -> window.getViewModel().document().perform(new AddAclEntryEdit(BROKEN_DB_NACL,
                new AclEntry(50, false, Protocol.TCP, new PortRange(3306, 3306), null, Cidr.parse("10.0.1.0/24"),
                        RuleAction.DENY))));
        assertTrue(verdict(robot).startsWith("Request dropped at db-nacl (" + BROKEN_DB_NACL + "), rule 50"));
        assertTrue(shape(robot, BROKEN_DB_SUBNET) != null);
    }

    @Test
    void theTourOffersTheSampleThenStepsThroughTracesThatExplain(FxRobot robot) {
        robot.clickOn("Help");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Tour: EC2 to RDS\u2026");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(".tour-open-sample");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.getViewModel().getTitle().endsWith("ec2-to-rds.json"));
        assertEquals("Security groups are stateful", robot.lookup(".tour-step-title").queryAs(Label.class).getText());
        assertEquals("Request reaches orders-db; reply reaches web-1", verdict(robot));
        assertEquals("TRACKED", vm().getCurrentRow().decision());

        robot.clickOn(".tour-next");
        assertEquals("The stateless NACL return trap", robot.lookup(".tour-step-title").queryAs(Label.class).getText());
        assertEquals("100", vm().getCurrentRow().rule());
        for (int i = 0; i < 3; i++) {
            robot.clickOn(".tour-next");
        }
        assertEquals("Step 5 of 5", robot.lookup(n -> n instanceof Label l && "Step 5 of 5".equals(l.getText())).queryAs(Label.class).getText());
        assertTrue(verdict(robot).startsWith("Request dropped at web-nacl"));
        assertTrue(robot.lookup(".tour-next").queryAs(Button.class).isDisabled());
        robot.clickOn(".tour-close");
    }
}
