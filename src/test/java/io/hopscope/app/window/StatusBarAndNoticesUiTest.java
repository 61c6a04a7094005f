package io.hopscope.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.testing.MainWindowFixture;
import io.hopscope.ui.trace.TraceViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The ControlsFX status bar and notices as a person meets them: the file and whether it is saved,
 * the trace's verdict and the selection at the bottom; "Saved" and "Exported" appear as notices
 * that do not stop the user (no dialog, the window keeps taking keys) and go by themselves.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class StatusBarAndNoticesUiTest {

    private MainWindowView window;
    private Stage stage;
    @TempDir
    Path dir;

    @BeforeAll
    static void englishStrings() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = MainWindowFixture.show(stage, 900, 560);
    }

    private String label(FxRobot robot, String styleClass) {
        Label l = robot.lookup("." + styleClass).queryAs(Label.class);
        return l.isVisible() ? l.getText() : "";
    }

    private boolean noticeShown(FxRobot robot, String text) {
        return robot.lookup(".notification-bar .label").queryAllAs(Labeled.class).stream()
                .anyMatch(l -> text.equals(l.getText()) && l.isVisible());
    }

    /** Texts of every notice that opened from now on: on a loaded machine one may come and go between two looks. */
    private List<String> noticesFromNow() {
        List<String> seen = new CopyOnWriteArrayList<>();
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                for (Window w : c.getAddedSubList()) {
                    if (w.getScene() != null) {
                        w.getScene().getRoot().lookupAll(".notification-bar .label").forEach(n -> seen.add(((Labeled) n).getText()));
                    }
                }
            }
        });
        return seen;
    }

    @Test
    void theBarFollowsFileSavedStateTraceAndSelectionAndSavingIsANotice(FxRobot robot) throws Exception {
        Path file = Files.copy(Path.of("diagrams/ec2-to-rds.json"), dir.resolve("shop.json"));
        MainWindowFixture.open(robot, window, file);
        assertEquals("shop.json (saved)", label(robot, "status-file"));
        assertEquals("", label(robot, "status-verdict"), "no trace yet");

        // Nothing selected: the diagram's title is edited in the inspector.
        robot.clickOn("#field-diagramTitle");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("Shop v2").push(KeyCode.ENTER);
        assertEquals("shop.json (edited)", label(robot, "status-file"));

        List<String> notices = noticesFromNow();
        robot.push(KeyCode.CONTROL, KeyCode.S);
        MainWindowFixture.waitFor(() -> notices.contains("Saved shop.json"));
        assertEquals("shop.json (saved)", label(robot, "status-file"));
        assertTrue(Window.getWindows().stream().noneMatch(w -> w instanceof Stage s && s != stage && s.isShowing()),
                "a notice, not a dialog");
        // The notice leaves by itself.
        MainWindowFixture.waitFor(() -> !noticeShown(robot, "Saved shop.json"));

        TraceViewModel trace = window.getTraceView().getViewModel();
        robot.interact(() -> {
            trace.fromProperty().set("web-1");
            trace.toProperty().set("orders-db");
            trace.portProperty().set("3306");
        });
        robot.push(KeyCode.SHORTCUT, KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Trace: reachable", label(robot, "status-verdict"));

        robot.interact(() -> {
            window.getViewModel().document().getSelection().clear();
            window.getViewModel().document().getSelection().add("web-1");
        });
        assertEquals("1 selected", label(robot, "status-selection"));
    }

    @Test
    void anExportSaysSoInANoticeWhileTheWindowKeepsWorking(FxRobot robot) {
        MainWindowFixture.open(robot, window, Path.of("diagrams/ec2-to-rds.json").toAbsolutePath());
        Path png = dir.resolve("shop.png");
        List<String> notices = noticesFromNow();
        robot.interact(() -> window.getShareView().exportPng(png, 1));
        MainWindowFixture.waitFor(() -> notices.contains("Exported shop.png"));
        assertTrue(Files.exists(png));
        // The window still takes keys while the notice shows: Ctrl+A selects everything.
        robot.clickOn(window.getCanvasView());
        robot.push(KeyCode.CONTROL, KeyCode.A);
        assertFalse(window.getViewModel().document().getSelection().isEmpty());
    }

    @Test
    void inASmallWindowTheStatusBarStaysInsideTheWindow(FxRobot robot) {
        MainWindowFixture.open(robot, window, Path.of("diagrams/ec2-to-rds.json").toAbsolutePath());
        robot.interact(() -> {
            stage.setWidth(640);
            stage.setHeight(420);
        });
        WaitForAsyncUtils.waitForFxEvents();
        StatusBar bar = robot.lookup(".status-bar").queryAs(StatusBar.class);
        Bounds b = bar.localToScene(bar.getLayoutBounds());
        assertTrue(b.getMaxY() <= bar.getScene().getHeight() + 0.5 && b.getHeight() > 10, b.toString());
        Label zoom = robot.lookup(".status-zoom").queryAs(Label.class);
        assertTrue(zoom.localToScene(zoom.getLayoutBounds()).getMaxX() <= bar.getScene().getWidth() + 0.5,
                "the zoom stays on screen");
    }
}
