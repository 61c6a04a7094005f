package io.hopscope.ui.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.app.window.MainWindowView;
import io.hopscope.engine.Trace;
import io.hopscope.engine.Verdict;
import io.hopscope.testing.MainWindowFixture;
import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View > Reachability Matrix as a person uses it, keyboard only: open it with its shortcut, type
 * tcp/3306, Enter, arrow to the web server's row and the database's column, Enter, and the trace
 * explorer shows that pair; a misspelt selector says so under its field; Esc cancels; a small window.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MatrixUiTest {
    private static final Path SAMPLE = Path.of("diagrams/ec2-to-rds.json").toAbsolutePath();

    private MainWindowView window;
    private Stage stage;

    @BeforeAll
    static void englishStrings() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = MainWindowFixture.show(stage, 800, 560);
    }

    @AfterEach
    void closeMatrix(FxRobot robot) {
        robot.interact(() -> {
            MatrixView m = window.getReachPanels().matrixView();
            if (m != null && m.stage() != null) {
                m.stage().hide();
            }
        });
    }

    private MatrixViewModel matrix() {
        return window.getReachPanels().matrix();
    }

    private MatrixView openWithTheKeyboard(FxRobot robot) {
        MainWindowFixture.open(robot, window, SAMPLE);
        robot.interact(() -> window.getCanvasView().requestFocus());
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.M);
        WaitForAsyncUtils.waitForFxEvents();
        MatrixView view = window.getReachPanels().matrixView();
        assertNotNull(view, "Shortcut+Shift+M opens the matrix");
        MainWindowFixture.waitFor(() -> view.stage().isShowing() && view.stage().isFocused()
                && robot.lookup("#matrix-service").query().isFocused());
        // Typed text goes to TestFX's target window, keys to the focused one: both are the matrix now.
        robot.targetWindow(view.stage());
        return view;
    }

    private static int index(MatrixGrid g, boolean rows, String eni) {
        for (int i = 0; i < (rows ? g.rows() : g.columns()); i++) {
            if ((rows ? g.source(i) : g.target(i)).id().equals(eni)) {
                return i;
            }
        }
        throw new AssertionError(eni);
    }

    @Test
    void theKeyboardAloneOpensTheMatrixPicksMysqlAndTracesTheWebToDatabaseCell(FxRobot robot) {
        MatrixView view = openWithTheKeyboard(robot);
        robot.write("tcp/3306");
        robot.push(KeyCode.ENTER);
        MainWindowFixture.waitFor(() -> matrix().gridProperty().get() != null && !matrix().runningProperty().get());
        MatrixGrid g = matrix().gridProperty().get();
        assertEquals("tcp/3306", g.service().text());
        MainWindowFixture.waitFor(() -> view.gridCanvas().isFocused());
        int web = index(g, true, MatrixViewModelTest.WEB_ENI);
        int db = index(g, false, MatrixViewModelTest.DB_ENI);
        robot.push(KeyCode.HOME);
        robot.push(KeyCode.CONTROL, KeyCode.HOME);
        for (int i = 0; i < web; i++) {
            robot.push(KeyCode.DOWN);
        }
        for (int i = 0; i < db; i++) {
            robot.push(KeyCode.RIGHT);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(web, matrix().focusRowProperty().get());
        assertEquals(db, matrix().focusColumnProperty().get());
        String said = robot.lookup("#matrix-cell-text").queryAs(Label.class).getText();
        assertTrue(said.contains("Reachable") && said.contains("orders-db"), said);
        assertEquals(said, view.gridCanvas().getAccessibleText(), "the focused cell is the canvas's accessible text");
        robot.push(KeyCode.ENTER);
        MainWindowFixture.waitFor(() -> window.getTraceView().getViewModel().getTrace() != null);
        Trace t = window.getTraceView().getViewModel().getTrace();
        assertEquals(Verdict.REACHABLE, t.verdict());
        assertEquals(3306, t.query().destinationPort());
        TabPane tabs = robot.lookup(".bottom-tabs").queryAs(TabPane.class);
        assertEquals("trace-tab", tabs.getSelectionModel().getSelectedItem().getId(), "the trace explorer shows the pair");
        assertTrue(view.gridCanvas().isFocused(), "the grid keeps the keys for the next cell");
    }

    @Test
    void clickingACellTracesItsPair(FxRobot robot) {
        MatrixView view = openWithTheKeyboard(robot);
        robot.interact(() -> matrix().serviceProperty().set("tcp/3306"));
        robot.clickOn("#matrix-compute");
        MainWindowFixture.waitFor(() -> matrix().gridProperty().get() != null && !matrix().runningProperty().get());
        MatrixGrid g = matrix().gridProperty().get();
        int db = index(g, true, MatrixViewModelTest.DB_ENI);
        int web = index(g, false, MatrixViewModelTest.WEB_ENI);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D p = view.screenCentreOf(db, web);
        robot.moveTo(p);
        robot.clickOn(p);
        MainWindowFixture.waitFor(() -> window.getTraceView().getViewModel().getTrace() != null);
        assertEquals(Verdict.UNREACHABLE, window.getTraceView().getViewModel().getTrace().verdict(),
                "the database's cell towards the web server is not reachable, and its trace says so");
        assertEquals(db, matrix().focusRowProperty().get());
        assertEquals(web, matrix().focusColumnProperty().get());
    }

    @Test
    void aMisspeltSelectorIsNamedUnderItsFieldAndComputeWaits(FxRobot robot) {
        openWithTheKeyboard(robot);
        robot.push(KeyCode.TAB);
        TextField from = robot.lookup("#matrix-from").queryAs(TextField.class);
        MainWindowFixture.waitFor(from::isFocused);
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write("sgg:web-sg");
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#matrix-from-error").queryAs(Label.class);
        assertTrue(error.isVisible() && error.getText().contains("sgg:"), error.getText());
        assertTrue(from.getStyleClass().contains("invalid"));
        assertTrue(robot.lookup("#matrix-compute").query().isDisabled());
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(matrix().runningProperty().get());
        robot.push(KeyCode.BACK_SPACE);
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write("sg:web-sg");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(error.isVisible());
        assertFalse(robot.lookup("#matrix-compute").query().isDisabled());
    }

    @Test
    void aBigGridComputesWithProgressEscCancelsItAndASecondEscCloses(FxRobot robot) {
        MatrixView view = openWithTheKeyboard(robot);
        // 500 instances: 250,000 cells, far more than the time between the first rows and Esc.
        robot.interact(() -> window.getViewModel().document().replace(io.hopscope.ui.reach.ExposureDiagrams.generated(10), null));
        robot.interact(() -> view.gridCanvas().getScene().lookup("#matrix-service").requestFocus());
        robot.push(KeyCode.ENTER);
        MainWindowFixture.waitFor(() -> matrix().progressProperty().get() > 0);
        assertTrue(matrix().runningProperty().get(), "still running when the first rows are in");
        assertFalse(robot.lookup("#matrix-cancel").query().isDisabled());
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(matrix().runningProperty().get());
        assertEquals("Cancelled; the grid shown is from before.", robot.lookup("#matrix-status").queryAs(Label.class).getText());
        assertTrue(view.stage().isShowing(), "the first Esc only cancels");
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(view.stage().isShowing(), "a second Esc closes the window");
    }

    @Test
    void aTwoHundredSquareGridDrawsOnlyWhatIsVisibleAndStaysResponsive(FxRobot robot) {
        MatrixView view = openWithTheKeyboard(robot);
        robot.interact(() -> window.getViewModel().document().replace(io.hopscope.ui.reach.ExposureDiagrams.generated(4), null));
        robot.interact(() -> {
            matrix().toProperty().set("all");
            matrix().serviceProperty().set("tcp/443");
            matrix().compute();
        });
        MainWindowFixture.waitFor(() -> matrix().gridProperty().get() != null && !matrix().runningProperty().get());
        MatrixGrid g = matrix().gridProperty().get();
        assertTrue(g.rows() >= 200 && g.columns() >= 200, g.rows() + " x " + g.columns());
        robot.interact(() -> view.gridCanvas().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.END);
        robot.push(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        // Each move scrolls and redraws the visible part only: time 200 of them on the FX thread.
        double[] perMove = new double[1];
        robot.interact(() -> {
            long t0 = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                matrix().moveFocus(-1, -1);
                matrix().moveFocus(0, 1);
            }
            perMove[0] = (System.nanoTime() - t0) / 1e6 / 200;
        });
        assertTrue(perMove[0] < 16, "a move and its redraw fit in a frame: " + perMove[0] + " ms");
        assertEquals(g.columns() - 1, matrix().focusColumnProperty().get());
        assertTrue(matrix().focusRowProperty().get() < g.rows() - 1);
        Point2D focused = view.screenCentreOf(matrix().focusRowProperty().get(), matrix().focusColumnProperty().get());
        javafx.geometry.Bounds canvas = view.gridCanvas().localToScreen(view.gridCanvas().getLayoutBounds());
        assertTrue(canvas.contains(focused), "the focused cell is scrolled into view: " + focused + " in " + canvas);
        System.out.printf("matrix %d x %d: %.2f ms per focus move and redraw%n", g.rows(), g.columns(), perMove[0]);
    }

    @Test
    void anEditMarksTheGridStaleAndRefreshAnswersAgain(FxRobot robot) {
        MatrixView view = openWithTheKeyboard(robot);
        robot.write("tcp/3306");
        robot.push(KeyCode.ENTER);
        MainWindowFixture.waitFor(() -> matrix().gridProperty().get() != null && !matrix().runningProperty().get());
        Node stale = robot.lookup("#matrix-stale").query();
        assertFalse(stale.isVisible());
        robot.interact(() -> window.getViewModel().document().perform(
                new io.hopscope.edit.RemoveSecurityGroupRuleEdit(MatrixViewModelTest.DB_SG, true, 0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stale.isVisible(), "the grid says it answers the diagram before the edit");
        robot.clickOn("#matrix-refresh");
        MainWindowFixture.waitFor(() -> !matrix().runningProperty().get() && !matrix().staleProperty().get());
        MatrixGrid g = matrix().gridProperty().get();
        assertEquals(MatrixVerdict.UNREACHABLE, g.verdict(index(g, true, MatrixViewModelTest.WEB_ENI),
                index(g, false, MatrixViewModelTest.DB_ENI)));
        assertTrue(view.stage().getWidth() <= 800, "the window fits beside a small main window: " + view.stage().getWidth());
    }
}
