package io.hopscope.ui.share;

import io.hopscope.io.aws.AwsImport;
import io.hopscope.io.importing.AwsDiagramImport;
import io.hopscope.ui.common.DiagramDocument;
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
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The import and export commands of a main window: import and re-import of AWS folders, export to
 * PNG and SVG, Copy as Image, and the import problems list. The window owns its menus and its
 * scene graph: it calls these commands from its own menu items, asks {@link #menuState()} which
 * of them apply now, and places {@link #progressBadge()} over its canvas. The choosers only pick
 * paths; {@link #importFrom}, {@link #exportPng} and friends do the work, so tests drive them with
 * a path of their choosing.
 */
public final class ShareView {

    public static final String PROGRESS_STYLE = ImportProgressBadge.STYLE;
    public static final String PROBLEMS_DIALOG_STYLE = "import-problems-dialog";

    /** What the share commands need from the window that shows them. */
    public interface Host {
        /** Runs {@code next} once unsaved changes are saved or discarded (an import replaces them). */
        void whenChangesAreSafe(Runnable next);

        /** Forgets the open file: an import is a new, unsaved document. */
        void forgetFile();

        /** Fits the imported diagram into the window. */
        void fitToWindow();

        /** A node of the window: owner and stylesheets of the dialogs. */
        Node anchor();
    }

    /** Which commands apply now: the window enables its menu items from this when a menu opens. */
    public record MenuState(boolean canImport, boolean canReimport, boolean hasImportProblems, boolean canExport,
                            boolean canExportSelection, boolean canIncludeTrace) {
    }

    private final Host host;
    private final ShareViewModel viewModel;
    private final ResourceBundle messages;
    private final Node progress;
    private Alert problemsDialog;
    /** Picks the folder to import; a test replaces the native chooser, which Monocle cannot show. */
    private Function<Path, Path> importTarget = this::chooseImportFolder;
    /** Picks the Terraform JSON to import; a test replaces the native chooser. */
    private Function<Path, Path> terraformTarget = this::chooseTerraformFile;

    public ShareView(DiagramDocument document, ResourceBundle messages, Host host) {
        this.host = host;
        this.messages = messages;
        this.viewModel = new ShareViewModel(document, messages);
        this.progress = ImportProgressBadge.create(viewModel);
    }

    public ShareViewModel getViewModel() {
        return viewModel;
    }

    /** The badge that shows a running import; the window puts it over its canvas. */
    public Node progressBadge() {
        return progress;
    }

    public MenuState menuState() {
        boolean idle = !viewModel.busyProperty().get();
        return new MenuState(idle, idle && viewModel.canReimport(), !viewModel.getImportProblems().isEmpty(),
                viewModel.hasDiagram(), viewModel.hasSelection(), viewModel.hasTrace());
    }

    private Window owner() {
        Node anchor = host.anchor();
        return anchor.getScene() == null ? null : anchor.getScene().getWindow();
    }

    /** Replaces the native folder chooser of Import and Re-import (tests). */
    public void setImportTarget(Function<Path, Path> chooser) {
        this.importTarget = chooser;
    }

    /** File > Import/Export > Import (or Re-import): both replace what the window shows, so unsaved changes are asked about first. */
    public void chooseImport(boolean reimport) {
        host.whenChangesAreSafe(() -> {
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

    /** Replaces the native file chooser of Import Terraform plan/state (tests). */
    public void setTerraformTarget(Function<Path, Path> chooser) {
        this.terraformTarget = chooser;
    }

    /** File > Import/Export > Import Terraform plan/state…: a new untitled diagram, laid out like an AWS import. */
    public void chooseTerraform() {
        host.whenChangesAreSafe(() -> {
            Path file = terraformTarget.apply(null);
            if (file != null) {
                importTerraform(file);
            }
        });
    }

    /** Imports a Terraform plan or state into a new, unsaved diagram (the caller has asked about unsaved changes). */
    public void importTerraform(Path file) {
        runImport(file, viewModel::readTerraform, (AwsDiagramImport result) -> {
            host.forgetFile();
            viewModel.applyImport(result, file);
            Platform.runLater(host::fitToWindow);
        });
    }

    private Path chooseTerraformFile(Path unused) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(messages.getString("share.chooser.terraform"));
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("JSON", "*.json"));
        File file = chooser.showOpenDialog(owner());
        return file == null ? null : file.toPath();
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
            host.forgetFile();
            viewModel.applyImport(result, dir);
            Platform.runLater(host::fitToWindow);
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
                problemsDialog.getDialogPane().getStylesheets().setAll(host.anchor().getScene().getStylesheets());
            }
        }
        problemsDialog.setHeaderText(MessageFormat.format(messages.getString("share.problems.header"),
                viewModel.getImportProblems().size()));
        if (!problemsDialog.isShowing()) {
            problemsDialog.show();
        }
    }

    /** File > Import/Export > Export > PNG: asks for a file, then {@link #exportPng}. */
    public void choosePng(double scale) {
        File chosen = saveChooser("share.filter.png", "*.png", ".png");
        if (chosen != null) {
            exportPng(chosen.toPath(), scale);
        }
    }

    /** File > Import/Export > Export > SVG. */
    public void chooseSvg() {
        File chosen = saveChooser("share.filter.svg", "*.svg", ".svg");
        if (chosen != null) {
            exportSvg(chosen.toPath());
        }
    }

    private File saveChooser(String filterKey, String pattern, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.getString(filterKey), pattern));
        String title = viewModel.diagramTitle();
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
            viewModel.notice(messages.getString("share.copy.done"));
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
