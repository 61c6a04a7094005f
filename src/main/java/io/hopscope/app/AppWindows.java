package io.hopscope.app;

import io.hopscope.app.files.Autosave;
import io.hopscope.app.files.DiagramLoader;
import io.hopscope.app.window.MainWindowView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The app's open windows: usually one; a recovered diagram gets its own next to the file named on
 * the command line. File > Quit closes them all in turn, each asking about its unsaved changes;
 * Cancel in any of them stops the quit with that window and the rest still open.
 */
final class AppWindows {

    private final DiagramLoader loader;
    private final RecentFiles recent;
    private final Path recoveryFolder;
    private final long autosaveDelayMillis;
    private final List<MainWindowView> windows = new ArrayList<>();

    AppWindows(DiagramLoader loader, RecentFiles recent, Path recoveryFolder, long autosaveDelayMillis) {
        this.loader = loader;
        this.recent = recent;
        this.recoveryFolder = recoveryFolder;
        this.autosaveDelayMillis = autosaveDelayMillis;
    }

    /** A main window on {@code stage}, wired like every other: recent files, autosave, quit, recovery. */
    MainWindowView open(Stage stage) {
        MainWindowView window = HopscopeApp.createMainWindow(loader, recent.load());
        window.getViewModel().getRecentFiles()
                .addListener((ListChangeListener<Path>) c -> recent.save(List.copyOf(c.getList())));
        window.getViewModel().setSaver(io.hopscope.io.format.DiagramWriter::save);
        Autosave autosave = new Autosave(recoveryFolder, autosaveDelayMillis);
        window.getViewModel().useAutosave(autosave);
        window.setQuitHandler(this::quit);
        window.setRecoveryOpener(openInNewWindow());
        size(stage);
        window.showOn(stage);
        windows.add(window);
        stage.setOnHidden(e -> {
            windows.remove(window);
            autosave.close();
        });
        return window;
    }

    private Consumer<Autosave.Recovery> openInNewWindow() {
        return recovery -> {
            Stage stage = new Stage();
            MainWindowView window = open(stage);
            window.recover(recovery);
        };
    }

    /** Closes every window, most recent first, each asking about unsaved changes; Cancel stops. */
    void quit() {
        if (windows.isEmpty()) {
            return;
        }
        MainWindowView last = windows.get(windows.size() - 1);
        last.requestClose(this::quit);
    }

    List<MainWindowView> windows() {
        return List.copyOf(windows);
    }

    private static void size(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(1280, screen.getWidth() * 0.9));
        stage.setHeight(Math.min(860, screen.getHeight() * 0.9));
        stage.setMinWidth(640);
        stage.setMinHeight(420);
    }
}
