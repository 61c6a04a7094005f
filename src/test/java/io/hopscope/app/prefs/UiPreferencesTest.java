package io.hopscope.app.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UiPreferencesTest {

    private final Preferences node = Preferences.userRoot().node("/io/hopscope/test/ui-preferences");
    private final UiPreferences prefs = new UiPreferences(node);

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    @Test
    void theLanguageFollowsTheSystemUntilOneIsChosen() {
        assertEquals(Locale.GERMAN, prefs.locale(Locale.GERMAN));
        prefs.setLanguage("ko");
        assertEquals("ko", prefs.locale(Locale.GERMAN).getLanguage());
        assertEquals("ko", new UiPreferences(node).language(), "remembered in the node");
        assertThrows(IllegalArgumentException.class, () -> prefs.setLanguage("fr"));
    }

    @Test
    void theDarkThemeIsRemembered() {
        assertFalse(prefs.isDarkTheme());
        prefs.setDarkTheme(true);
        assertTrue(new UiPreferences(node).isDarkTheme());
    }
}
