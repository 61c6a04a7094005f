package io.hopscope.testing;

import io.hopscope.app.FileDiagramLoader;
import io.hopscope.app.HopscopeApp;
import io.hopscope.app.files.DiagramLoader;
import io.hopscope.app.prefs.UiPreferences;
import io.hopscope.app.window.MainWindowView;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The set-up every TestFX test of the main window shares: a window made as the app makes it, shown
 * on the test's stage at a size inside Monocle's headless screen (1280x800), and the waits that
 * keep robot gestures from racing the window: a file is read off the FX thread, so "opened" means
 * the document holds it, not that the FX queue is empty; a drag starts only on a node that is
 * laid out and visible.
 */
public final class MainWindowFixture {

    private static final long TIMEOUT_SECONDS = 20;

    private MainWindowFixture() {
    }

    /** A main window that reads real diagram files, shown on {@code stage}. */
    public static MainWindowView show(Stage stage, double width, double height) {
        return show(stage, FileDiagramLoader::load, width, height);
    }

    /** A main window that reads through {@code loader} (diagrams built in code), shown on {@code stage}. */
    public static MainWindowView show(Stage stage, DiagramLoader loader, double width, double height) {
        // Every window starts light: the theme is remembered in the (test) preferences, and a run
        // stopped between a test's switch to dark and its switch back would leave the next run dark.
        UiPreferences.forUser().setDarkTheme(false);
        MainWindowView window = HopscopeApp.createMainWindow(loader, List.of());
        stage.setWidth(width);
        stage.setHeight(height);
        window.showOn(stage);
        return window;
    }

    /**
     * Opens {@code file} as File > Open does and waits until the reading is over: the window shows
     * the file, or says why not, or asks about unsaved changes first (the test answers).
     */
    public static void open(FxRobot robot, MainWindowView window, Path file) {
        robot.interact(() -> window.openFile(file));
        waitFor(() -> !window.isOpening());
    }

    /** Waits (on the test thread) until {@code condition} holds, letting FX events run in between. */
    public static void waitFor(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.call();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("the window did not get there in " + TIMEOUT_SECONDS + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Waits until {@code node} is in a shown window, visible and laid out with a size: a gesture
     * aimed at it before then lands where it is not yet (a lost drag under load).
     */
    public static void waitUntilShown(Node node) {
        waitFor(() -> node.getScene() != null && node.getScene().getWindow() != null
                && node.getScene().getWindow().isShowing() && node.isVisible()
                && node.getLayoutBounds().getWidth() > 0
                && node.localToScreen(node.getLayoutBounds()) != null);
    }
}
