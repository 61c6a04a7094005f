package io.hopscope.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.app.files.DiagramLoader;
import io.hopscope.testing.MainWindowFixture;
import io.hopscope.lab.LabFile;
import io.hopscope.lab.LabReader;
import io.hopscope.model.AclEntry;
import io.hopscope.model.net.PortRange;
import io.hopscope.ui.common.DiagramDocument;
import io.hopscope.ui.inspector.InspectorView;
import io.hopscope.ui.lab.AssertionRow;
import io.hopscope.ui.lab.LabPanelView;
import io.hopscope.ui.lab.LabProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A learner's session (ui/lab in the main window; here for the editor robot) in the real window, headless: Help > Labs, open a lab, edit until solved, Check. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LabUiTest {

    private static final String LAB = "nacl-ephemeral-return";

    private MainWindowView window;
    private DiagramDocument doc;

    @BeforeAll
    static void englishStringsAndNoEarlierMarks() throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        Preferences.userRoot().node(System.getProperty("hopscope.prefs.node", "/io/hopscope/ui")).node("labs")
                .remove("done." + LAB);
    }

    @Start
    void start(Stage stage) {
        DiagramLoader none = f -> new DiagramLoader.Loaded(null, List.of());
        window = MainWindowFixture.show(stage, none, 1500, 780);
        doc = window.getViewModel().document();
    }

    private static void waitUntil(BooleanSupplier condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private LabPanelView panel() {
        return window.getLabs().panel();
    }

    private List<String> marks() {
        return panel().getViewModel().getRows().stream().map(AssertionRow::mark).toList();
    }

    @Test
    void openALabEditItUntilSolvedAndSeeItGraded(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.clickOn("Help");
        robot.clickOn("Labs…");
        waitUntil(() -> window.getLabs().browser() != null && window.getLabs().browser().getStage().isShowing(), "the browser shows");
        assertTrue(robot.lookup("NACL return traffic: EC2 to RDS on 3306").tryQuery().isPresent());
        assertTrue(robot.lookup("14 labs, 0 done").tryQuery().isPresent());
        robot.clickOn("NACL return traffic: EC2 to RDS on 3306");
        robot.clickOn("Open");
        waitUntil(() -> panel() != null && marks().stream().noneMatch("…"::equals), "the lab is graded");
        assertNull(doc.file().orElse(null), "the lab opens as an untitled copy");
        assertEquals(List.of("✗", "✓", "✓"), marks());
        Node panelRoot = panel().getRoot();
        assertTrue(robot.from(panelRoot).lookup("web-1 must open MySQL connections to orders-db (tcp/3306). The request gets "
                + "through, but every connection times out. Fix the network ACLs so the connection works, without opening "
                + "anything to the whole internet.").tryQuery().isPresent());

        // The failing assertion's trace is one click away.
        Node showTrace = robot.from(panelRoot).lookup(".lab-show-trace").query();
        robot.interact(() -> panel().scrollTo(showTrace));
        robot.clickOn(showTrace);
        waitUntil(() -> window.getTraceView().getViewModel().getTrace() != null, "the trace shows");
        assertFalse(window.getTraceView().getViewModel().getTrace().reachable());
        assertEquals("web-1", window.getTraceView().getViewModel().getTrace().query().fromLabel());

        // Hints come one at a time.
        Node hintButton = robot.from(panelRoot).lookup("Show a hint (3 left)").query();
        robot.interact(() -> panel().scrollTo(hintButton));
        robot.clickOn(hintButton);
        assertTrue(robot.from(panelRoot).lookup("Trace web-1 to orders-db on tcp/3306 and look at the reply, not the request.")
                .tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> panel().scrollTo(hintButton));
        robot.clickOn(hintButton);
        assertEquals(2, panel().getViewModel().getHints().size());

        // Select db-nacl (as its badge does) and widen its reply rule in the inspector: 3306 -> 1024-65535.
        String dbNacl = doc.getDiagram().model().networkAcls().stream().filter(a -> a.name().equals("db-nacl"))
                .findFirst().orElseThrow().id();
        robot.interact(() -> {
            doc.getSelection().clear();
            doc.getSelection().add(dbNacl);
        });
        WaitForAsyncUtils.waitForFxEvents();
        new EditorRobot(robot, window).editCell(InspectorView.OUTBOUND, 0, "ports", "1024-65535");
        AclEntry reply = doc.getDiagram().model().networkAcl(dbNacl).outbound().get(0);
        assertEquals(new PortRange(1024, 65535), reply.ports());

        waitUntil(() -> marks().equals(List.of("✓", "✓", "✓")), "every assertion holds after the edit");
        assertEquals("", panel().getViewModel().explanationProperty().get(), "no explanation before Check");
        robot.clickOn("Check");
        waitUntil(() -> panel().getViewModel().solvedProperty().get(), "Check grades it solved");
        Label result = robot.from(panelRoot).lookup(".lab-result").queryAs(Label.class);
        assertEquals("Solved! Every assertion holds and every rule of the lab is kept.", result.getText());
        Label explanation = robot.from(panelRoot).lookup(".lab-explanation").queryAs(Label.class);
        assertTrue(explanation.isVisible() && explanation.getText().startsWith("Security groups are stateful"));
        assertTrue(LabProgress.forUser().isDone(LAB), "the done mark is kept in the preferences");

        // The attempt is saved as a lab file carrying its start, and reopens with its panel.
        Path saved = dir.resolve("attempt.json");
        window.getLabs().setFileChoosers(name -> saved, () -> saved);
        robot.clickOn("Save Attempt…");
        waitUntil(() -> Files.exists(saved), "the attempt is written");
        LabFile attempt = LabReader.read(saved).file();
        assertNotNull(attempt);
        assertEquals(doc.getDiagram(), attempt.diagram());
        assertTrue(attempt.changed());

        // Reset restores the start: the assertion fails again and the verdict is taken back.
        robot.clickOn("Reset");
        waitUntil(() -> marks().get(0).equals("✗"), "the start is back");
        assertFalse(panel().getViewModel().solvedProperty().get());
        assertEquals(attempt.start(), doc.getDiagram());

        robot.clickOn("Help");
        robot.clickOn("Labs…");
        waitUntil(() -> window.getLabs().browser().getStage().isShowing(), "the browser shows again");
        assertTrue(robot.lookup("14 labs, 1 done").tryQuery().isPresent(), "the browser marks the lab done");
        robot.clickOn("Close");
    }
}
