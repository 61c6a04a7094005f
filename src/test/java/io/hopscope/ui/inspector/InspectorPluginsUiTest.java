package io.hopscope.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.app.window.MainWindowView;
import io.hopscope.check.Problem;
import io.hopscope.model.Resource;
import io.hopscope.model.Workload;
import io.hopscope.testing.MainWindowFixture;
import io.hopscope.ui.problems.ProblemFeed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
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
 * What another feature plugs in, used as a person uses it: a sub-editor tab and an action button
 * registered for workloads appear when one is selected and go when something else is; a feed's
 * row in the Problems panel runs its action on double-click and from its context menu.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class InspectorPluginsUiTest {

    private static final Path SAMPLE = Path.of("diagrams/ec2-to-rds.json").toAbsolutePath();

    private MainWindowView window;

    @BeforeAll
    static void englishStrings() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage, 1240, 780);
    }

    private void select(FxRobot robot, String id) {
        robot.interact(() -> {
            window.getViewModel().document().getSelection().clear();
            window.getViewModel().document().getSelection().add(id);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aRegisteredTabAndActionShowForTheirKindOnly(FxRobot robot) {
        MainWindowFixture.open(robot, window, SAMPLE);
        List<Resource> ran = new ArrayList<>();
        robot.interact(() -> window.getInspector().editors()
                .tab(Workload.class, "workload-notes", "inspector.tab.routes",
                        (c, w) -> () -> new Label("notes of " + w.id()))
                .action(Workload.class, "probe", "inspector.rules.add", ran::add));
        select(robot, InspectorFixture.WEB);
        TabPane tabs = robot.lookup("#rule-tabs").queryAs(TabPane.class);
        assertTrue(tabs.isVisible());
        assertEquals("workload-notes", tabs.getTabs().get(0).getId());
        robot.clickOn("#action-probe");
        assertEquals(InspectorFixture.WEB, ran.get(0).id(), "the button runs on the selected workload");

        select(robot, InspectorFixture.DB_SG);
        assertEquals(List.of("inbound", "outbound"), tabs.getTabs().stream().map(t -> t.getId()).toList());
        assertTrue(robot.lookup("#action-probe").tryQuery().isEmpty(), "not offered for a security group");
    }

    @Test
    void aFeedRowRunsItsActionOnDoubleClickAndFromItsMenu(FxRobot robot) {
        MainWindowFixture.open(robot, window, SAMPLE);
        ObservableList<Problem> failed = FXCollections.observableArrayList();
        List<Problem> traced = new ArrayList<>();
        Problem assertion = Problem.error("policy.yaml: $.assertions[0]", "ssh reaches the database")
                .about(InspectorFixture.DB_SG);
        robot.interact(() -> {
            window.getProblemsView().getViewModel().addFeed(
                    new ProblemFeed("Policy", failed, "Show counterexample trace", traced::add));
            failed.add(assertion);
            var tab = window.getProblemsView().getTab();
            tab.getTabPane().getSelectionModel().select(tab);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Problem> table = window.getProblemsView().getTable();
        robot.interact(() -> table.scrollTo(assertion));
        WaitForAsyncUtils.waitForFxEvents();
        Node row = robot.from(table).lookup(".table-row-cell")
                .match(n -> n instanceof TableRow<?> r && r.getItem() == assertion).query();
        robot.doubleClickOn(row);
        assertEquals(List.of(assertion), traced);
        assertEquals(Set.of(InspectorFixture.DB_SG), window.getViewModel().document().getSelection());

        robot.rightClickOn(row);
        robot.clickOn(".problem-action");
        assertEquals(2, traced.size(), "the context menu runs the same action");
        assertFalse(robot.lookup("#problems-table .table-cell").queryAllAs(javafx.scene.control.Labeled.class)
                .stream().noneMatch(c -> "Policy".equals(c.getText())), "the row says where it comes from");
    }
}
