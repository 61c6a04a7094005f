package io.hopscope.app;

import io.hopscope.io.format.StaleTemps;
import io.hopscope.app.files.Autosave;
import io.hopscope.app.files.DiagramLoader;
import io.hopscope.app.window.MainWindowView;
import io.hopscope.app.window.MainWindowViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop application and its composition root: it makes the file reader, the recent-files
 * store and the main window, and opens the file given on the command line. {@link io.hopscope.Main}
 * starts it.
 */
public final class HopscopeApp extends Application {

    /** Unsaved changes are written to the recovery folder this long after the last change. */
    static final long AUTOSAVE_DELAY_MILLIS = 3000;

    private AppWindows windows;

    public static void launchWith(String[] args) {
        Application.launch(HopscopeApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        // The chosen language must be the default locale before any window loads its strings.
        io.hopscope.app.prefs.UiPreferences.forUser().applyLanguage();
        RecentFiles recent = RecentFiles.forUser();
        List<Path> args = getParameters().getRaw().size() == 1 ? List.of(Path.of(getParameters().getRaw().get(0)))
                : List.of();
        removeStaleTemps(recent.load(), args);
        Path recoveryFolder = Autosave.userFolder();
        // Read before any window autosaves, so only what earlier sessions left is offered.
        List<Autosave.Recovery> recoveries = new Autosave(recoveryFolder, AUTOSAVE_DELAY_MILLIS).pending();
        windows = new AppWindows(FileDiagramLoader::load, recent, recoveryFolder, AUTOSAVE_DELAY_MILLIS);
        MainWindowView window = windows.open(stage);
        args.forEach(window::openFile);
        window.offerRecovery(recoveries);
    }

    /**
     * Temporary files of saves that were interrupted (power cut, killed process) beside the files
     * this user works on: the recent files and the one named on the command line. A minute's
     * margin spares a save another Hopscope is doing right now.
     */
    private static void removeStaleTemps(List<Path> recentFiles, List<Path> args) {
        java.util.stream.Stream.concat(recentFiles.stream(), args.stream()).distinct()
                .forEach(f -> StaleTemps.removeStale(f, java.time.Duration.ofMinutes(1)));
    }

    /** The windows of this run (tests look at a recovered diagram's window). */
    List<MainWindowView> windows() {
        return windows == null ? List.of() : windows.windows();
    }

    /** The main window, wired to {@code loader}; tests call this with diagrams built in code. */
    public static MainWindowView createMainWindow(DiagramLoader loader, List<Path> recentFiles) {
        ResourceBundle messages = messages();
        MainWindowViewModel viewModel = new MainWindowViewModel(loader, messages, version(), recentFiles);
        return new MainWindowView(viewModel, messages);
    }

    public static ResourceBundle messages() {
        return ResourceBundle.getBundle("io.hopscope.i18n.messages");
    }

    /** The version from the jar manifest (set by Maven), or "development build" when run from classes. */
    static String version() {
        String v = HopscopeApp.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
