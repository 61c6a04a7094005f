package io.hopscope.ui.main;

import io.hopscope.ui.canvas.DiagramCanvasView;
import io.hopscope.ui.common.DiagramDocument;
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
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Optional;
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
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The main window: menus, the diagram canvas and a status bar, from {@code MainWindow.fxml}.
 * Everything it shows comes from {@link MainWindowViewModel}; this class only wires controls,
 * chooses files and shows dialogs.
 */
public final class MainWindowView {

    public static final String LIGHT_THEME = "/io/hopscope/ui/theme/light.css";
    public static final String DARK_THEME = "/io/hopscope/ui/theme/dark.css";
    /** Style class of the dialog that reports a file that would not open. */
    public static final String OPEN_FAILURE_DIALOG = "open-failure-dialog";
    /** Style classes of the editor's dialogs, for tests and themes. */
    public static final String UNSAVED_DIALOG = FileCommands.UNSAVED_DIALOG;
    public static final String DELETE_DIALOG = EditCommands.DELETE_DIALOG;
    public static final String FIND_DIALOG = EditCommands.FIND_DIALOG;
    public static final String RECOVERY_DIALOG = "recovery-dialog";

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
    @FXML private MenuBar menuBar;

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
        closeItem.disableProperty().bind(viewModel.hasFileProperty().not());
        viewModel.getRecentFiles().addListener((ListChangeListener<Path>) c -> rebuildRecentMenu());
        rebuildRecentMenu();
        darkThemeItem.selectedProperty().addListener((obs, old, dark) -> applyTheme(dark));
        installEditor();
        traceView = new TraceView(new TraceViewModel(viewModel.document(), messages), messages, canvasView);
        bottomTabs.getTabs().add(traceView.createTab());
        // The Trace menu goes just before Help.
        menuBar.getMenus().add(menuBar.getMenus().size() - 1, traceView.createMenu());
        menuBar.getMenus().get(menuBar.getMenus().size() - 1).getItems().add(0, traceView.createTourItem(this::openFile));
        installInspectorPanels();
        // The trace explorer opens the deciding rule of the current hop in the inspector's table.
        traceView.setRuleRevealer(inspector::revealHop);
        hideEmptyPanels();
    }

    /** The palette, the canvas's editing gestures, and the File and Edit commands (issue 4). */
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
        fileCommands = new FileCommands(viewModel, messages, root);
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


    public PaletteView getPalette() {
        return palette;
    }

    /** Replaces the native Save As chooser (which headless tests cannot drive) with {@code chooser}. */
    public void setSaveTarget(java.util.function.Function<Path, Path> chooser) {
        fileCommands.setSaveTarget(chooser);
    }

    /** Saves as File > Save does (asking for a file when the diagram has none); true when saved. */
    public boolean save() {
        return fileCommands.save();
    }

    /** Offers to recover autosaved changes, one question per recovery file. */
    public void offerRecovery(java.util.List<Autosave.Recovery> recoveries) {
        new RecoveryPrompt(viewModel, messages, root, () -> Platform.runLater(canvasView::fitToWindowAtMostActualSize))
                .offer(recoveries);
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
        Scene scene = new Scene(root);
        scene.getStylesheets().add(stylesheet(LIGHT_THEME));
        // Ctrl+Y redoes too, as on Windows; the menu shows Ctrl+Shift+Z.
        scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.Y,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN), () -> viewModel.document().redo());
        // A text field (the inspector's, the trace's) swallows Ctrl+F before the menu sees it; Find
        // means nothing inside a field, so it is taken first and opens Edit > Find from anywhere.
        javafx.scene.input.KeyCombination findKey = findItem.getAccelerator();
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (findKey != null && findKey.match(e) && scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl) {
                e.consume();
                editCommands.find();
            }
        });
        if (darkThemeItem.isSelected()) {
            scene.getStylesheets().add(stylesheet(DARK_THEME));
        }
        return scene;
    }

    /** Puts the window on {@code stage}, title bound to the open file. */
    public void showOn(Stage stage) {
        stage.setScene(createScene());
        stage.titleProperty().bind(viewModel.titleProperty());
        fileCommands.installCloseGuard(stage);
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

    /** Opens the file, or shows why it cannot be opened and leaves the window as it was. */
    public void openFile(Path file) {
        Optional<OpenFailure> failure = viewModel.open(file);
        if (failure.isPresent()) {
            showOpenFailure(failure.get());
        } else {
            Platform.runLater(canvasView::fitToWindowAtMostActualSize);
        }
    }

    private void showOpenFailure(OpenFailure failure) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(messages.getString("open.failed.title"));
        alert.setHeaderText(java.text.MessageFormat.format(messages.getString("open.failed.header"), failure.file()));
        alert.setContentText(String.join("\n", failure.reasons()));
        alert.getDialogPane().getStyleClass().add(OPEN_FAILURE_DIALOG);
        alert.getDialogPane().setMinWidth(520);
        showNonBlocking(alert);
    }

    /**
     * Dialogs are shown without a nested event loop, so the window stays responsive and a test
     * can look the dialog up and close it.
     */
    private void showNonBlocking(Alert alert) {
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        if (owner != null) {
            alert.initOwner(owner);
            alert.getDialogPane().getStylesheets().setAll(root.getScene().getStylesheets());
        }
        alert.show();
    }

    private void rebuildRecentMenu() {
        recentMenu.getItems().clear();
        for (Path path : viewModel.getRecentFiles()) {
            MenuItem item = new MenuItem(path.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> fileCommands.whenChangesAreSafe(() -> openFile(path)));
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

    private void applyTheme(boolean dark) {
        Scene scene = root.getScene();
        if (scene == null) {
            return;
        }
        // dark.css only overrides the colour tokens, so it is layered on top of light.css.
        scene.getStylesheets().setAll(stylesheet(LIGHT_THEME));
        if (dark) {
            scene.getStylesheets().add(stylesheet(DARK_THEME));
        }
    }

    private static String stylesheet(String resource) {
        URL url = MainWindowView.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("missing stylesheet " + resource);
        }
        return url.toExternalForm();
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
                openFile(chosen);
            }
        });
    }

    private Path chooseOpenFile(Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString("menu.file.open"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.getString("open.filter.diagrams"), "*.json"),
                new FileChooser.ExtensionFilter(messages.getString("open.filter.all"), "*"));
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File chosen = chooser.showOpenDialog(root.getScene().getWindow());
        return chosen == null ? null : chosen.toPath();
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
        Platform.runLater(canvasView::fitToWindowAtMostActualSize);
    }

    @FXML
    private void onQuit(ActionEvent event) {
        root.getScene().getWindow().hide();
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
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        if (owner != null) {
            dialog.initOwner(owner);
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
        showNonBlocking(alert);
    }
}
