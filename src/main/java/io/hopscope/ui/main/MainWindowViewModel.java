package io.hopscope.ui.main;

import io.hopscope.check.Problem;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.NetworkModel;
import io.hopscope.ui.canvas.DiagramCanvasViewModel;
import io.hopscope.ui.common.DiagramDocument;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's state: which file is open, its diagram, the title, the status line and the
 * recent files. Opening goes through a {@link DiagramLoader}; a failed open changes nothing and
 * returns the reasons for the view to show.
 */
public final class MainWindowViewModel {

    public static final String APP_NAME = "Hopscope";
    public static final int MAX_RECENT_FILES = 8;

    private final DiagramLoader loader;
    private final ResourceBundle messages;
    private final String version;
    private final DiagramCanvasViewModel canvas;
    private final DiagramDocument document = DiagramDocument.empty();
    private final ReadOnlyObjectWrapper<Diagram> diagram = new ReadOnlyObjectWrapper<>(this, "diagram", Diagram.EMPTY);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper hasFile = new ReadOnlyBooleanWrapper(this, "hasFile");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();

    public MainWindowViewModel(DiagramLoader loader, ResourceBundle messages, String version, List<Path> recent) {
        this.loader = loader;
        this.messages = messages;
        this.version = version;
        this.canvas = new DiagramCanvasViewModel(messages);
        diagram.bind(document.diagramProperty());
        canvas.diagramProperty().bind(diagram);
        hasFile.bind(file.isNotNull());
        recentFiles.setAll(recent.stream().limit(MAX_RECENT_FILES).toList());
        status.set(messages.getString("status.ready"));
    }

    /** The open diagram with its history, selection and problems: what every panel works on. */
    public DiagramDocument document() {
        return document;
    }

    public DiagramCanvasViewModel canvas() {
        return canvas;
    }

    /**
     * Opens {@code path}. On success the diagram, title, status and recent files change; on failure
     * nothing changes and the reasons come back, each as the reader's location and message.
     */
    public Optional<OpenFailure> open(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        DiagramLoader.Loaded loaded;
        try {
            loaded = loader.load(absolute);
        } catch (RuntimeException e) {
            // A reader bug or an I/O error that escaped it must not take the window down.
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Optional.of(failure(absolute, List.of(absolute + ": " + reason)));
        }
        if (loaded == null || loaded.diagram() == null) {
            List<String> reasons = new ArrayList<>();
            if (loaded != null) {
                loaded.problems().stream().filter(Problem::isError).forEach(p -> reasons.add(absolute + ": " + p));
            }
            if (reasons.isEmpty()) {
                reasons.add(absolute + ": " + messages.getString("open.failed.unknown"));
            }
            return Optional.of(failure(absolute, reasons));
        }
        document.replace(loaded.diagram(), absolute);
        file.set(absolute);
        title.set(APP_NAME + " — " + absolute.getFileName());
        // The reader still gives a diagram when only model rules fail, so it can be looked at and fixed.
        status.set(summary(absolute, loaded.diagram().model(), loaded.problems().size()));
        remember(absolute);
        return Optional.empty();
    }

    /** Closes the diagram: the window goes back to empty. */
    public void close() {
        document.replace(Diagram.EMPTY, null);
        file.set(null);
        title.set(APP_NAME);
        status.set(messages.getString("status.ready"));
    }

    private OpenFailure failure(Path path, List<String> reasons) {
        status.set(MessageFormat.format(messages.getString("status.openFailed"), path.getFileName()));
        return new OpenFailure(path, reasons);
    }

    private String summary(Path path, NetworkModel model, int problems) {
        String text = MessageFormat.format(messages.getString("status.opened"), path.getFileName(),
                model.vpcs().size(), model.subnets().size(), model.workloads().size());
        return problems == 0 ? text : text + " " + MessageFormat.format(messages.getString("status.problems"), problems);
    }

    private void remember(Path path) {
        List<Path> updated = new ArrayList<>(recentFiles);
        updated.remove(path);
        updated.add(0, path);
        recentFiles.setAll(updated.subList(0, Math.min(MAX_RECENT_FILES, updated.size())));
    }

    public String aboutHeader() {
        return APP_NAME + " " + version;
    }

    public String aboutText() {
        return messages.getString("about.text");
    }

    /** The folder a file chooser starts in: the one of the latest file, if it still exists. */
    public Path lastFolder() {
        return recentFiles.stream().map(Path::getParent).filter(p -> p != null && p.toFile().isDirectory())
                .findFirst().orElse(null);
    }

    public ReadOnlyObjectProperty<Diagram> diagramProperty() {
        return diagram.getReadOnlyProperty();
    }

    public Diagram getDiagram() {
        return diagram.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path getFile() {
        return file.get();
    }

    public ReadOnlyBooleanProperty hasFileProperty() {
        return hasFile.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public String getTitle() {
        return title.get();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String getStatus() {
        return status.get();
    }

    /** Most recent first; the app persists it. */
    public ObservableList<Path> getRecentFiles() {
        return recentFiles;
    }
}
