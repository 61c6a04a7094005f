package io.hopscope.ui.trace;

import io.hopscope.testing.MainWindowFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.app.HopscopeApp;
import io.hopscope.model.SgPeerKind;
import io.hopscope.model.SgRule;
import io.hopscope.app.files.DiagramLoader;
import io.hopscope.app.window.MainWindowView;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
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

/** The trace explorer as people use it (issue 11 items 12-16), in the real main window at 1280x720. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TraceExplorerBehaviourUiTest {

    private static final Path GOOD = Path.of("diagrams/ec2-to-rds.json").toAbsolutePath();
    private static final Path BROKEN = Path.of("diagrams/ec2-to-rds-broken-return.json").toAbsolutePath();
    private static final String WEB_SG = "sg-0a1b2c3d4e5f6000c";
    private static final String DB_SG = "sg-0a1b2c3d4e5f6000d";

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

    private TableView<?> table(FxRobot robot) {
        return robot.lookup(".trace-hops").queryAs(TableView.class);
    }

    /** Types the question into the form and presses Enter in the port field. */
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

    private void clickApplyFix(FxRobot robot, String containing) {
        Button b = robot.lookup(".trace-apply-fix").queryAllAs(Button.class).stream()
                .filter(x -> x.getText().contains(containing)).findFirst().orElseThrow();
        // By keyboard: a second blocker's button may sit below the fold of the detail pane.
        robot.interact(b::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void selectingAHopWhereNoRuleMatchedShowsItsGroupWithANoMatchingRuleLine(FxRobot robot) {
        open(robot, GOOD);
        ask(robot, "web-1", "orders-db", "5432");
        clickApplyFix(robot, "acl-");
        // With the NACL fixed, the request now ends at the DB's group, where no rule matched.
        robot.clickOn(".trace-hops .table-row-cell").type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(DB_SG), selection());
        assertTrue(finding(robot).startsWith("No matching rule"), finding(robot));
        assertTrue(finding(robot).contains("inbound"), finding(robot));

    }

    @Test
    void steppingWithKeysInTheHopListKeepsFocusThereWhileTheInspectorFollows(FxRobot robot) {
        open(robot, BROKEN);
        ask(robot, "web-1", "orders-db", "3306");
        robot.clickOn(".trace-hops .table-row-cell");
        for (KeyCode key : List.of(KeyCode.DOWN, KeyCode.END, KeyCode.UP, KeyCode.HOME, KeyCode.RIGHT)) {
            robot.type(key);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(table(robot).isFocused(), "focus stays in the hop list after " + key);
            HopRow row = vm().getCurrentRow();
            assertTrue(selection().contains(row.hop().ruleRef().resourceId()) || selection().size() == 1,
                    "the inspector shows the hop's component after " + key + ": " + selection());
        }
        assertEquals(1, vm().currentIndexProperty().get());
    }

    @Test
    void enterInAnyFieldAndCtrlTRunTheTrace(FxRobot robot) {
        open(robot, GOOD);
        robot.clickOn("#portField").write("3306");
        robot.clickOn("#toBox").write("orders-db");
        robot.clickOn("#fromBox").write("web-1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm().getTrace() != null, "Enter in From traced");
        robot.interact(() -> vm().clear());
        robot.clickOn("#protocolBox").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm().getTrace() != null, "Enter in Protocol traced");
        robot.interact(() -> vm().clear());
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm().getTrace() != null, "Ctrl+T traced the filled-in question");
        assertTrue(robot.lookup(".trace-hint").queryAs(Label.class).getText().contains("Ctrl+T"));
    }

    @Test
    void theQuestionSurvivesFixAndUndoAndGoesWithTheDiagram(FxRobot robot) {
        open(robot, BROKEN);
        ask(robot, "web-1", "orders-db", "3306");
        assertFalse(vm().getTrace().reachable());
        clickApplyFix(robot, "acl-");
        assertTrue(vm().getTrace().reachable(), "the fix re-traced live");
        robot.clickOn(".trace-hops .table-row-cell");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(vm().getTrace().reachable(), "undo re-traced live");
        assertEquals(List.of("web-1", "orders-db", "tcp", "3306"), List.of(vm().fromProperty().get(),
                vm().toProperty().get(), vm().protocolProperty().get(), vm().portProperty().get()));

        ask(robot, "", "x", "3306");
        String error = robot.lookup(".trace-error").queryAs(Label.class).getText();
        assertTrue(error.startsWith("To 'orders-dbx'"), error);
        assertFalse(error.contains("--"), "the app names its own fields, not CLI flags: " + error);

        open(robot, GOOD);
        assertEquals("", vm().fromProperty().get());
        assertEquals("", vm().toProperty().get());
        assertEquals("", robot.lookup(".trace-error").queryAs(Label.class).getText());
    }

    @Test
    void at1280x720TheHopListShowsEightHopsWithRuleAndDecisionAndApplyFixInView(FxRobot robot) {
        open(robot, BROKEN);
        ask(robot, "web-1", "orders-db", "3306");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> hops = table(robot);
        Node row = hops.lookup(".table-row-cell");
        Node header = hops.lookup(".column-header-background");
        double room = hops.getHeight() - header.getBoundsInLocal().getHeight();
        assertTrue(room >= 8 * row.getBoundsInLocal().getHeight(), "room for 8 hops: " + room);
        for (String title : List.of("Rule", "Decision")) {
            Node col = robot.lookup(".trace-hops .column-header").lookup((Label l) -> title.equals(l.getText()))
                    .query();
            Bounds b = col.localToScene(col.getBoundsInLocal());
            Bounds t = hops.localToScene(hops.getBoundsInLocal());
            assertTrue(b.getMaxX() <= t.getMaxX(), title + " column is in view");
        }
        Node fix = robot.lookup(".trace-apply-fix").query();
        ScrollPane detail = robot.lookup(".trace-detail-scroll").queryAs(ScrollPane.class);
        Bounds f = fix.localToScene(fix.getBoundsInLocal());
        Bounds d = detail.localToScene(detail.getBoundsInLocal());
        assertTrue(f.getMaxY() <= d.getMaxY() && f.getMinY() >= d.getMinY(), "Apply fix in view without scrolling");
        Node verdict = robot.lookup(".trace-verdict").query();
        Node next = robot.lookup(".trace-next").query();
        assertTrue(verdict.localToScene(verdict.getBoundsInLocal()).getMinY()
                >= next.localToScene(next.getBoundsInLocal()).getMaxY(), "the verdict wraps below the step buttons");

        double before = hops.getHeight();
        robot.clickOn(".trace-enlarge");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(hops.getHeight() > before + 50, "Enlarge gives the panel more of the window");
        robot.clickOn(".trace-enlarge");
        assertFalse(robot.lookup(".trace-enlarge").queryAs(ToggleButton.class).isSelected());
    }

    @Test
    void aBlockedTierPathIsFixedWithARuleNamingTheSourcesSecurityGroup(FxRobot robot) {
        open(robot, GOOD);
        ask(robot, "web-1", "orders-db", "5432");
        clickApplyFix(robot, "from " + WEB_SG);
        List<SgRule> inbound = window.getViewModel().document().getDiagram().model().securityGroup(DB_SG).inbound();
        assertTrue(inbound.stream().anyMatch(r -> r.peer().kind() == SgPeerKind.SECURITY_GROUP
                && WEB_SG.equals(r.peer().refId())), inbound.toString());
        assertTrue(inbound.stream().noneMatch(r -> r.peer().kind() == SgPeerKind.CIDR
                && r.peer().cidr().prefixLength() == 32), "no /32 address rule: " + inbound);
    }
}
