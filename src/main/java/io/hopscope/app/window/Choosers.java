package io.hopscope.app.window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The native Open and Save As choosers, with the filters and start folders the window uses. */
final class Choosers {

    private Choosers() {
    }

    /** Exported PNGs carry their diagram and reopen as it, so the default filter shows them too. */
    static List<FileChooser.ExtensionFilter> openFilters(ResourceBundle messages) {
        return List.of(
                new FileChooser.ExtensionFilter(messages.getString("files.filter.diagramsAndPng"), "*.json", "*.png"),
                new FileChooser.ExtensionFilter(messages.getString("open.filter.all"), "*"));
    }

    static Path chooseOpen(ResourceBundle messages, Window owner, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString("menu.file.open"));
        chooser.getExtensionFilters().addAll(openFilters(messages));
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File chosen = chooser.showOpenDialog(owner);
        return chosen == null ? null : chosen.toPath();
    }

    /** Starts at {@code suggested} (a .json name beside the open file), else in {@code fallbackFolder}. */
    static Path chooseSave(ResourceBundle messages, Window owner, Path suggested, Path fallbackFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString("menu.file.saveAs"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.getString("open.filter.diagrams"), "*.json"));
        Path folder = suggested != null ? suggested.getParent() : fallbackFolder;
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        if (suggested != null) {
            chooser.setInitialFileName(suggested.getFileName().toString());
        }
        File chosen = chooser.showSaveDialog(owner);
        return chosen == null ? null : chosen.toPath();
    }
}
