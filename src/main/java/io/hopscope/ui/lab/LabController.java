package io.hopscope.ui.lab;

import io.hopscope.lab.LabFile;
import io.hopscope.lab.LabGrader;
import io.hopscope.lab.LabLoad;
import io.hopscope.lab.LabReader;
import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;

/**
 * Help > Labs and the open lab of one window: opens a lab as an untitled copy with its panel
 * docked, closes the panel when another diagram replaces it, saves and reopens attempts.
 */
public final class LabController {

    private static final ExecutorService GRADING = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lab-grading");
        t.setDaemon(true);
        return t;
    });

    private final LabHost host;
    private final ResourceBundle messages;
    private final LabProgress progress;
    private final LabGrader grader;
    private LabBrowserView browser;
    private LabPanelView panel;
    private ChangeListener<Number> onReplaced;
    private Function<String, Path> saveChooser = this::chooseSave;
    private Supplier<Path> openChooser = this::chooseOpen;

    public LabController(LabHost host, ResourceBundle messages) {
        this(host, messages, LabProgress.forUser(), new LabGrader());
    }

    public LabController(LabHost host, ResourceBundle messages, LabProgress progress, LabGrader grader) {
        this.host = host;
        this.messages = messages;
        this.progress = progress;
        this.grader = grader;
    }

    /** Help > Labs…. */
    public MenuItem createMenuItem() {
        MenuItem item = new MenuItem(messages.getString("menu.help.labs"));
        item.setId("labsMenuItem");
        item.setOnAction(e -> showBrowser());
        return item;
    }

    public void showBrowser() {
        if (browser == null) {
            browser = new LabBrowserView(new LabBrowserViewModel(messages, progress), messages, host.window());
            browser.setOpener(this::open);
            browser.setAttemptOpener(this::openAttempt);
        }
        browser.show();
    }

    /** Opens {@code lab} (as shipped, or a saved attempt) as an untitled copy with its panel. */
    public void open(LabFile lab) {
        host.whenChangesAreSafe(() -> {
            closePanel();
            host.openUntitled(lab.diagram(), MessageFormat.format(messages.getString("lab.status.opened"),
                    lab.lab().title().in(messages.getLocale())));
            LabPanelViewModel vm = new LabPanelViewModel(lab, host.document(), messages, grader, progress, GRADING,
                    Platform::runLater);
            panel = new LabPanelView(vm, messages);
            panel.setTraceOpener(host::showTrace);
            panel.setSaver(this::saveAttempt);
            panel.setCloser(this::closePanel);
            host.dock(panel.getRoot(), true);
            // Any other diagram taking the window (Open, New, Close, another lab) ends this lab.
            onReplaced = (obs, was, now) -> closePanel();
            host.document().replacementsProperty().addListener(onReplaced);
        });
    }

    private void closePanel() {
        if (panel == null) {
            return;
        }
        host.document().replacementsProperty().removeListener(onReplaced);
        panel.getViewModel().dispose();
        host.dock(panel.getRoot(), false);
        panel = null;
    }

    private void saveAttempt() {
        Path target = saveChooser.apply(panel.getViewModel().lab().lab().id() + "-attempt.json");
        if (target == null) {
            return;
        }
        try {
            panel.getViewModel().saveAttempt(target);
            host.say(MessageFormat.format(messages.getString("lab.status.saved"), target.getFileName()));
        } catch (IOException e) {
            error(MessageFormat.format(messages.getString("lab.error.save"), target, e.getMessage()));
        }
    }

    private void openAttempt() {
        Path file = openChooser.get();
        if (file == null) {
            return;
        }
        LabLoad load = LabReader.read(file);
        if (load.file() == null) {
            error(MessageFormat.format(messages.getString("lab.error.open"), file,
                    load.errors().isEmpty() ? "" : load.errors().get(0).toString()));
            return;
        }
        open(load.file());
    }

    private void error(String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.initOwner(host.window());
        alert.show();
    }

    private Path chooseSave(String suggested) {
        FileChooser chooser = chooser();
        chooser.setInitialFileName(suggested);
        java.io.File f = chooser.showSaveDialog(host.window());
        return f == null ? null : f.toPath();
    }

    private Path chooseOpen() {
        java.io.File f = chooser().showOpenDialog(host.window());
        return f == null ? null : f.toPath();
    }

    private FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString("lab.chooser.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.getString("lab.chooser.filter"),
                "*.json"));
        return chooser;
    }

    /** Tests (and hosts without native dialogs) pick files here instead of a file chooser. */
    public void setFileChoosers(Function<String, Path> save, Supplier<Path> open) {
        this.saveChooser = save;
        this.openChooser = open;
    }

    public LabPanelView panel() {
        return panel;
    }

    public LabBrowserView browser() {
        return browser;
    }
}
