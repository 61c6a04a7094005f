package io.hopscope.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;

/** The recent-files list, kept in the user's preferences between runs. */
final class RecentFiles {

    private static final String KEY = "recentFiles";

    private final Preferences preferences;

    RecentFiles(Preferences preferences) {
        this.preferences = preferences;
    }

    static RecentFiles forUser() {
        return new RecentFiles(Preferences.userNodeForPackage(RecentFiles.class));
    }

    List<Path> load() {
        String stored = preferences.get(KEY, "");
        return Arrays.stream(stored.split("\n")).filter(s -> !s.isBlank()).map(Path::of).toList();
    }

    void save(List<Path> files) {
        preferences.put(KEY, files.stream().map(Path::toString).collect(Collectors.joining("\n")));
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // Losing the recent list is harmless; the next change tries again.
        }
    }
}
