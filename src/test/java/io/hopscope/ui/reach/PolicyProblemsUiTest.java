package io.hopscope.ui.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.app.window.MainWindowView;
import io.hopscope.check.Problem;
import io.hopscope.edit.RemoveSecurityGroupRuleEdit;
import io.hopscope.engine.Verdict;
import io.hopscope.testing.MainWindowFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A policy beside the opened diagram: an edit that breaks it is a Problems row, and the row opens the counterexample. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PolicyProblemsUiTest {
    @TempDir
    static Path dir;

    private MainWindowView window;

    @BeforeAll
    static void englishStrings() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage, 1240, 780);
    }

    @Test
    void aBrokenAssertionIsAProblemAndItsRowShowsTheCounterexampleTrace(FxRobot robot) throws Exception {
        Path diagram = dir.resolve("ec2-to-rds.json");
        Files.copy(Path.of("diagrams/ec2-to-rds.json"), diagram);
        Files.copy(Path.of("diagrams/ec2-to-rds.policy.yaml"), dir.resolve("ec2-to-rds.policy.yaml"));
        MainWindowFixture.open(robot, window, diagram);
        PolicyViewModel policy = window.getReachPanels().policy().getViewModel();
        MainWindowFixture.waitFor(() -> policy.statusProperty().get().contains("5 assertions checked, 0 failed"));

        robot.interact(() -> window.getViewModel().document().perform(
                new RemoveSecurityGroupRuleEdit(ReachPanelViewModelTest.WEB_SG, true, 0)));
        TableView<Problem> problems = window.getProblemsView().getTable();
        MainWindowFixture.waitFor(() -> problems.getItems().stream().anyMatch(p -> p.message().contains("answers HTTPS")));
        TabPane tabs = robot.lookup(".bottom-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(window.getProblemsView().getTab()));
        int index = problems.getItems().indexOf(problems.getItems().stream().filter(p -> p.message().contains("answers HTTPS"))
                .findFirst().orElseThrow());
        robot.interact(() -> {
            problems.getSelectionModel().select(index);
            problems.requestFocus();
        });
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("trace-tab", tabs.getSelectionModel().getSelectedItem().getId(), "Enter opens the counterexample trace");
        assertEquals(Verdict.UNREACHABLE, window.getTraceView().getViewModel().getTrace().verdict());

        robot.interact(() -> tabs.getSelectionModel().select(window.getProblemsView().getTab()));
        Node row = robot.lookup(".problems-table .table-row-cell").nth(index).query();
        robot.interact(() -> window.getTraceView().getViewModel().clear());
        robot.doubleClickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.getTraceView().getViewModel().getTrace() != null, "a double click opens it too");

        robot.interact(() -> window.getViewModel().document().undo());
        MainWindowFixture.waitFor(() -> policy.getProblems().isEmpty());
    }
}
