package io.hopscope.ui.share;

import io.hopscope.io.aws.AwsImport;
import io.hopscope.io.importing.AwsDiagramImport;
import io.hopscope.ui.main.MainWindowView;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The import and export commands of the main window: an Import/Export submenu in File, Copy as
 * Image in Edit, a progress badge over the canvas while an import runs, and the import problems
 * list. The choosers only pick paths; {@link #importFrom}, {@link #exportPng} and friends do the
 * work, so tests drive them with a path of their choosing.
 */
public final class ShareView {

    public static final String PROGRESS_STYLE = "share-progress";
    public static final String PROBLEMS_DIALOG_STYLE = "import-problems-dialog";

    private final MainWindowView window;
    private final ShareViewModel viewModel;
    private final ResourceBundle messages;
    private final CheckMenuItem selectionOnly = new CheckMenuItem();
    private final CheckMenuItem includeTrace = new CheckMenuItem();
    private final HBox progress = new HBox(8);
    private Alert problemsDialog;
    /** Picks the folder to import; a test replaces the native chooser, which Monocle cannot show. */
    private Function<Path, Path> importTarget = this::chooseImportFolder;

    private ShareView(MainWindowView window, ResourceBundle messages) {
        this.window = window;
        this.messages = messages;
        this.viewModel = new ShareViewModel(window.getViewModel().document(), messages);
        selectionOnly.selectedProperty().bindBidirectional(viewModel.selectionOnlyProperty());
        includeTrace.selectedProperty().bindBidirectional(viewModel.includeTraceProperty());
        if (window.getTraceView() != null) {
            viewModel.shownTraceProperty().bind(window.getTraceView().getViewModel().traceProperty());
        }
    }

    /** Adds the import and export commands to {@code window}. */
    public static ShareView install(MainWindowView window, ResourceBundle messages) {
        ShareView view = new ShareView(window, messages);
        view.addMenus();
        view.addProgressBadge();
        window.getRoot().getProperties().put(ShareView.class, view);
        window.setAwsFolderImport(view::importFrom);
        return view;
    }

    /** The share commands installed on {@code window}, if any. */
    public static java.util.Optional<ShareView> of(MainWindowView window) {
        return java.util.Optional.ofNullable((ShareView) window.getRoot().getProperties().get(ShareView.class));
    }

    public ShareViewModel getViewModel() {
        return viewModel;
    }

    private void addMenus() {
        MenuBar bar = (MenuBar) window.getRoot().lookup("#menuBar");
        Menu file = bar.getMenus().get(0);
        Menu share = new Menu(messages.getString("share.menu"));
        share.setId("shareMenu");
        MenuItem importItem = item("importAwsItem", "share.menu.import", e -> chooseImport(false));
        MenuItem reimportItem = item("reimportAwsItem", "share.menu.reimport", e -> chooseImport(true));
        MenuItem problemsItem = item("importProblemsItem", "share.menu.problems", e -> showProblems());
        Menu export = new Menu(messages.getString("share.menu.export"));
        export.setId("exportMenu");
        MenuItem png1 = item("exportPng1Item", "share.menu.export.png1", e -> choosePng(1));
        MenuItem png2 = item("exportPng2Item", "share.menu.export.png2", e -> choosePng(2));
        MenuItem svg = item("exportSvgItem", "share.menu.export.svg", e -> chooseSvg());
        selectionOnly.setText(messages.getString("share.menu.export.selection"));
        selectionOnly.setId("exportSelectionOnlyItem");
        includeTrace.setText(messages.getString("share.menu.export.trace"));
        includeTrace.setId("exportIncludeTraceItem");
        export.getItems().addAll(png1, png2, svg, new SeparatorMenuItem(), selectionOnly, includeTrace);
        share.getItems().addAll(importItem, reimportItem, problemsItem, new SeparatorMenuItem(), export);
        share.setOnShowing(e -> {
            boolean idle = !viewModel.busyProperty().get();
            importItem.setDisable(!idle);
            reimportItem.setDisable(!idle || !viewModel.canReimport());
            problemsItem.setDisable(viewModel.getImportProblems().isEmpty());
            export.setDisable(!viewModel.hasDiagram());
            selectionOnly.setDisable(!viewModel.hasSelection());
            includeTrace.setDisable(!viewModel.hasTrace());
        });
        // Before the separator that precedes Quit, so Quit stays last.
        int at = file.getItems().size();
        for (int i = file.getItems().size() - 1; i >= 0; i--) {
            if (file.getItems().get(i) instanceof SeparatorMenuItem) {
                at = i;
                break;
            }
        }
        file.getItems().addAll(at, java.util.List.of(new SeparatorMenuItem(), share));

        MenuItem copy = item("copyAsImageItem", "share.menu.copyImage", e -> copyAsImage());
        editMenu(bar).getItems().add(copy);
        editMenu(bar).setOnShowing(e -> copy.setDisable(!viewModel.hasDiagram()));
    }

    /** The Edit menu if the window has one (by id), else one of ours after File. */
    private Menu editMenu(MenuBar bar) {
        for (Menu m : bar.getMenus()) {
            if ("editMenu".equals(m.getId()) || messages.getString("share.menu.edit").equals(m.getText())) {
                return m;
            }
        }
        Menu edit = new Menu(messages.getString("share.menu.edit"));
        edit.setId("editMenu");
        bar.getMenus().add(Math.min(1, bar.getMenus().size()), edit);
        return edit;
    }

    private MenuItem item(String id, String key, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        MenuItem item = new MenuItem(messages.getString(key));
        item.setId(id);
        item.setOnAction(action);
        return item;
    }

    private void addProgressBadge() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label text = new Label();
        text.textProperty().bind(viewModel.statusProperty());
        progress.getChildren().addAll(spinner, text);
        progress.getStyleClass().add(PROGRESS_STYLE);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.setPadding(new Insets(6, 10, 6, 10));
        progress.setMaxSize(HBox.USE_PREF_SIZE, HBox.USE_PREF_SIZE);
        progress.setStyle("-fx-background-color: -fx-control-inner-background; -fx-background-radius: 6;"
                + " -fx-border-color: -fx-box-border; -fx-border-radius: 6;");
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.setMouseTransparent(true);
        Node canvas = window.getCanvasView();
        if (canvas.getParent() instanceof StackPane host) {
            StackPane.setAlignment(progress, Pos.BOTTOM_RIGHT);
            StackPane.setMargin(progress, new Insets(12));
            host.getChildren().add(progress);
        }
    }

    private Window owner() {
        return window.getRoot().getScene() == null ? null : window.getRoot().getScene().getWindow();
    }

    /** Replaces the native folder chooser of Import and Re-import (tests). */
    public void setImportTarget(Function<Path, Path> chooser) {
        this.importTarget = chooser;
    }

    /** Both replace what the window shows, so unsaved changes are asked about first. */
    private void chooseImport(boolean reimport) {
        window.whenChangesAreSafe(() -> {
            Path dir = importTarget.apply(null);
            if (dir != null) {
                if (reimport) {
                    reimportFrom(dir);
                } else {
                    importFrom(dir);
                }
            }
        });
    }

    private Path chooseImportFolder(Path unused) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.getString("share.chooser.import"));
        File dir = chooser.showDialog(owner());
        return dir == null ? null : dir.toPath();
    }

    /** Imports {@code dir} as a new untitled diagram; the reading runs on a worker thread. */
    public void importFrom(Path dir) {
        runImport(dir, viewModel::readImport, (AwsDiagramImport result) -> {
            // The window forgets the file it had open: the import is a new, unsaved document.
            window.getViewModel().close();
            viewModel.applyImport(result, dir);
            Platform.runLater(window.getCanvasView()::fitToWindowAtMostActualSize);
        });
    }

    /** Re-imports {@code dir} into the open diagram as one undoable step, keeping placed shapes. */
    public void reimportFrom(Path dir) {
        runImport(dir, viewModel::readReimport, (AwsImport result) -> viewModel.applyReimport(result, dir));
    }

    private <T> void runImport(Path dir, Function<Path, T> read, Consumer<T> apply) {
        if (viewModel.busyProperty().get()) {
            return;
        }
        viewModel.setBusy(true);
        viewModel.setStatus(MessageFormat.format(messages.getString("share.import.running"), dir.getFileName()));
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return read.apply(dir);
            }
        };
        task.setOnSucceeded(e -> {
            viewModel.setBusy(false);
            apply.accept(task.getValue());
            if (!viewModel.getImportProblems().isEmpty()) {
                showProblems();
            }
        });
        task.setOnFailed(e -> {
            viewModel.setBusy(false);
            viewModel.importFailed(dir, task.getException());
            showProblems();
        });
        Thread worker = new Thread(task, "hopscope-import");
        worker.setDaemon(true);
        worker.start();
    }

    /** The problems of the last import in a dialog that stays open beside the window. */
    public void showProblems() {
        if (problemsDialog == null) {
            ListView<ImportProblem> list = new ListView<>(viewModel.getImportProblems());
            list.setPrefSize(760, 320);
            list.setId("importProblemsList");
            problemsDialog = new Alert(Alert.AlertType.WARNING);
            problemsDialog.initModality(javafx.stage.Modality.NONE);
            problemsDialog.setTitle(messages.getString("share.problems.title"));
            problemsDialog.getDialogPane().setContent(list);
            problemsDialog.getDialogPane().getStyleClass().add(PROBLEMS_DIALOG_STYLE);
            problemsDialog.setResizable(true);
            if (owner() != null) {
                problemsDialog.initOwner(owner());
                problemsDialog.getDialogPane().getStylesheets().setAll(window.getRoot().getScene().getStylesheets());
            }
        }
        problemsDialog.setHeaderText(MessageFormat.format(messages.getString("share.problems.header"),
                viewModel.getImportProblems().size()));
        if (!problemsDialog.isShowing()) {
            problemsDialog.show();
        }
    }

    private void choosePng(double scale) {
        File chosen = saveChooser("share.filter.png", "*.png", ".png");
        if (chosen != null) {
            exportPng(chosen.toPath(), scale);
        }
    }

    private void chooseSvg() {
        File chosen = saveChooser("share.filter.svg", "*.svg", ".svg");
        if (chosen != null) {
            exportSvg(chosen.toPath());
        }
    }

    private File saveChooser(String filterKey, String pattern, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.getString(filterKey), pattern));
        String title = window.getViewModel().document().getDiagram().title();
        chooser.setInitialFileName((title.isBlank() ? "diagram" : title.replaceAll("[^\\w.-]+", "-")) + extension);
        return chooser.showSaveDialog(owner());
    }

    /** Writes the diagram (or the selection, if so chosen) as a PNG that reopens as the diagram. */
    public void exportPng(Path file, double scale) {
        try {
            viewModel.exportPng(file, scale);
        } catch (IOException | RuntimeException e) {
            viewModel.exportFailed(file, e);
            showError(viewModel.getStatus());
        }
    }

    public void exportSvg(Path file) {
        try {
            viewModel.exportSvg(file);
        } catch (IOException | RuntimeException e) {
            viewModel.exportFailed(file, e);
            showError(viewModel.getStatus());
        }
    }

    /** Puts a picture of the diagram (or selection) on the clipboard, as Edit > Copy as Image does. */
    public void copyAsImage() {
        try {
            byte[] png = viewModel.pngBytes(1);
            ClipboardContent content = new ClipboardContent();
            content.putImage(new Image(new ByteArrayInputStream(png)));
            Clipboard.getSystemClipboard().setContent(content);
            viewModel.setStatus(messages.getString("share.copy.done"));
        } catch (RuntimeException e) {
            showError(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private void showError(String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.initModality(javafx.stage.Modality.NONE);
        if (owner() != null) {
            alert.initOwner(owner());
        }
        alert.show();
    }
}
