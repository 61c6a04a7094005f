package io.hopscope.app.window;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.check.Problem;
import io.hopscope.edit.RenameResourceEdit;
import io.hopscope.testing.MainWindowFixture;
import io.hopscope.ui.trace.TraceViewModel;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A Korean window says in Korean what the last edit was (the Edit menu's undo), what is wrong with
 * the model (the Problems panel) and why a trace question cannot be answered (issue 18 item 4).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class KoreanUndoProblemsAndQueryUiTest {

    private static final Path BROKEN = Path.of("diagrams/ec2-to-rds-broken-return.json").toAbsolutePath();
    private static final String DB_ACL = "acl-0a1b2c3d4e5f60109";
    private static Locale before;
    private MainWindowView window;

    @BeforeAll
    static void korean() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.KOREAN);
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(before);
    }

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage, 1240, 780);
    }

    private static boolean hangul(String s) {
        return s.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    }

    @Test
    void undoProblemsAndABadQueryReadInKorean(FxRobot robot) {
        MainWindowFixture.open(robot, window, BROKEN);
        var document = window.getViewModel().document();
        robot.interact(() -> document.perform(new RenameResourceEdit(DB_ACL, "db-nacl-2")));
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu edit = bar.getMenus().stream().filter(m -> m.getText().startsWith("편집"))
                .findFirst().orElseThrow();
        robot.interact(edit::show);
        WaitForAsyncUtils.waitForFxEvents();
        MenuItem undo = edit.getItems().stream().filter(i -> i.getText() != null && i.getText().contains("실행 취소"))
                .findFirst().orElseThrow();
        String undoText = undo.getText();
        assertTrue(undoText.endsWith("실행 취소") && undoText.contains("이름을") && undoText.contains("db-nacl-2"), undoText);
        robot.interact(edit::hide);

        TableView<?> problems = window.getProblemsView().getTable();
        assertFalse(problems.getItems().isEmpty(), "the broken return has findings");
        for (Object row : problems.getItems()) {
            String shown = window.getProblemsView().getViewModel().messageText((Problem) row);
            assertTrue(hangul(shown), shown);
        }

        TraceViewModel vm = window.getTraceView().getViewModel();
        robot.interact(() -> {
            vm.fromProperty().set("web-1");
            vm.toProperty().set("nosuch");
            vm.portProperty().set("3306");
        });
        robot.clickOn(".trace-run");
        WaitForAsyncUtils.waitForFxEvents();
        String error = robot.lookup(".trace-error").queryAs(Label.class).getText();
        assertTrue(hangul(error) && error.contains("nosuch"), error);
        assertFalse(error.contains("--"), "no command-line flag in the window: " + error);
    }
}
