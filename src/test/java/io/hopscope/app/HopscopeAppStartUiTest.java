package io.hopscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.io.format.DiagramWriter;
import io.hopscope.ui.UiTestDiagrams;
import io.hopscope.ui.canvas.DiagramCanvasView;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The composition root as Main starts it: one file argument opens that file. */
@Tag("ui")
class HopscopeAppStartUiTest {

    @BeforeAll
    static void englishStrings() {
        // The assertions read English labels; a developer's Korean locale would pick messages_ko.
        Locale.setDefault(Locale.ENGLISH);
    }

    @TempDir
    Path dir;

    private Stage stage;
    private Application app;
    private List<Path> recentBefore;

    @BeforeEach
    void rememberRecentFiles() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        // The app keeps recent files in the user's preferences: put the developer's list back afterwards.
        recentBefore = RecentFiles.forUser().load();
    }

    @AfterEach
    void restoreRecentFiles() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        RecentFiles.forUser().save(recentBefore);
    }

    @Test
    void aFileArgumentIsOpenedAtStartAndRememberedAsRecent() throws Exception {
        Path file = dir.resolve("two-tier.json");
        DiagramWriter.save(UiTestDiagrams.twoTier(), file);

        app = FxToolkit.setupApplication(HopscopeApp.class, file.toString());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Hopscope — two-tier.json", stage.getTitle());
        FxRobot robot = new FxRobot();
        ScrollPane scroll = robot.lookup(".canvas-scroll").queryAs(ScrollPane.class);
        Node world = robot.lookup(".canvas-world").query();
        assertTrue(world.getBoundsInParent().getWidth() <= scroll.getViewportBounds().getWidth() + 0.5
                && world.getBoundsInParent().getHeight() <= scroll.getViewportBounds().getHeight() + 0.5,
                "a diagram opened at start-up is fitted to the window");
        assertTrue(robot.lookup(n -> UiTestDiagrams.WEB.equals(n.getProperties().get(DiagramCanvasView.RESOURCE_ID)))
                .tryQuery().isPresent());
        assertEquals(file.toAbsolutePath().normalize(), RecentFiles.forUser().load().get(0));
    }

    @Test
    void noArgumentsOpenAnEmptyWindow() throws Exception {
        app = FxToolkit.setupApplication(HopscopeApp.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Hopscope", stage.getTitle());
        assertTrue(new FxRobot().lookup(".canvas-empty-hint").query().isVisible());
    }
}
