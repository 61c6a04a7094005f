package io.hopscope.app.prefs;

import io.hopscope.testing.MainWindowFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.app.HopscopeApp;
import io.hopscope.app.window.MainWindowView;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuBar;
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

/** Theme and language preferences through the View menu, remembered in a preferences node of the test's own. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PreferencesUiTest {

    private static final String NODE = "/io/hopscope/test/preferences-ui";
    private static String previousNode;

    private MainWindowView window;
    private Stage stage;

    @BeforeAll
    static void isolatedPreferences() throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        previousNode = System.getProperty(UiPreferences.NODE_PROPERTY);
        System.setProperty(UiPreferences.NODE_PROPERTY, NODE);
        Preferences.userRoot().node(NODE).clear();
    }

    @AfterAll
    static void restore() throws Exception {
        Preferences.userRoot().node(NODE).removeNode();
        if (previousNode == null) {
            System.clearProperty(UiPreferences.NODE_PROPERTY);
        } else {
            System.setProperty(UiPreferences.NODE_PROPERTY, previousNode);
        }
        Locale.setDefault(Locale.ENGLISH);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = MainWindowFixture.show(stage, f -> null, 1000, 700);
    }

    private static boolean dark(Scene scene) {
        return scene.getStylesheets().stream().anyMatch(s -> s.endsWith("dark.css"));
    }

    @Test
    void theDarkThemeIsSwitchedFromTheViewMenuAndRememberedForTheNextWindow(FxRobot robot) {
        assertFalse(dark(stage.getScene()));
        robot.clickOn("View").clickOn("Dark Theme");
        assertTrue(dark(stage.getScene()));
        assertTrue(UiPreferences.forUser().isDarkTheme());

        Scene[] scene = new Scene[1];
        robot.interact(() -> scene[0] = HopscopeApp.createMainWindow(f -> null, List.of()).createScene());
        assertTrue(dark(scene[0]), "a new window starts dark");

        robot.clickOn("View").clickOn("Dark Theme");
        assertFalse(dark(stage.getScene()));
        assertFalse(UiPreferences.forUser().isDarkTheme());
    }

    @Test
    void koreanIsChosenInPreferencesAndUsedByTheNextStart(FxRobot robot) {
        robot.clickOn("View").clickOn("Preferences…");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".prefs-note").tryQuery().isPresent(), "the dialog says when a language applies");
        @SuppressWarnings("unchecked")
        ComboBox<String> language = robot.lookup("#prefs-language").queryAs(ComboBox.class);
        robot.clickOn(language).clickOn("한국어 (Korean)");
        robot.clickOn("OK");
        assertEquals("ko", UiPreferences.forUser().language());

        Locale system = Locale.getDefault();
        try {
            UiPreferences.forUser().applyLanguage();
            ResourceBundle messages = HopscopeApp.messages();
            assertEquals("보기(_V)", messages.getString("menu.view"));
            MenuBar[] bar = new MenuBar[1];
            robot.interact(() -> bar[0] = (MenuBar) HopscopeApp.createMainWindow(f -> null, List.of()).getRoot()
                    .lookup(".menu-bar"));
            assertTrue(bar[0].getMenus().stream().anyMatch(m -> m.getText().equals("보기(_V)")));
        } finally {
            Locale.setDefault(system);
            UiPreferences.forUser().setLanguage("");
        }
    }
}
