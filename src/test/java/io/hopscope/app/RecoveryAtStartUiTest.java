package io.hopscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.io.format.DiagramWriter;
import io.hopscope.ui.UiTestDiagrams;
import io.hopscope.app.window.MainWindowView;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app as Main starts it, after a session that crashed with unsaved changes: recovery never
 * replaces the file named on the command line, and recovery data lives until it is not needed.
 */
@Tag("ui")
class RecoveryAtStartUiTest {

    @BeforeAll
    static void englishStrings() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @TempDir
    Path dir;

    private Path recoveryFolder;
    private String recoveryBefore;
    private Stage stage;
    private Application app;
    private List<Path> recentBefore;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void isolate() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        recentBefore = RecentFiles.forUser().load();
        recoveryFolder = Files.createDirectories(dir.resolve("recovery"));
        recoveryBefore = System.getProperty("hopscope.recoveryDir");
        System.setProperty("hopscope.recoveryDir", recoveryFolder.toString());
    }

    @AfterEach
    void restore() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        RecentFiles.forUser().save(recentBefore);
        if (recoveryBefore == null) {
            System.clearProperty("hopscope.recoveryDir");
        } else {
            System.setProperty("hopscope.recoveryDir", recoveryBefore);
        }
    }

    /** What a crashed session leaves: the autosaved diagram and the file it belongs to. */
    private Path leaveRecovery(Path source, Diagram diagram) throws Exception {
        Path recovery = recoveryFolder.resolve(source.getFileName() + "-1~dead.recovery.json");
        Files.writeString(recoveryFolder.resolve(source.getFileName() + "-1~dead.source"), source.toString());
        Files.writeString(recovery, DiagramWriter.toJson(diagram), StandardCharsets.UTF_8);
        return recovery;
    }

    private static Diagram edited() {
        Diagram d = UiTestDiagrams.twoTier();
        return new Diagram("edited before the crash", d.description(), d.model(), d.layout(), d.traces());
    }

    private DialogPane dialog(String styleClass) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("." + styleClass).queryAs(DialogPane.class);
    }

    private void answer(DialogPane pane, String button) {
        robot.clickOn(robot.from(pane).lookup(button).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void recoveryNeverReplacesTheFileNamedOnTheCommandLine() throws Exception {
        Path named = dir.resolve("named.json");
        DiagramWriter.save(Diagram.EMPTY, named);
        Path other = dir.resolve("other.json");
        DiagramWriter.save(UiTestDiagrams.twoTier(), other);
        Path recovery = leaveRecovery(other, edited());

        app = FxToolkit.setupApplication(HopscopeApp.class, named.toString());
        DialogPane prompt = dialog(MainWindowView.RECOVERY_DIALOG);
        assertTrue(prompt.getHeaderText().contains(other.toString()), prompt.getHeaderText());
        assertTrue(prompt.getContentText().contains("named.json stays open"), prompt.getContentText());
        assertTrue(Files.exists(recovery), "nothing is deleted before the user answers");

        answer(prompt, "Open in new window");
        List<MainWindowView> windows = ((HopscopeApp) app).windows();
        assertEquals(2, windows.size(), "the recovered diagram has a window of its own");
        assertEquals("Hopscope — named.json", stage.getTitle(), "the named file is still shown, unchanged");
        MainWindowView recovered = windows.get(1);
        assertEquals("edited before the crash", recovered.getViewModel().getDiagram().title());
        assertEquals("Hopscope — other.json •", recovered.getViewModel().getTitle());
        assertTrue(Files.exists(recovery), "kept until the recovered changes are saved");

        Stage recoveredStage = (Stage) recovered.getRoot().getScene().getWindow();
        robot.interact(recoveredStage::requestFocus);
        robot.clickOn(recovered.getRoot().lookup(".canvas-scroll"));
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("edited before the crash", io.hopscope.io.format.DiagramReader.read(other).diagram().title());
        assertFalse(Files.exists(recovery), "saved: the recovery data is no longer needed");
    }

    @Test
    void recoveryDataSurvivesOpeningItsFileUntilTheUserAnswers() throws Exception {
        Path named = dir.resolve("named.json");
        DiagramWriter.save(UiTestDiagrams.twoTier(), named);
        Path recovery = leaveRecovery(named, edited());

        app = FxToolkit.setupApplication(HopscopeApp.class, named.toString());
        DialogPane prompt = dialog(MainWindowView.RECOVERY_DIALOG);
        assertTrue(Files.exists(recovery), "opening the file does not delete its recovery data");
        answer(prompt, "Keep for later");
        assertTrue(Files.exists(recovery), "kept for later means kept");
        assertEquals("Hopscope — named.json", stage.getTitle());

        robot.push(KeyCode.CONTROL, KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing());
        assertTrue(Files.exists(recovery), "a clean quit keeps what the user chose to keep");
    }

    @Test
    void quitAsksForEveryWindowAndCancelStops() throws Exception {
        Path named = dir.resolve("named.json");
        DiagramWriter.save(Diagram.EMPTY, named);
        Path other = dir.resolve("other.json");
        DiagramWriter.save(UiTestDiagrams.twoTier(), other);
        leaveRecovery(other, edited());
        app = FxToolkit.setupApplication(HopscopeApp.class, named.toString());
        answer(dialog(MainWindowView.RECOVERY_DIALOG), "Open in new window");
        MainWindowView first = ((HopscopeApp) app).windows().get(0);
        robot.interact(() -> first.getViewModel().newDiagram());
        robot.interact(() -> first.getViewModel().editor().drop(io.hopscope.edit.create.NewResourceKind.VPC, 300, 200));
        assertTrue(first.getViewModel().hasUnsavedChanges());

        robot.push(KeyCode.CONTROL, KeyCode.Q);
        DialogPane asked = dialog(MainWindowView.UNSAVED_DIALOG);
        assertTrue(asked.getHeaderText().contains("other.json"), "the recovered window asks first: " + asked.getHeaderText());
        answer(asked, "Discard");
        DialogPane next = dialog(MainWindowView.UNSAVED_DIALOG);
        assertTrue(next.getHeaderText().contains("Untitled"), next.getHeaderText());
        answer(next, "Cancel");
        assertEquals(1, ((HopscopeApp) app).windows().size(), "Cancel stops the quit with this window open");
        assertTrue(stage.isShowing());
    }

    @Test
    void staleTemporaryFilesOfAnInterruptedSaveAreRemovedAtStart() throws Exception {
        Path named = dir.resolve("named.json");
        DiagramWriter.save(UiTestDiagrams.twoTier(), named);
        Path stale = Files.writeString(dir.resolve(".named.json.4471122334455.tmp"), "{\"format\": \"hops");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(3600)));
        app = FxToolkit.setupApplication(HopscopeApp.class, named.toString());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(named));
    }
}
