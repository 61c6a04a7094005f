package io.hopscope.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.app.window.MainWindowView;
import io.hopscope.testing.MainWindowFixture;
import io.hopscope.ui.common.DiagramDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A workload's security groups are ticked in a check list of its VPC's groups (ControlsFX
 * CheckComboBox): each tick is one undoable edit, and the list opens again for the next tick.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SecurityGroupChecksUiTest {

    private MainWindowView window;

    @BeforeAll
    static void englishStrings() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage, 1100, 750);
    }

    private static ListCell<?> cell(FxRobot robot, String text) {
        return robot.lookup(".list-cell").match(n -> n instanceof ListCell<?> c && text.equals(c.getText()) && c.isVisible())
                .queryAs(ListCell.class);
    }

    private List<String> groups(DiagramDocument doc) {
        return doc.getDiagram().model().networkInterface(InspectorFixture.WEB_ENI).securityGroupIds();
    }

    @Test
    void tickingAGroupAddsItUndoablyAndTheListStaysAtHand(FxRobot robot) {
        MainWindowFixture.open(robot, window, Path.of("diagrams/ec2-to-rds.json").toAbsolutePath());
        DiagramDocument doc = window.getViewModel().document();
        robot.interact(() -> doc.getSelection().add(InspectorFixture.WEB));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        CheckComboBox<Choice> box = robot.lookup("#field-securityGroups").queryAs(CheckComboBox.class);
        assertEquals(List.of("web-sg"), box.getCheckModel().getCheckedItems().stream().map(Choice::value).toList());
        assertEquals(List.of("default (sg-0a1b2c3d4e5f6000b)", "web-sg (sg-0a1b2c3d4e5f6000c)",
                "orders-db-sg (sg-0a1b2c3d4e5f6000d)"), box.getItems().stream().map(Choice::label).toList(),
                "the groups of the workload's VPC, by name with the id");

        robot.clickOn(box);
        robot.clickOn(cell(robot, "default (sg-0a1b2c3d4e5f6000b)").getGraphic());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("sg-0a1b2c3d4e5f6000b", "sg-0a1b2c3d4e5f6000c"), groups(doc), "ticking a group attaches it");
        // The list opens again on the rebuilt form, ready for the next tick.
        MainWindowFixture.waitFor(() -> robot.lookup(".list-cell").queryAll().stream()
                .anyMatch(n -> n instanceof ListCell<?> c && "orders-db-sg (sg-0a1b2c3d4e5f6000d)".equals(c.getText())
                        && c.isVisible() && c.getScene().getWindow().isShowing()));
        robot.push(KeyCode.ESCAPE);
        robot.interact(doc::undo);
        assertEquals(1, groups(doc).size(), "one undo step per tick");
        @SuppressWarnings("unchecked")
        CheckComboBox<Choice> after = robot.lookup("#field-securityGroups").queryAs(CheckComboBox.class);
        assertEquals(List.of("web-sg"), after.getCheckModel().getCheckedItems().stream().map(Choice::value).toList());
    }
}
