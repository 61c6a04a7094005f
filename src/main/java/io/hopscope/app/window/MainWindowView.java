package io.hopscope.app.window;

import io.hopscope.app.files.Autosave;
import io.hopscope.app.prefs.UiPreferences;
import io.hopscope.ui.canvas.DiagramCanvasView;
import io.hopscope.ui.lab.LabController;
import io.hopscope.ui.inspector.InspectorView;
import io.hopscope.ui.palette.PaletteView;
import io.hopscope.ui.problems.ProblemsView;
import io.hopscope.ui.share.ShareView;
import io.hopscope.ui.trace.TraceView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The main window: the panel layout of {@code MainWindow.fxml}, the menus of
 * {@code MainMenuBar.fxml} ({@link MainMenus}), the panels ({@link WindowPanels}) placed in their
 * slots, and the status bar. Everything it shows comes from {@link MainWindowViewModel}; the file
 * side is {@link WindowFiles}, the Edit commands {@link EditCommands}.
 */
public final class MainWindowView implements ShareView.Host {

    public static final String LIGHT_THEME = "/io/hopscope/ui/theme/light.css";
    public static final String DARK_THEME = "/io/hopscope/ui/theme/dark.css";
    /** Style class of the dialog that reports a file that would not open. */
    public static final String OPEN_FAILURE_DIALOG = "open-failure-dialog";
    /** Style classes of the editor's dialogs, for tests and themes. */
    public static final String UNSAVED_DIALOG = FileCommands.UNSAVED_DIALOG;
    public static final String DELETE_DIALOG = EditCommands.DELETE_DIALOG;
    public static final String FIND_DIALOG = EditCommands.FIND_DIALOG;
    public static final String RECOVERY_DIALOG = "recovery-dialog";
    public static final String SAVE_FAILED_DIALOG = SaveCommands.SAVE_FAILED_DIALOG;
    public static final String DISK_CHANGED_DIALOG = SaveCommands.DISK_CHANGED_DIALOG;
    public static final String RELOAD_DIALOG = ReloadOffer.RELOAD_DIALOG;
    public static final String AWS_DATA_DIALOG = OpenFailureDialogs.AWS_DATA_DIALOG;
    public static final String OPEN_PROGRESS = FileOpening.PROGRESS_STYLE;

    private final MainWindowViewModel viewModel;
    private final ResourceBundle messages;
    private final BorderPane root;
    private final WindowPanels panels;
    private final WindowFiles files;
    private final EditCommands editCommands;
    private final MainMenus menus;
    private final UiPreferences preferences = UiPreferences.forUser();
    /** Picks a file to open; a test replaces the native chooser, which Monocle cannot show. */
    private Function<Path, Path> openTarget = this::chooseOpenFile;
    private Consumer<Path> awsFolderImport;

    @FXML private StackPane canvasHost;
    @FXML private StackPane paletteHost;
    @FXML private StackPane inspectorHost;
    @FXML private TabPane bottomTabs;
    @FXML private SplitPane verticalSplit;
    @FXML private SplitPane horizontalSplit;
    private LabController labs;
    private final WindowStatusBar statusBar;
    private final WindowNotices notices;

    public MainWindowView(MainWindowViewModel viewModel, ResourceBundle messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        menus = new MainMenus(this, messages, viewModel);
        statusBar = new WindowStatusBar(viewModel, messages);
        FXMLLoader fxml = new FXMLLoader(MainWindowView.class.getResource("/io/hopscope/app/window/MainWindow.fxml"),
                messages);
        // The layout's controller is this view; the included menu bar's is MainMenus, the status bar's WindowStatusBar.
        fxml.setControllerFactory(type -> type == MainMenus.class ? menus : type == WindowStatusBar.class ? statusBar : this);
        try {
            root = fxml.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load MainWindow.fxml", e);
        }
        panels = WindowPanels.create(viewModel, messages, this);
        placePanels();
        files = new WindowFiles(this, messages, canvasHost, this::fitLater);
        files.bindEmptyHint(panels.canvas());
        editCommands = new EditCommands(viewModel, messages, root, panels.canvas());
        panels.canvas().editing().ifPresent(g -> g.setOnDeleteRequest(editCommands::delete));
        awsFolderImport = panels.share()::importFrom;
        menus.bindStates();
        statusBar.bind(panels);
        notices = new WindowNotices(root);
        viewModel.statusLine().onNotice(notices::show);
        panels.share().getViewModel().onNotice(notices::show);
        menus.darkThemeItem().setSelected(preferences.isDarkTheme());
        menus.darkThemeItem().selectedProperty().addListener((obs, old, dark) -> {
            WindowScene.applyTheme(root.getScene(), dark);
            preferences.setDarkTheme(dark);
        });
    }

    /** Each panel in its slot of the layout; the import badge over the canvas. */
    private void placePanels() {
        canvasHost.getChildren().add(panels.canvas());
        Node badge = panels.share().progressBadge();
        StackPane.setAlignment(badge, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(badge, new Insets(12));
        canvasHost.getChildren().add(badge);
        paletteHost.getChildren().add(panels.palette().getRoot());
        inspectorHost.getChildren().add(panels.inspector().getRoot());
        bottomTabs.getTabs().addAll(panels.trace().createTab(), panels.problems().getTab());
        bottomTabs.getTabs().addAll(panels.reach().tabs());
        KeptDividerProportion.hold(horizontalSplit, 0.64);
        // The status bar took a line from the window: the trace panel keeps room for eight hops at 1280x720.
        verticalSplit.setDividerPositions(0.68);
        labs = new LabController(new LabDock(this, horizontalSplit, bottomTabs, panels.trace()), messages);
    }

    /** Help > Labs and the lab open in this window. */
    public LabController getLabs() {
        return labs;
    }

    UiPreferences preferences() {
        return preferences;
    }

    WindowPanels panels() {
        return panels;
    }

    FileCommands fileCommands() {
        return files.commands();
    }

    EditCommands editCommands() {
        return editCommands;
    }

    public PaletteView getPalette() {
        return panels.palette();
    }

    /** Replaces the native Save As chooser (which headless tests cannot drive) with {@code chooser}. */
    public void setSaveTarget(Function<Path, Path> chooser) {
        files.commands().setSaveTarget(chooser);
    }

    /** Saves as File > Save does (asking for a file when the diagram has none); true when saved at once. */
    public boolean save() {
        return files.commands().save();
    }

    /**
     * Offers to recover autosaved changes, one question per recovery file. A recovered diagram
     * never replaces what this window shows: it opens here only while the window is blank, else in
     * a window of its own ({@link #setRecoveryOpener}).
     */
    public void offerRecovery(List<Autosave.Recovery> recoveries) {
        files.offerRecovery(recoveries);
    }

    /** How a recovered diagram gets a window of its own when this one already shows a diagram. */
    public void setRecoveryOpener(Consumer<Autosave.Recovery> opener) {
        files.setRecoveryOpener(opener);
    }

    /** Recovers {@code recovery} into this window (a blank one, made for it). */
    public void recover(Autosave.Recovery recovery) {
        viewModel.recover(recovery);
        fitLater();
    }

    /**
     * Runs {@code next} at once when nothing is unsaved; else asks Save / Discard / Cancel first.
     * Every command that replaces the diagram (import, re-import, open, new) goes through it.
     */
    @Override
    public void whenChangesAreSafe(Runnable next) {
        files.commands().whenChangesAreSafe(next);
    }

    @Override
    public void forgetFile() {
        viewModel.close();
    }

    @Override
    public void fitToWindow() {
        panels.canvas().fitToWindowAtMostActualSize();
    }

    @Override
    public Node anchor() {
        return root;
    }

    /** Closes this window as its close button does, asking about unsaved changes; then {@code afterClosed}. */
    public void requestClose(Runnable afterClosed) {
        files.requestClose(afterClosed);
    }

    /** File > Quit (Ctrl+Q); the app sets one that closes every window in turn. */
    public void setQuitHandler(Runnable handler) {
        files.setQuitHandler(handler);
    }

    void quit() {
        files.quit();
    }

    /** How long opening waits for a quick read before it shows progress with Cancel (tests shorten it). */
    public void setQuickOpenMillis(long millis) {
        files.opening().setQuickMillis(millis);
    }

    void fitLater() {
        Platform.runLater(panels.canvas()::fitToWindowAtMostActualSize);
    }

    public InspectorView getInspector() {
        return panels.inspector();
    }

    public ProblemsView getProblemsView() {
        return panels.problems();
    }

    public io.hopscope.ui.reach.ReachPanels getReachPanels() {
        return panels.reach();
    }

    public ShareView getShareView() {
        return panels.share();
    }

    /** A scene holding this window's content with the theme applied. */
    public Scene createScene() {
        return WindowScene.create(root, menus.darkThemeItem().isSelected(), () -> viewModel.document().redo(),
                menus.findItem().getAccelerator(), editCommands::find);
    }

    /** Puts the window on {@code stage}, title bound to the open file. */
    public void showOn(Stage stage) {
        stage.setScene(createScene());
        stage.titleProperty().bind(viewModel.titleProperty());
        files.watch(stage);
        stage.show();
    }

    public Parent getRoot() {
        return root;
    }

    public DiagramCanvasView getCanvasView() {
        return panels.canvas();
    }

    public TraceView getTraceView() {
        return panels.trace();
    }

    public MainWindowViewModel getViewModel() {
        return viewModel;
    }

    /**
     * Opens the file (asking first about unsaved changes), or shows why it cannot be opened and
     * leaves the window as it was. The file is read off the FX thread; a slow read shows progress
     * with Cancel.
     */
    public void openFile(Path file) {
        files.open(file);
    }

    /** File > Open: asks about unsaved changes, then for a file. */
    void chooseAndOpen() {
        files.commands().whenChangesAreSafe(() -> {
            Path chosen = openTarget.apply(viewModel.lastFolder());
            if (chosen != null) {
                files.opening().open(chosen);
            }
        });
    }

    /** Whether a file is being read (progress with Cancel is showing). */
    public boolean isOpening() {
        return files.opening().isBusy();
    }

    /** Switches between the light theme and the dark one (as View > Dark Theme does). */
    public void setDarkTheme(boolean dark) {
        menus.darkThemeItem().setSelected(dark);
    }

    /** Replaces how an AWS folder met while opening a file is imported (the share commands by default). */
    public void setAwsFolderImport(Consumer<Path> importFolder) {
        this.awsFolderImport = importFolder;
    }

    Optional<Consumer<Path>> awsFolderImport() {
        return Optional.ofNullable(awsFolderImport);
    }

    /** Replaces the native Open chooser (which headless tests cannot drive) with {@code chooser}. */
    public void setOpenTarget(Function<Path, Path> chooser) {
        this.openTarget = chooser;
    }

    private Path chooseOpenFile(Path folder) {
        return Choosers.chooseOpen(messages, root.getScene().getWindow(), folder);
    }
}
