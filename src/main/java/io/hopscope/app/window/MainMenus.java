package io.hopscope.app.window;

import io.hopscope.app.prefs.PreferencesDialog;
import io.hopscope.io.CompanionJar;
import io.hopscope.ui.common.DiagramDocument;
import io.hopscope.ui.share.ShareView;
import java.nio.file.Path;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/**
 * The controller of {@code MainMenuBar.fxml} (included by {@code MainWindow.fxml}): every menu of the main window is declared there, and
 * each handler here hands the command to the part of the window that does it. A new command is
 * one {@code <MenuItem ... onAction="#onSomething"/>} line in the FXML and one {@code @FXML}
 * handler here.
 */
final class MainMenus {

    private final MainWindowView window;
    private final MainWindowViewModel viewModel;
    private final ResourceBundle messages;
    @FXML private MenuBar menuBar;

    @FXML private Menu recentMenu;
    @FXML private MenuItem closeItem;
    @FXML private MenuItem saveItem;
    @FXML private MenuItem saveAsItem;
    @FXML private MenuItem revertItem;
    @FXML private MenuItem importAwsItem;
    @FXML private MenuItem reimportAwsItem;
    @FXML private MenuItem importTerraformItem;
    @FXML private MenuItem importProblemsItem;
    @FXML private Menu exportMenu;
    @FXML private CheckMenuItem exportSelectionOnlyItem;
    @FXML private CheckMenuItem exportIncludeTraceItem;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;
    @FXML private MenuItem findItem;
    @FXML private MenuItem copyAsImageItem;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private CheckMenuItem exposureBadgesItem;

    /** Made before {@code MainWindow.fxml} is loaded, which includes the menu bar with this controller. */
    MainMenus(MainWindowView window, ResourceBundle messages, MainWindowViewModel viewModel) {
        this.window = window;
        this.viewModel = viewModel;
        this.messages = messages;
    }

    MenuBar bar() {
        return menuBar;
    }

    CheckMenuItem darkThemeItem() {
        return darkThemeItem;
    }

    MenuItem findItem() {
        return findItem;
    }

    /** Enables and names the items from the window's state, once its panels and commands exist. */
    void bindStates() {
        DiagramDocument document = viewModel.document();
        // Save and Close mean something once a diagram is open (new, opened, imported) or edited.
        BooleanBinding nothingOpen = viewModel.documentOpenProperty().or(document.dirtyProperty()).not();
        closeItem.disableProperty().bind(nothingOpen);
        saveItem.disableProperty().bind(nothingOpen);
        saveAsItem.disableProperty().bind(nothingOpen);
        revertItem.disableProperty().bind(document.fileProperty().isNull());
        undoItem.textProperty().bind(Bindings.createStringBinding(viewModel.statusLine()::undoMenuText, document.undoTextProperty()));
        redoItem.textProperty().bind(Bindings.createStringBinding(viewModel.statusLine()::redoMenuText, document.redoTextProperty()));
        undoItem.disableProperty().bind(document.canUndoProperty().not());
        redoItem.disableProperty().bind(document.canRedoProperty().not());
        viewModel.getRecentFiles().addListener((ListChangeListener<Path>) c -> rebuildRecentMenu());
        rebuildRecentMenu();
        ShareView share = window.panels().share();
        exportSelectionOnlyItem.selectedProperty().bindBidirectional(share.getViewModel().selectionOnlyProperty());
        exportIncludeTraceItem.selectedProperty().bindBidirectional(share.getViewModel().includeTraceProperty());
    }

    private void rebuildRecentMenu() {
        recentMenu.getItems().clear();
        for (Path path : viewModel.getRecentFiles()) {
            MenuItem item = new MenuItem(path.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> window.openFile(path));
            recentMenu.getItems().add(item);
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(messages.getString("menu.file.recent.empty"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }

    // File

    @FXML
    private void onFileMenuShowing() {
        ShareView.MenuState state = window.panels().share().menuState();
        importAwsItem.setDisable(!state.canImport());
        reimportAwsItem.setDisable(!state.canReimport());
        importTerraformItem.setDisable(!state.canImport());
        importProblemsItem.setDisable(!state.hasImportProblems());
        exportMenu.setDisable(!state.canExport());
        exportSelectionOnlyItem.setDisable(!state.canExportSelection());
        exportIncludeTraceItem.setDisable(!state.canIncludeTrace());
    }

    @FXML
    private void onNew() {
        window.fileCommands().newDiagram();
    }

    @FXML
    private void onOpen() {
        window.chooseAndOpen();
    }

    @FXML
    private void onSave() {
        window.fileCommands().save();
    }

    @FXML
    private void onSaveAs() {
        window.fileCommands().saveAs();
    }

    @FXML
    private void onRevert() {
        window.fileCommands().revert();
        window.fitLater();
    }

    @FXML
    private void onPolicy() {
        window.panels().reach().policy().show();
    }

    @FXML
    private void onClose() {
        window.fileCommands().whenChangesAreSafe(viewModel::close);
    }

    @FXML
    private void onImportAws() {
        window.panels().share().chooseImport(false);
    }

    @FXML
    private void onImportTerraform() {
        window.panels().share().chooseTerraform();
    }

    @FXML
    private void onImportAccount() {
        if (!CompanionJar.AWS_SDK.present()) {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.setTitle(messages.getString("collect.title"));
            alert.setHeaderText(messages.getString("collect.sdkMissing"));
            alert.setContentText(CompanionJar.AWS_SDK.expectedAt());
            Dialogs.show(window.getRoot(), alert, answer -> { });
            return;
        }
        window.fileCommands().whenChangesAreSafe(() -> new io.hopscope.ui.collect.AccountImportView(
                menuBar.getScene().getWindow(), messages, dir -> window.panels().share().importFrom(dir)).show());
    }

    @FXML
    private void onReimportAws() {
        window.panels().share().chooseImport(true);
    }

    @FXML
    private void onImportProblems() {
        window.panels().share().showProblems();
    }

    @FXML
    private void onExportPng1() {
        window.panels().share().choosePng(1);
    }

    @FXML
    private void onExportPng2() {
        window.panels().share().choosePng(2);
    }

    @FXML
    private void onExportSvg() {
        window.panels().share().chooseSvg();
    }

    /** Quit asks about unsaved changes exactly like closing the window (hide() alone would skip that). */
    @FXML
    private void onQuit() {
        window.quit();
    }

    // Edit

    @FXML
    private void onEditMenuShowing() {
        copyAsImageItem.setDisable(!window.panels().share().menuState().canExport());
    }

    @FXML
    private void onUndo() {
        window.editCommands().undoOrText();
    }

    @FXML
    private void onRedo() {
        window.editCommands().redoOrText();
    }

    @FXML
    private void onCut() {
        window.editCommands().cutOrText();
    }

    @FXML
    private void onCopy() {
        window.editCommands().copyOrText();
    }

    @FXML
    private void onPaste() {
        window.editCommands().pasteOrText();
    }

    @FXML
    private void onDuplicate() {
        window.editCommands().duplicate();
    }

    @FXML
    private void onDelete() {
        window.editCommands().delete();
    }

    @FXML
    private void onSelectAll() {
        window.editCommands().selectAllOrText();
    }

    @FXML
    private void onFind() {
        window.editCommands().find();
    }

    @FXML
    private void onCopyAsImage() {
        window.panels().share().copyAsImage();
    }

    // View

    @FXML
    private void onZoomIn() {
        viewModel.canvas().zoomIn();
    }

    @FXML
    private void onZoomOut() {
        viewModel.canvas().zoomOut();
    }

    @FXML
    private void onActualSize() {
        viewModel.canvas().resetZoom();
    }

    @FXML
    private void onFit() {
        window.panels().canvas().fitToWindow();
    }

    @FXML
    private void onExposureBadges() {
        window.panels().reach().badges().enabledProperty().set(exposureBadgesItem.isSelected());
    }

    @FXML
    private void onMatrix() {
        window.panels().reach().showMatrix();
    }

    @FXML
    private void onPreferences() {
        Parent root = window.getRoot();
        PreferencesDialog dialog = new PreferencesDialog(window.preferences(), messages, darkThemeItem.isSelected(),
                window::setDarkTheme);
        // Not Dialogs.show: the dialog applies its choices in its own on-hidden handler.
        if (root.getScene() != null && root.getScene().getWindow() != null) {
            dialog.initOwner(root.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(root.getScene().getStylesheets());
        }
        dialog.show();
    }

    // Trace

    /** Ctrl+T runs a filled-in question (the hint in the panel says so), else starts a new one. */
    @FXML
    private void onNewTrace() {
        window.panels().trace().runOrAsk();
    }

    @FXML
    private void onRunTrace() {
        window.panels().trace().onTrace();
    }

    @FXML
    private void onPickDestination() {
        window.panels().trace().getViewModel().pickingDestinationProperty().set(true);
    }

    @FXML
    private void onClearTrace() {
        window.panels().trace().getViewModel().clear();
    }

    // Help

    @FXML
    private void onTour() {
        window.panels().trace().startTour(window::openFile);
    }

    @FXML
    private void onLabs() {
        window.getLabs().showBrowser();
    }

    @FXML
    private void onAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(messages.getString("menu.help.about"));
        alert.setHeaderText(viewModel.aboutHeader());
        alert.setContentText(viewModel.aboutText());
        Dialogs.show(window.getRoot(), alert, answer -> { });
    }
}
