package io.hopscope.ui.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.app.window.MainWindowView;
import io.hopscope.testing.MainWindowFixture;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
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
 * "Who can reach this?" and "What can this reach?" as inspector buttons: shown for a workload, an
 * interface, a subnet and a security group, not for a VPC; pressing one (mouse or Space) opens the
 * same reachability panel the canvas's context menu opens.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ReachInspectorActionsUiTest {
    private static final Path SAMPLE = Path.of("diagrams/ec2-to-rds.json").toAbsolutePath();
    private static final String WHO = "#action-reach-who";
    private static final String WHAT = "#action-reach-what";

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

    private boolean shown(FxRobot robot, String button) {
        return robot.lookup(button).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false);
    }

    @Test
    void theButtonsShowForWhatTheContextMenuOffersThemFor(FxRobot robot) {
        MainWindowFixture.open(robot, window, SAMPLE);
        for (String id : new String[] {"orders-db", ReachPanelViewModelTest.WEB, "eni-0a1b2c3d4e5f6000e",
                ReachPanelViewModelTest.WEB_SG, "subnet-0a1b2c3d4e5f60003"}) {
            select(robot, id);
            assertTrue(shown(robot, WHO) && shown(robot, WHAT), "both buttons for " + id);
        }
        select(robot, "vpc-0a1b2c3d4e5f60001");
        assertFalse(shown(robot, WHO), "a VPC stands for no interface of its own");
    }

    @Test
    void whoCanReachFromTheInspectorOpensTheReachabilityPanel(FxRobot robot) {
        MainWindowFixture.open(robot, window, SAMPLE);
        select(robot, "orders-db");
        robot.clickOn(WHO);
        MainWindowFixture.waitFor(() -> !reach().runningProperty().get() && !reach().getRows().isEmpty());
        assertEquals("Who can reach orders-db?", reach().titleProperty().get());
        TabPane tabs = robot.lookup(".bottom-tabs").queryAs(TabPane.class);
        assertEquals("reach-tab", tabs.getSelectionModel().getSelectedItem().getId());
        assertTrue(reach().getRows().get(0).source().contains("web-1"));
    }

    @Test
    void theKeyboardPressesWhatCanThisReach(FxRobot robot) {
        MainWindowFixture.open(robot, window, SAMPLE);
        select(robot, ReachPanelViewModelTest.WEB_SG);
        Button what = robot.lookup(WHAT).queryAs(Button.class);
        robot.interact(what::requestFocus);
        robot.push(KeyCode.SPACE);
        MainWindowFixture.waitFor(() -> !reach().runningProperty().get() && reach().subjectId() != null);
        assertEquals(ReachPanelViewModelTest.WEB_SG, reach().subjectId());
        assertTrue(reach().titleProperty().get().startsWith("What can web-sg reach"), reach().titleProperty().get());
    }

    private ReachPanelViewModel reach() {
        return window.getReachPanels().reach().getViewModel();
    }
}
