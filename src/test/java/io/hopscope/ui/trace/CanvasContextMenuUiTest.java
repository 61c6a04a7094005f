package io.hopscope.ui.trace;

import io.hopscope.testing.MainWindowFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.app.HopscopeApp;
import io.hopscope.ui.canvas.CanvasContextMenu;
import io.hopscope.ui.canvas.DiagramCanvasView;
import io.hopscope.app.window.MainWindowView;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The canvas's context menu on a workload, and picking a trace's destination on the canvas. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CanvasContextMenuUiTest {

    private static final Path SAMPLE = Path.of("diagrams/ec2-to-rds-broken-return.json").toAbsolutePath();
    private static final String WEB = "i-0a1b2c3d4e5f60110";

    private MainWindowView window;

    @BeforeAll
    static void englishStrings() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage, 1240, 780);
    }

    private void open(FxRobot robot) {
        MainWindowFixture.open(robot, window, SAMPLE);
    }

    private Node shape(FxRobot robot, String id) {
        return robot.lookup(n -> id.equals(n.getProperties().get(DiagramCanvasView.RESOURCE_ID))).query();
    }

    private static List<ContextMenu> menusShowing() {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(ContextMenu.class::cast).toList();
    }

    @Test
    void rightClickOnAWorkloadOpensOneMenuWithTraceAndEditItems(FxRobot robot) {
        open(robot);
        robot.clickOn(shape(robot, WEB), MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        List<ContextMenu> menus = menusShowing();
        assertEquals(1, menus.size(), "one menu, not one per panel");
        List<String> texts = menus.get(0).getItems().stream().map(MenuItem::getText).filter(t -> t != null)
                .map(t -> t.replace("_", "")).toList();
        assertTrue(texts.contains("Trace from here") && texts.contains("Trace to here") && texts.contains("Delete"), texts.toString());
        assertEquals(Set.of(WEB), window.getViewModel().document().getSelection(), "the right-clicked card is selected");
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(menusShowing().isEmpty());
    }

    @Test
    void traceFromHereFillsTheNameAndPickModeShowsACrosshairAndAHint(FxRobot robot) {
        open(robot);
        TraceViewModel vm = window.getTraceView().getViewModel();
        robot.clickOn(shape(robot, WEB), MouseButton.SECONDARY);
        robot.clickOn(".trace-from-here");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("web-1", vm.fromProperty().get(), "the field names the workload, not its id");
        assertTrue(vm.pickingDestinationProperty().get());
        DiagramCanvasView canvas = window.getCanvasView();
        assertTrue(canvas.hintText().contains("destination"), "hint: " + canvas.hintText());
        assertEquals(Cursor.CROSSHAIR, cursorOver(shape(robot, "orders-db")), "the cursor over a shape shows pick mode");
        assertTrue(robot.lookup(".canvas-hint").query().isVisible());

        robot.clickOn(shape(robot, "orders-db"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("orders-db", vm.toProperty().get());
        assertFalse(vm.pickingDestinationProperty().get());
        assertEquals("", canvas.hintText(), "the hint goes with the mode");
    }

    @Test
    void shiftF10AndTheMenuKeyOpenTheMenuOfTheSelection(FxRobot robot) {
        open(robot);
        robot.clickOn(shape(robot, WEB));
        robot.push(KeyCode.SHIFT, KeyCode.F10);
        WaitForAsyncUtils.waitForFxEvents();
        CanvasContextMenu menu = window.getCanvasView().contextMenu();
        assertTrue(menu.menu().isShowing(), "Shift+F10 opens the menu");
        assertEquals(1, menusShowing().size());
        assertTrue(menu.menu().getItems().stream().anyMatch(i -> "Trace from here".equals(i.getText())));
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(shape(robot, WEB));
        robot.push(KeyCode.CONTEXT_MENU);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(menu.menu().isShowing(), "the Menu key opens it too");
        assertEquals(1, menusShowing().size());
        robot.push(KeyCode.ESCAPE);
    }

    /** The cursor the pointer shows over a node: its own, or the nearest ancestor's. */
    private static Cursor cursorOver(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getCursor() != null) {
                return n.getCursor();
            }
        }
        return Cursor.DEFAULT;
    }
}
