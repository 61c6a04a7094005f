package io.hopscope.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.testing.MainWindowFixture;
import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
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
 * A person narrows the window while working, widens it again, and drags the divider: the canvas keeps
 * its share of the width each time (the split's own resize gave both panes equal parts of the change,
 * so an 800-pixel window left the canvas less room than the inspector's blank form).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ResizedWindowKeepsTheCanvasUiTest {

    private MainWindowView window;
    private Stage stage;

    @BeforeAll
    static void englishStrings() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = MainWindowFixture.show(stage, 1280, 720);
    }

    @Test
    void narrowingAndWideningKeepTheCanvasShare(FxRobot robot) {
        MainWindowFixture.open(robot, window, Path.of("diagrams/three-tier.json").toAbsolutePath());
        double wide = canvasShare(robot);
        assertTrue(wide > 0.6, "canvas share at 1280: " + wide);

        resize(robot, 800, 500);
        double narrow = canvasShare(robot);
        assertEquals(wide, narrow, 0.02, "canvas share at 800 against 1280");
        double canvas = width(robot, "canvasHost");
        double inspector = width(robot, "inspectorHost");
        assertTrue(canvas >= 1.5 * inspector, "canvas " + canvas + " px, inspector " + inspector + " px");
        assertTrue(inspector >= 200, "the inspector stays usable: " + inspector + " px");

        resize(robot, 1280, 720);
        assertEquals(wide, canvasShare(robot), 0.02, "canvas share back at 1280");
    }

    @Test
    void aDraggedDividerIsKeptThroughAResize(FxRobot robot) {
        MainWindowFixture.open(robot, window, Path.of("diagrams/three-tier.json").toAbsolutePath());
        Node divider = robot.lookup(".split-pane-divider").match(n -> n.getParent() == horizontal(robot)
                || n.getParent() != null && n.getParent().getParent() == horizontal(robot)).query();
        Bounds b = divider.localToScreen(divider.getBoundsInLocal());
        double y = b.getMinY() + b.getHeight() / 2;
        robot.moveTo(b.getMinX() + b.getWidth() / 2, y).press(javafx.scene.input.MouseButton.PRIMARY);
        robot.moveBy(-60, 0).moveBy(-60, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double dragged = canvasShare(robot);
        assertTrue(dragged < 0.58, "the drag moved the divider left: " + dragged);

        resize(robot, 1000, 640);
        assertEquals(dragged, canvasShare(robot), 0.02, "the dragged share after a resize");
    }

    private void resize(FxRobot robot, double w, double h) {
        robot.interact(() -> {
            stage.setWidth(w);
            stage.setHeight(h);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static SplitPane horizontal(FxRobot robot) {
        return robot.lookup(n -> "horizontalSplit".equals(n.getId())).queryAs(SplitPane.class);
    }

    private static double canvasShare(FxRobot robot) {
        double c = width(robot, "canvasHost");
        double i = width(robot, "inspectorHost");
        return c / (c + i);
    }

    private static double width(FxRobot robot, String id) {
        return robot.lookup(n -> id.equals(n.getId())).query().getLayoutBounds().getWidth();
    }
}
