package io.hopscope.ui.lab;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Which labs the user has solved, kept in the user's preferences (beside the app's own, under
 * {@code labs}) so the lab browser shows its marks across sessions.
 */
public final class LabProgress {

    private final Preferences node;

    public LabProgress(Preferences node) {
        this.node = node;
    }

    /** The same preferences node as the app's own (app.prefs.UiPreferences, which ui may not import), then {@code labs}. */
    public static LabProgress forUser() {
        return new LabProgress(Preferences.userRoot()
                .node(System.getProperty("hopscope.prefs.node", "/io/hopscope/ui")).node("labs"));
    }

    public boolean isDone(String labId) {
        return node.getBoolean("done." + labId, false);
    }

    public void markDone(String labId) {
        node.putBoolean("done." + labId, true);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // The mark stays for this session; preferences that cannot be written are not worth a dialog.
        }
    }
}
