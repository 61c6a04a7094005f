package io.hopscope.ui.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.app.window.MainWindowView;
import io.hopscope.engine.Verdict;
import io.hopscope.testing.MainWindowFixture;
import io.hopscope.ui.canvas.CanvasContextMenu;
import io.hopscope.ui.canvas.DiagramCanvasView;
import io.hopscope.ui.canvas.ExposureBadges;
import io.hopscope.ui.trace.TraceViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
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
 * The reachability features as a person uses them: right-click the database, "Who can reach this?",
 * read the rows, click one and see its trace; the internet badges following rule edits and undo;
 * the keyboard-only path; a small window.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ReachabilityUiTest {
    private static final Path SAMPLE = Path.of("diagrams/ec2-to-rds.json").toAbsolutePath();
    private static final String WEB = ReachPanelViewModelTest.WEB;
    private static final String WEB_SG = ReachPanelViewModelTest.WEB_SG;

    private MainWindowView window;
    private Stage stage;

    @BeforeAll
    static void englishStrings() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = MainWindowFixture.show(stage, 1240, 780);
    }

    private Node shape(FxRobot robot, String id) {
        return robot.lookup(n -> id.equals(n.getProperties().get(DiagramCanvasView.RESOURCE_ID))
                && n.getStyleClass().contains("shape")).query();
    }

    private ReachPanelViewModel reach() {
        return window.getReachPanels().reach().getViewModel();
    }

    private void waitForAnswer() {
        MainWindowFixture.waitFor(() -> !reach().runningProperty().get() && !reach().getRows().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private TableView<ReachRow> table(FxRobot robot) {
        return robot.lookup(".reach-table").queryAs(TableView.class);
    }

    @Test
    void whoCanReachTheDatabaseListsTheWebServerAndAClickedRowShowsItsTrace(FxRobot robot) {
        MainWindowFixture.open(robot, window, SAMPLE);
        robot.clickOn(shape(robot, "orders-db"), MouseButton.SECONDARY);
        robot.clickOn("." + ReachPanelView.WHO_ITEM);
        waitForAnswer();
        TabPane tabs = robot.lookup(".bottom-tabs").queryAs(TabPane.class);
        assertEquals("reach-tab", tabs.getSelectionModel().getSelectedItem().getId(), "the panel comes forward");
        assertEquals("Who can reach orders-db?", robot.lookup(".reach-title").queryAs(Label.class).getText());
        List<ReachRow> rows = List.copyOf(table(robot).getItems());
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).source().contains("web-1"));
        assertEquals("3306", rows.get(0).ports());
        assertTrue(robot.lookup(".reach-source-ring").tryQuery().isPresent(), "the source is ringed on the canvas");
        assertEquals(WEB, robot.lookup(".reach-source-ring").query().getProperties().get(DiagramCanvasView.RESOURCE_ID));

        Node row = robot.lookup(".reach-table .table-row-cell").nth(0).query();
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        TraceViewModel trace = window.getTraceView().getViewModel();
        assertEquals("trace-tab", tabs.getSelectionModel().getSelectedItem().getId(), "the trace explorer shows the row's packet");
        assertEquals(Verdict.REACHABLE, trace.getTrace().verdict());
        assertEquals(3306, trace.getTrace().query().destinationPort());
        assertFalse(trace.getRows().isEmpty());
    }

    @Test
    void theKeyboardAloneAsksAndTracesARow(FxRobot robot) {
        MainWindowFixture.open(robot, window, SAMPLE);
        robot.interact(() -> {
            window.getViewModel().document().getSelection().clear();
            window.getViewModel().document().getSelection().add(WEB);
            window.getCanvasView().requestFocus();
        });
        robot.push(KeyCode.SHIFT, KeyCode.F10);
        WaitForAsyncUtils.waitForFxEvents();
        CanvasContextMenu menu = window.getCanvasView().contextMenu();
        assertTrue(menu.menu().isShowing());
        int steps = 0;
        for (MenuItem item : menu.menu().getItems()) {
            if (item instanceof SeparatorMenuItem || item.isDisable()) {
                continue;
            }
            steps++;
            if (item.getStyleClass().contains(ReachPanelView.WHAT_ITEM)) {
                break;
            }
        }
        // The menu opened from the keyboard has its first item focused already.
        for (int i = 1; i < steps; i++) {
            robot.push(KeyCode.DOWN);
        }
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        waitForAnswer();
        assertEquals("What can web-1 reach?", reach().titleProperty().get());
        MainWindowFixture.waitFor(() -> table(robot).isFocused());
        robot.push(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        ReachRow selected = table(robot).getSelectionModel().getSelectedItem();
        assertTrue(selected != null);
        assertEquals(java.util.Set.of(selected.targetShape()), reach().highlightProperty().get().targets(),
                "the canvas marks the selected row's path only");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(selected.verdict(), window.getTraceView().getViewModel().getTrace().verdict(),
                "Enter traces the selected row; the trace agrees with it");
    }

    @Test
    void theInternetBadgeFollowsARuleEditAndItsUndoAndTheViewMenuHidesIt(FxRobot robot) {
        MainWindowFixture.open(robot, window, SAMPLE);
        ExposureBadgesViewModel badges = window.getReachPanels().badges();
        MainWindowFixture.waitFor(() -> "tcp 443".equals(badgeText(robot, WEB)));
        int answers = badges.answersProperty().get();
        robot.interact(() -> window.getViewModel().document().perform(
                new io.hopscope.edit.RemoveSecurityGroupRuleEdit(WEB_SG, true, 0)));
        MainWindowFixture.waitFor(() -> badges.answersProperty().get() > answers && badgeText(robot, WEB) == null);
        assertEquals(1, badges.lastRecomputed(), "only the target that met web-sg was answered again");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        MainWindowFixture.waitFor(() -> "tcp 443".equals(badgeText(robot, WEB)));

        robot.clickOn("View");
        robot.clickOn("Internet Exposure Badges");
        MainWindowFixture.waitFor(() -> badgeText(robot, WEB) == null);
        assertFalse(badges.enabledProperty().get());
    }

    @Test
    void aPortDependentExposureLooksDifferentAndItsTooltipSaysWhichAcl(FxRobot robot) {
        MainWindowFixture.open(robot, window, SAMPLE);
        MainWindowFixture.waitFor(() -> "tcp 443".equals(badgeText(robot, WEB)));
        String acl = "acl-0a1b2c3d4e5f60009";
        robot.interact(() -> window.getViewModel().document().perform(new io.hopscope.edit.ReplaceAclEntryEdit(acl, 110,
                new io.hopscope.model.AclEntry(110, true, io.hopscope.model.net.Protocol.TCP,
                        new io.hopscope.model.net.PortRange(1024, 2000), null, io.hopscope.model.net.Cidr.parse("0.0.0.0/0"),
                        io.hopscope.model.RuleAction.ALLOW))));
        MainWindowFixture.waitFor(() -> "tcp 443*".equals(badgeText(robot, WEB)));
        Label badge = (Label) robot.lookup("." + ExposureBadges.BADGE).queryAll().stream()
                .filter(n -> WEB.equals(n.getProperties().get(DiagramCanvasView.RESOURCE_ID))).findFirst().orElseThrow();
        assertTrue(badge.getStyleClass().contains("exposure-badge-PORT_DEPENDENT"));
        assertTrue(badge.getAccessibleText().contains(acl + ": 1024-2000"), badge.getAccessibleText());
        robot.moveTo(badge);
        MainWindowFixture.waitFor(() -> badge.getTooltip() != null);
        assertTrue(badge.getTooltip().getText().contains("some client ports"), badge.getTooltip().getText());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        MainWindowFixture.waitFor(() -> "tcp 443".equals(badgeText(robot, WEB)));
    }

    @Test
    void inASmallWindowTheRowsStayReachable(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(800);
            stage.setHeight(560);
        });
        MainWindowFixture.open(robot, window, SAMPLE);
        robot.interact(() -> window.getReachPanels().reach().ask("orders-db", ReachDirection.WHO_CAN_REACH));
        waitForAnswer();
        TableView<ReachRow> t = table(robot);
        MainWindowFixture.waitUntilShown(t);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(t.getHeight() > 40, "the table has room for a row: " + t.getHeight());
        Node row = robot.lookup(".reach-table .table-row-cell").nth(0).query();
        assertTrue(((TableRow<?>) row).getItem() != null, "a row is shown");
        // The row may sit half under the panel's edge here: the keys reach it wherever it is.
        MainWindowFixture.waitFor(t::isFocused);
        robot.push(KeyCode.HOME);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Verdict.REACHABLE, window.getTraceView().getViewModel().getTrace().verdict());
    }

    private static String badgeText(FxRobot robot, String id) {
        return robot.lookup("." + ExposureBadges.BADGE).queryAll().stream()
                .filter(n -> id.equals(n.getProperties().get(DiagramCanvasView.RESOURCE_ID)))
                .map(n -> ((Label) n).getText()).findFirst().orElse(null);
    }
}
