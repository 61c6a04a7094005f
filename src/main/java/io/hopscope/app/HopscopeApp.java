package io.hopscope.app;

import io.hopscope.ui.main.Autosave;
import io.hopscope.ui.main.DiagramLoader;
import io.hopscope.ui.main.MainWindowView;
import io.hopscope.ui.main.MainWindowViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The desktop application and its composition root: it makes the file reader, the recent-files
 * store and the main window, and opens the file given on the command line. {@link io.hopscope.Main}
 * starts it.
 */
public final class HopscopeApp extends Application {

    /** Unsaved changes are written to the recovery folder this long after the last change. */
    static final long AUTOSAVE_DELAY_MILLIS = 3000;

    public static void launchWith(String[] args) {
        Application.launch(HopscopeApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        // The chosen language must be the default locale before any window loads its strings.
        io.hopscope.ui.prefs.UiPreferences.forUser().applyLanguage();
        RecentFiles recent = RecentFiles.forUser();
        MainWindowView window = createMainWindow(FileDiagramLoader::load, recent.load());
        window.getViewModel().getRecentFiles()
                .addListener((ListChangeListener<Path>) c -> recent.save(List.copyOf(c.getList())));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(1280, screen.getWidth() * 0.9));
        stage.setHeight(Math.min(860, screen.getHeight() * 0.9));
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        window.getViewModel().setSaver(io.hopscope.io.format.DiagramWriter::save);
        Autosave autosave = new Autosave(Autosave.userFolder(), AUTOSAVE_DELAY_MILLIS);
        List<Autosave.Recovery> recoveries = autosave.pending();
        window.getViewModel().useAutosave(autosave);
        window.showOn(stage);
        List<String> args = getParameters().getRaw();
        if (args.size() == 1) {
            window.openFile(Path.of(args.get(0)));
        }
        window.offerRecovery(recoveries);
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
