package io.hopscope.ui.main;

import io.hopscope.ui.canvas.DiagramCanvasView;
import io.hopscope.ui.common.DiagramDocument;
import io.hopscope.ui.lab.LabController;
import io.hopscope.ui.palette.PaletteView;
import io.hopscope.ui.palette.PaletteViewModel;
import javafx.beans.binding.Bindings;
import io.hopscope.ui.trace.TraceView;
import io.hopscope.ui.trace.TraceViewModel;
import io.hopscope.ui.inspector.InspectorView;
import io.hopscope.ui.prefs.PreferencesDialog;
import io.hopscope.ui.prefs.UiPreferences;
import io.hopscope.ui.problems.ProblemsView;
import io.hopscope.ui.problems.ProblemsViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The main window: menus, the diagram canvas and a status bar, from {@code MainWindow.fxml}.
 * Everything it shows comes from {@link MainWindowViewModel}; this class only wires controls,
 * chooses files and shows dialogs.
 */
public final class MainWindowView {
    private java.util.function.Consumer<Path> awsFolderImport;


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
    private final DiagramCanvasView canvasView;
    private final TraceView traceView;
    private InspectorView inspector;
    private ProblemsView problemsView;
    private UiPreferences preferences;
    /** Picks a file to open; a test replaces the native chooser, which Monocle cannot show. */
    private java.util.function.Function<Path, Path> openTarget = this::chooseOpenFile;

    @FXML private StackPane canvasHost;
    @FXML private StackPane paletteHost;
    @FXML private StackPane inspectorHost;
    @FXML private TabPane bottomTabs;
    @FXML private SplitPane verticalSplit;
    @FXML private SplitPane horizontalSplit;
    @FXML private Menu recentMenu;
    @FXML private MenuItem closeItem;
    @FXML private MenuItem saveItem;
    @FXML private MenuItem saveAsItem;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private Label statusLabel;
    @FXML private Label zoomLabel;
    @FXML private Label selectionLabel;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;
    @FXML private MenuItem revertItem;
    @FXML private MenuItem pasteItem;
    @FXML private MenuItem cutItem;
    @FXML private MenuItem copyItem;
    @FXML private MenuItem duplicateItem;
    @FXML private MenuItem deleteItem;
    @FXML private MenuItem selectAllItem;
    @FXML private MenuItem findItem;
    private PaletteView palette;
    private FileCommands fileCommands;
    private EditCommands editCommands;
    private WindowFiles files;
    @FXML private MenuBar menuBar;
    private LabController labs;

    public MainWindowView(MainWindowViewModel viewModel, ResourceBundle messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        FXMLLoader fxml = new FXMLLoader(MainWindowView.class.getResource("/io/hopscope/ui/main/MainWindow.fxml"), messages);
        fxml.setController(this);
        try {
            root = fxml.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load MainWindow.fxml", e);
        }
        canvasView = new DiagramCanvasView(viewModel.canvas(), messages);
        canvasHost.getChildren().add(canvasView);
        statusLabel.textProperty().bind(viewModel.statusProperty());
        zoomLabel.textProperty().bind(viewModel.canvas().zoomTextBinding());
        // Save and Close mean something once a diagram is open (new, opened, imported) or edited.
        javafx.beans.binding.BooleanBinding nothingOpen = viewModel.documentOpenProperty()
                .or(viewModel.document().dirtyProperty()).not();
        closeItem.disableProperty().bind(nothingOpen);
        saveItem.disableProperty().bind(nothingOpen);
        saveAsItem.disableProperty().bind(nothingOpen);
        viewModel.getRecentFiles().addListener((ListChangeListener<Path>) c -> rebuildRecentMenu());
        rebuildRecentMenu();
        darkThemeItem.selectedProperty().addListener((obs, old, dark) -> WindowScene.applyTheme(root.getScene(), dark));
        installEditor();
        traceView = new TraceView(new TraceViewModel(viewModel.document(), messages), messages, canvasView);
        bottomTabs.getTabs().add(traceView.createTab());
        // The Trace menu goes just before Help.
        menuBar.getMenus().add(menuBar.getMenus().size() - 1, traceView.createMenu());
        menuBar.getMenus().get(menuBar.getMenus().size() - 1).getItems().add(0, traceView.createTourItem(this::openFile));
        labs = new LabController(new LabDock(this, horizontalSplit, bottomTabs, traceView), messages);
        menuBar.getMenus().get(menuBar.getMenus().size() - 1).getItems().add(1, labs.createMenuItem());
        files.bindEmptyHint(canvasView);
        installInspectorPanels();
        // The trace explorer opens the deciding rule of the current hop in the inspector's table.
        traceView.setRuleRevealer(inspector::revealHop);
        hideEmptyPanels();
    }

    /** The palette, the canvas's editing gestures, and the File and Edit commands. */
    private void installEditor() {
        canvasView.enableEditing(viewModel.editor());
        palette = new PaletteView(new PaletteViewModel(messages), messages);
        paletteHost.getChildren().add(palette.getRoot());
        palette.setDropHandler((kind, sceneX, sceneY) -> {
            if (!canvasView.isOnCanvas(sceneX, sceneY)) {
                viewModel.editor().say(messages.getString("status.dropOutside"));
                return false;
            }
            return canvasView.dropFromPalette(kind, sceneX, sceneY);
        });
        files = new WindowFiles(this, messages, canvasHost, this::fitLater);
        fileCommands = files.commands();
        editCommands = new EditCommands(viewModel, messages, root, canvasView);
        editCommands.wire(undoItem, redoItem, cutItem, copyItem, pasteItem, duplicateItem, deleteItem, selectAllItem,
                findItem);
        canvasView.editing().ifPresent(g -> g.setOnDeleteRequest(editCommands::delete));
        selectionLabel.textProperty().bind(viewModel.selectionTextProperty());
        DiagramDocument document = viewModel.document();
        undoItem.textProperty().bind(Bindings.createStringBinding(viewModel::undoMenuText, document.undoTextProperty()));
        redoItem.textProperty().bind(Bindings.createStringBinding(viewModel::redoMenuText, document.redoTextProperty()));
        undoItem.disableProperty().bind(document.canUndoProperty().not());
        redoItem.disableProperty().bind(document.canRedoProperty().not());
        revertItem.disableProperty().bind(document.fileProperty().isNull());
    }


    /** Help > Labs and the lab open in this window. */
    public LabController getLabs() {
        return labs;
    }

    public PaletteView getPalette() {
        return palette;
    }

    /** Replaces the native Save As chooser (which headless tests cannot drive) with {@code chooser}. */
    public void setSaveTarget(java.util.function.Function<Path, Path> chooser) {
        fileCommands.setSaveTarget(chooser);
    }

    /** Saves as File > Save does (asking for a file when the diagram has none); true when saved at once. */
    public boolean save() {
        return fileCommands.save();
    }

    /**
     * Offers to recover autosaved changes, one question per recovery file. A recovered diagram
     * never replaces what this window shows: it opens here only while the window is blank, else in
     * a window of its own ({@link #setRecoveryOpener}).
     */
    public void offerRecovery(java.util.List<Autosave.Recovery> recoveries) {
        files.offerRecovery(recoveries);
    }

    /** How a recovered diagram gets a window of its own when this one already shows a diagram. */
    public void setRecoveryOpener(java.util.function.Consumer<Autosave.Recovery> opener) {
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
    public void whenChangesAreSafe(Runnable next) {
        fileCommands.whenChangesAreSafe(next);
    }

    /** Closes this window as its close button does, asking about unsaved changes; then {@code afterClosed}. */
    public void requestClose(Runnable afterClosed) {
        files.requestClose(afterClosed);
    }

    /** File > Quit (Ctrl+Q); the app sets one that closes every window in turn. */
    public void setQuitHandler(Runnable handler) {
        files.setQuitHandler(handler);
    }

    /** How long opening waits for a quick read before it shows progress with Cancel (tests shorten it). */
    public void setQuickOpenMillis(long millis) {
        files.opening().setQuickMillis(millis);
    }

    private void fitLater() {
        Platform.runLater(canvasView::fitToWindowAtMostActualSize);
    }

    /** Properties and rule tables on the right, problems below, and the theme remembered from last time. */
    private void installInspectorPanels() {
        inspector = new InspectorView(viewModel.document(), messages);
        inspectorHost.getChildren().add(inspector.getRoot());
        problemsView = new ProblemsView(new ProblemsViewModel(viewModel.document(), messages), messages,
                inspector::revealProblem);
        bottomTabs.getTabs().add(problemsView.getTab());
        preferences = UiPreferences.forUser();
        darkThemeItem.setSelected(preferences.isDarkTheme());
        darkThemeItem.selectedProperty().addListener((obs, old, dark) -> preferences.setDarkTheme(dark));
    }

    public InspectorView getInspector() {
        return inspector;
    }

    public ProblemsView getProblemsView() {
        return problemsView;
    }

    /** Panel slots that no feature has filled take no room. */
    private void hideEmptyPanels() {
        if (inspectorHost.getChildren().isEmpty()) {
            horizontalSplit.getItems().remove(inspectorHost);
        } else {
            horizontalSplit.setDividerPositions(0.64);
        }
        if (bottomTabs.getTabs().isEmpty()) {
            verticalSplit.getItems().remove(bottomTabs);
        } else {
            verticalSplit.setDividerPositions(0.7);
        }
        if (paletteHost.getChildren().isEmpty()) {
            root.setLeft(null);
        }
    }

    /** A scene holding this window's content with the theme applied. */
    public Scene createScene() {
        return WindowScene.create(root, darkThemeItem.isSelected(), () -> viewModel.document().redo(),
                findItem.getAccelerator(), editCommands::find);
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
        return canvasView;
    }

    public TraceView getTraceView() {
        return traceView;
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

    /** Whether a file is being read (progress with Cancel is showing). */
    public boolean isOpening() {
        return files.opening().isBusy();
    }

    private void rebuildRecentMenu() {
        recentMenu.getItems().clear();
        for (Path path : viewModel.getRecentFiles()) {
            MenuItem item = new MenuItem(path.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> openFile(path));
            recentMenu.getItems().add(item);
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(messages.getString("menu.file.recent.empty"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }

    /** Switches between the light theme and the dark one (as View > Dark Theme does). */
    public void setDarkTheme(boolean dark) {
        darkThemeItem.setSelected(dark);
    }

    /**
     * Set by the share commands that install themselves on this window: imports a folder of AWS
     * describe-* files (offered when a file opened here turns out to be AWS data). Given as a
     * function so that this package does not depend on the one that adds the commands.
     */
    public void setAwsFolderImport(java.util.function.Consumer<Path> importFolder) {
        this.awsFolderImport = importFolder;
    }

    java.util.Optional<java.util.function.Consumer<Path>> awsFolderImport() {
        return java.util.Optional.ofNullable(awsFolderImport);
    }

    /** Replaces the native Open chooser (which headless tests cannot drive) with {@code chooser}. */
    public void setOpenTarget(java.util.function.Function<Path, Path> chooser) {
        this.openTarget = chooser;
    }

    @FXML
    private void onOpen(ActionEvent event) {
        fileCommands.whenChangesAreSafe(() -> {
            Path chosen = openTarget.apply(viewModel.lastFolder());
            if (chosen != null) {
                files.opening().open(chosen);
            }
        });
    }

    private Path chooseOpenFile(Path folder) {
        return Choosers.chooseOpen(messages, root.getScene().getWindow(), folder);
    }

    @FXML
    private void onClose(ActionEvent event) {
        fileCommands.whenChangesAreSafe(viewModel::close);
    }

    @FXML
    private void onNew(ActionEvent event) {
        fileCommands.newDiagram();
    }

    @FXML
    private void onSave(ActionEvent event) {
        fileCommands.save();
    }

    @FXML
    private void onSaveAs(ActionEvent event) {
        fileCommands.saveAs();
    }

    @FXML
    private void onRevert(ActionEvent event) {
        fileCommands.revert();
        fitLater();
    }

    /** Quit asks about unsaved changes exactly like closing the window (hide() alone would skip that). */
    @FXML
    private void onQuit(ActionEvent event) {
        files.quit();
    }

    @FXML
    private void onZoomIn(ActionEvent event) {
        viewModel.canvas().zoomIn();
    }

    @FXML
    private void onZoomOut(ActionEvent event) {
        viewModel.canvas().zoomOut();
    }

    @FXML
    private void onActualSize(ActionEvent event) {
        viewModel.canvas().resetZoom();
    }

    @FXML
    private void onFit(ActionEvent event) {
        canvasView.fitToWindow();
    }

    @FXML
    private void onPreferences(ActionEvent event) {
        PreferencesDialog dialog = new PreferencesDialog(preferences, messages, darkThemeItem.isSelected(), this::setDarkTheme);
        // Not Dialogs.show: the dialog applies its choices in its own on-hidden handler.
        if (root.getScene() != null && root.getScene().getWindow() != null) {
            dialog.initOwner(root.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(root.getScene().getStylesheets());
        }
        dialog.show();
    }

    @FXML
    private void onAbout(ActionEvent event) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(messages.getString("menu.help.about"));
        alert.setHeaderText(viewModel.aboutHeader());
        alert.setContentText(viewModel.aboutText());
        Dialogs.show(root, alert, answer -> { });
    }
}
