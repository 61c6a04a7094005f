package io.hopscope.ui.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.app.window.MainWindowView;
import io.hopscope.diagram.Diagram;
import io.hopscope.io.collect.RecordedAwsServer;
import io.hopscope.testing.MainWindowFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
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
 * File > Import/Export > Import from AWS account… as a person uses it, against the recorded local
 * endpoint: the menu opens the dialog with the profile's Region chosen, the endpoint is typed and
 * Enter starts the read; Cancel mid-run stops it and leaves the window as it was; the second run
 * imports the account as a new diagram and the dialog closes itself; Esc closes an idle dialog.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AccountImportUiTest {
    private static final Path SAMPLE = Path.of("../shared/aws-samples-v2/batfish-test-load-balancer/aws_configs");

    private MainWindowView window;

    @BeforeAll
    static void englishAndFakeCredentials() {
        Locale.setDefault(Locale.ENGLISH);
        System.setProperty("aws.accessKeyId", "AKIAIOSFODNN7EXAMPLE");
        System.setProperty("aws.secretAccessKey", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        System.setProperty("aws.region", "us-east-1");
    }

    @AfterAll
    static void clear() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        System.clearProperty("aws.region");
    }

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage, 900, 640);
    }

    @Test
    void cancelMidRunThenReadAndImportTheAccount(FxRobot robot) throws Exception {
        try (RecordedAwsServer aws = new RecordedAwsServer(List.of(SAMPLE), 2, Set.of(), Set.of())) {
            aws.delay(200);
            Diagram before = window.getViewModel().getDiagram();
            openDialog(robot);
            @SuppressWarnings("unchecked")
            ListView<String> regions = robot.lookup("#collect-regions").queryAs(ListView.class);
            assertEquals(List.of("us-east-1"), List.copyOf(regions.getSelectionModel().getSelectedItems()),
                    "the default profile's Region is chosen");
            robot.clickOn("#collect-endpoint").write(aws.uri().toString());
            robot.push(KeyCode.ENTER);
            MainWindowFixture.waitFor(() -> !log(robot).getItems().isEmpty());
            robot.clickOn("#collect-cancel");
            MainWindowFixture.waitFor(() -> status(robot).getText().equals("Cancelled; nothing was imported."));
            assertTrue(dialogShowing(robot), "the dialog stays open after a cancel");
            assertEquals(before, window.getViewModel().getDiagram(), "nothing was imported");
            int afterCancel = aws.requests.values().stream().mapToInt(a -> a.get()).sum();
            assertTrue(afterCancel < 22, "stopped before the remaining listings: " + afterCancel);

            aws.delay(0);
            robot.clickOn("#collect-start");
            MainWindowFixture.waitFor(() -> window.getViewModel().getDiagram() != null
                    && !window.getViewModel().getDiagram().model().vpcs().isEmpty());
            MainWindowFixture.waitFor(() -> !dialogShowing(robot));
            Diagram imported = window.getViewModel().getDiagram();
            assertEquals(1, imported.model().loadBalancers().size(), "the account's load balancer is in the new diagram");
            assertFalse(imported.layout().toString().isEmpty());
        }
    }

    @Test
    void escapeClosesTheIdleDialog(FxRobot robot) {
        openDialog(robot);
        robot.push(KeyCode.ESCAPE);
        MainWindowFixture.waitFor(() -> !dialogShowing(robot));
    }

    private void openDialog(FxRobot robot) {
        // The menu labels keep their mnemonic marks until Alt is held.
        robot.clickOn(showing(robot, "_File"));
        MainWindowFixture.waitFor(() -> {
            // A submenu opens while the pointer rests on it; a popup lays its items out anew as it opens.
            robot.moveTo(showing(robot, "Import/E_xport"));
            WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
            return robot.lookup("Import from AWS _account…").match(AccountImportUiTest::inShowingWindow).tryQuery().isPresent();
        });
        // The item is shown; fire it as a click does (under headless Monocle the pointer's travel to
        // a submenu item often closes the submenu first, as NeverLoseWorkUiTest notes for Re-import).
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem item = bar.getMenus().get(0).getItems().stream()
                .filter(i -> i instanceof javafx.scene.control.Menu).flatMap(m -> ((javafx.scene.control.Menu) m).getItems().stream())
                .filter(i -> "importAccountItem".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(() -> {
            item.getParentPopup().hide();
            item.fire();
        });
        MainWindowFixture.waitFor(() -> dialogShowing(robot));
        MainWindowFixture.waitUntilShown(robot.lookup("#collect-endpoint").query());
    }

    private static Node showing(FxRobot robot, String text) {
        MainWindowFixture.waitFor(() -> robot.lookup(text).match(AccountImportUiTest::inShowingWindow).tryQuery().isPresent());
        return robot.lookup(text).match(AccountImportUiTest::inShowingWindow).query();
    }

    private static boolean inShowingWindow(Node n) {
        return n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing();
    }

    private static boolean dialogShowing(FxRobot robot) {
        return robot.lookup("." + AccountImportView.STYLE).tryQuery()
                .filter(n -> n.getScene() != null && n.getScene().getWindow().isShowing()).isPresent();
    }

    private static Label status(FxRobot robot) {
        return robot.lookup("#collect-status").queryAs(Label.class);
    }

    @SuppressWarnings("unchecked")
    private static ListView<String> log(FxRobot robot) {
        return robot.lookup("#collect-log").queryAs(ListView.class);
    }
}
