package io.hopscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.io.format.DiagramWriter;
import io.hopscope.ui.UiTestDiagrams;
import io.hopscope.ui.canvas.DiagramCanvasView;
import io.hopscope.app.window.MainWindowView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window wired as the app wires it: real files through the file-format reader. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class OpenFileUiTest {

    @BeforeAll
    static void englishStrings() {
        // The assertions read English labels; a developer's Korean locale would pick messages_ko.
        Locale.setDefault(Locale.ENGLISH);
    }

    @TempDir
    Path dir;

    private MainWindowView window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = HopscopeApp.createMainWindow(FileDiagramLoader::load, List.of());
        window.showOn(stage);
    }

    private void open(FxRobot robot, Path file) {
        robot.interact(() -> window.openFile(file));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long count(FxRobot robot, String styleClass) {
        return robot.lookup(n -> n.getStyleClass().contains("shape") && n.getStyleClass().contains(styleClass)).queryAll().size();
    }

    @Test
    void opensASavedDiagramFileAndDrawsIt(FxRobot robot) throws IOException {
        Path file = dir.resolve("two-tier.json");
        DiagramWriter.save(UiTestDiagrams.twoTier(), file);
        open(robot, file);
        assertEquals("Hopscope — two-tier.json", stage.getTitle());
        assertEquals(2, count(robot, "vpc"));
        assertEquals(3, count(robot, "subnet"));
        assertEquals(3, count(robot, "workload"));
        Node db = robot.lookup(n -> UiTestDiagrams.DB.equals(n.getProperties().get(DiagramCanvasView.RESOURCE_ID))).query();
        assertTrue(db.getStyleClass().contains("workload-rds"));
    }

    @Test
    void aMalformedFileShowsTheReadersReasonWithThePathAndKeepsTheOpenDiagram(FxRobot robot) throws IOException {
        Path good = dir.resolve("two-tier.json");
        DiagramWriter.save(UiTestDiagrams.twoTier(), good);
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"hopscope\", ");
        open(robot, good);
        open(robot, broken);

        DialogPane dialog = robot.lookup("." + MainWindowView.OPEN_FAILURE_DIALOG).queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().contains(broken.toString()), dialog.getContentText());
        assertTrue(dialog.getContentText().toLowerCase().contains("json"), dialog.getContentText());
        assertEquals("Hopscope — two-tier.json", stage.getTitle());
        assertEquals(2, count(robot, "vpc"));
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }

    @Test
    void aMissingFileIsReportedNotThrown(FxRobot robot) {
        Path missing = dir.resolve("nope.json");
        open(robot, missing);
        DialogPane dialog = robot.lookup("." + MainWindowView.OPEN_FAILURE_DIALOG).queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().contains(missing.toString()));
        assertEquals("Hopscope", stage.getTitle());
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }
}
