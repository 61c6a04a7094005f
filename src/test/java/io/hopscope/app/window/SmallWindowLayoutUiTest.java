package io.hopscope.app.window;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.testing.MainWindowFixture;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
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
 * A laptop-sized window (820 x 560) with a workload selected: the canvas, where the work happens,
 * keeps the larger share of the width; the inspector beside it shrinks instead of squeezing it.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SmallWindowLayoutUiTest {

    private MainWindowView window;

    @BeforeAll
    static void englishStrings() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage, 820, 560);
    }

    @Test
    void theCanvasKeepsMoreRoomThanTheInspector(FxRobot robot) {
        MainWindowFixture.open(robot, window, Path.of("diagrams/three-tier.json").toAbsolutePath());
        robot.interact(() -> window.getViewModel().document().getSelection().add("store-db"));
        WaitForAsyncUtils.waitForFxEvents();
        Node canvas = robot.lookup(n -> "canvasHost".equals(n.getId())).query();
        Node inspector = robot.lookup(n -> "inspectorHost".equals(n.getId())).query();
        double c = canvas.getLayoutBounds().getWidth();
        double i = inspector.getLayoutBounds().getWidth();
        assertTrue(c >= 1.5 * i, "canvas " + c + " px, inspector " + i + " px");
        assertTrue(i >= 200, "the inspector stays usable: " + i + " px");
    }
}
