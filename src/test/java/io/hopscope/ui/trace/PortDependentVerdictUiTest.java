package io.hopscope.ui.trace;

import io.hopscope.testing.MainWindowFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.engine.Verdict;
import io.hopscope.app.window.MainWindowView;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
 * A Windows client against a NACL that answers only the Linux range: the trace panel shows the
 * verdict amber with the working and failing ranges, offers to widen the NACL entry, and the fix
 * is one undoable edit.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PortDependentVerdictUiTest {

    private static final Path SAMPLE = Path.of("diagrams/windows-ephemeral-ports.json").toAbsolutePath();

    private MainWindowView window;

    @BeforeAll
    static void englishStrings() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage, 1240, 780);
    }

    private TraceViewModel vm() {
        return window.getTraceView().getViewModel();
    }

    private Label verdict(FxRobot robot) {
        return robot.lookup(".trace-verdict").queryAs(Label.class);
    }

    @Test
    void windowsClientIsAmberWithItsRangesAndTheFixWidensTheNaclUndoably(FxRobot robot) {
        MainWindowFixture.open(robot, window, SAMPLE);
        robot.interact(() -> {
            vm().fromProperty().set("report-windows");
            vm().toProperty().set("reports-db");
            vm().portProperty().set("1433");
        });
        robot.clickOn(".trace-run");
        WaitForAsyncUtils.waitForFxEvents();

        String text = verdict(robot).getText();
        assertTrue(text.startsWith("Request reaches reports-db; reply reaches report-windows"), text);
        assertTrue(text.contains("49152-61000 work, 61001-65535 fail (split by acl-0a1b2c3d4e5f60907)"), text);
        assertTrue(verdict(robot).getStyleClass().contains("trace-partial"));

        Button fix = robot.lookup(".trace-port-fixes ." + BlockerList.APPLY_FIX).queryAs(Button.class);
        assertTrue(fix.getText().contains("rule 100 of acl-0a1b2c3d4e5f60907") && fix.getText().contains("1024-65535"),
                fix.getText());
        robot.clickOn((Node) fix);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Verdict.REACHABLE, vm().traceProperty().get().verdict());
        assertTrue(verdict(robot).getStyleClass().contains("trace-pass"));
        assertTrue(robot.lookup(".trace-port-fixes").queryAll().isEmpty(), "nothing left to fix");

        robot.clickOn(".trace-verdict");
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Verdict.PORT_DEPENDENT, vm().traceProperty().get().verdict());
        assertTrue(verdict(robot).getStyleClass().contains("trace-partial"));
    }
}
