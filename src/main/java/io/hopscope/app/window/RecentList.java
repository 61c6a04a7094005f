package io.hopscope.app.window;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The recent files, most recent first, at most {@link MainWindowViewModel#MAX_RECENT_FILES}. */
final class RecentList {

    private final ObservableList<Path> files = FXCollections.observableArrayList();

    RecentList(List<Path> initial) {
        files.setAll(initial.stream().limit(MainWindowViewModel.MAX_RECENT_FILES).toList());
    }

    ObservableList<Path> files() {
        return files;
    }

    void remember(Path path) {
        List<Path> updated = new ArrayList<>(files);
        updated.remove(path);
        updated.add(0, path);
        files.setAll(updated.subList(0, Math.min(MainWindowViewModel.MAX_RECENT_FILES, updated.size())));
    }

    /** The folder a file chooser starts in: the one of the latest file, if it still exists. */
    Path lastFolder() {
        return files.stream().map(Path::getParent).filter(p -> p != null && p.toFile().isDirectory())
                .findFirst().orElse(null);
    }
}
