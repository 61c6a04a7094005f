package io.hopscope.app.window;

import io.hopscope.testing.MainWindowFixture;
import io.hopscope.app.files.DiagramLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.app.HopscopeApp;
import io.hopscope.ui.trace.TraceViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
 * The trace explorer and the inspector wired together as the app wires them: stepping onto the hop
 * that drops the reply opens the DB NACL's outbound table with the final {@code *} row selected.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TraceRevealsRuleUiTest {

    private static final Path BROKEN = Path.of("diagrams/ec2-to-rds-broken-return.json").toAbsolutePath();
    private static final String BROKEN_DB_NACL = "acl-0a1b2c3d4e5f6010a";

    private MainWindowView window;

    @BeforeAll
    static void englishStrings() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage, 1240, 780);
    }

    @Test
    void steppingOntoTheDroppingHopOpensTheNaclAtTheFinalDenyRule(FxRobot robot) {
        robot.interact(() -> window.openFile(BROKEN));
        WaitForAsyncUtils.waitForFxEvents();
        TraceViewModel vm = window.getTraceView().getViewModel();
        robot.interact(() -> {
            vm.fromProperty().set("web-1");
            vm.toProperty().set("orders-db");
            vm.portProperty().set("3306");
        });
        robot.clickOn(".trace-run");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(vm::last);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(java.util.Set.of(BROKEN_DB_NACL), window.getViewModel().document().getSelection(),
                "the NACL that dropped the reply is selected");
        TabPane ruleTabs = robot.lookup("#rule-tabs").queryAs(TabPane.class);
        Tab shown = ruleTabs.getSelectionModel().getSelectedItem();
        assertEquals("outbound", shown.getId(), "the reply leaves the DB subnet: its outbound rules decide");
        TableView<?> table = robot.from(shown.getContent()).lookup(".table-view").queryAs(TableView.class);
        int selected = table.getSelectionModel().getSelectedIndex();
        assertTrue(selected >= 0, "a rule row is selected");
        assertEquals(table.getItems().size() - 1, selected, "the final * row is the last row of the table");
    }
}
