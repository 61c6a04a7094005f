package io.hopscope.app.prefs;

import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The look and language a person chose, remembered across runs with {@link java.util.prefs}. The
 * language is empty when it follows the system. The node can be moved with the system property
 * {@code hopscope.prefs.node} so tests never touch a person's real settings.
 */
public final class UiPreferences {

    public static final String NODE_PROPERTY = "hopscope.prefs.node";
    static final String DARK_THEME = "darkTheme";
    static final String LANGUAGE = "language";
    /** The languages the bundle is translated into; "" follows the system. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("", "en", "ko");

    private final Preferences node;

    public UiPreferences(Preferences node) {
        this.node = node;
    }

    public static UiPreferences forUser() {
        return new UiPreferences(Preferences.userRoot().node(System.getProperty(NODE_PROPERTY, "/io/hopscope/ui")));
    }

    public boolean isDarkTheme() {
        return node.getBoolean(DARK_THEME, false);
    }

    public void setDarkTheme(boolean dark) {
        node.putBoolean(DARK_THEME, dark);
        flush();
    }

    /** "en", "ko", or "" for the system's language. */
    public String language() {
        String l = node.get(LANGUAGE, "");
        return LANGUAGES.contains(l) ? l : "";
    }

    public void setLanguage(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("unsupported language '" + language + "'");
        }
        node.put(LANGUAGE, language);
        flush();
    }

    /** The locale the bundle should use: the chosen language, else the system's. */
    public Locale locale(Locale system) {
        String l = language();
        return l.isEmpty() ? system : Locale.forLanguageTag(l);
    }

    /** Makes the chosen language the default locale, before any window loads its strings. */
    public void applyLanguage() {
        Locale.setDefault(locale(Locale.getDefault()));
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Settings kept for this run only; losing them is not worth stopping the app.
        }
    }
}
