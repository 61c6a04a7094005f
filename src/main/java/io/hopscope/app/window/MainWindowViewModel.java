package io.hopscope.app.window;

import io.hopscope.app.files.Autosave;
import io.hopscope.app.files.DiagramLoader;
import io.hopscope.app.files.IoReasons;
import io.hopscope.app.files.OpenFailure;
import io.hopscope.app.files.OpenedFile;
import io.hopscope.app.files.Reading;
import io.hopscope.diagram.Diagram;
import io.hopscope.edit.ReplaceDiagramEdit;
import io.hopscope.io.format.DiagramWriter;
import io.hopscope.ui.canvas.CanvasEditorViewModel;
import io.hopscope.ui.canvas.DiagramCanvasViewModel;
import io.hopscope.ui.common.DiagramDocument;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;

/**
 * The main window's state: which file is open, its diagram, the recent files, and the texts
 * about them ({@link WindowStatus}). Opening goes through a {@link DiagramLoader}; a failed open changes nothing and
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
    private final RecentList recentFiles;
    private final CanvasEditorViewModel editor;
    private final WindowStatus statusLine;
    private final ReadOnlyBooleanWrapper documentOpen = new ReadOnlyBooleanWrapper(this, "documentOpen");
    private DiagramSaver saver = DiagramWriter::save;
    private Autosave autosave;
    private final OpenedFile opened = new OpenedFile(document);

    public MainWindowViewModel(DiagramLoader loader, ResourceBundle messages, String version, List<Path> recent) {
        this.loader = loader;
        this.messages = messages;
        this.version = version;
        this.canvas = new DiagramCanvasViewModel(messages);
        diagram.bind(document.diagramProperty());
        canvas.diagramProperty().bind(diagram);
        hasFile.bind(file.isNotNull());
        recentFiles = new RecentList(recent);
        editor = new CanvasEditorViewModel(document, canvas);
        statusLine = new WindowStatus(document, messages, file, documentOpen);
        editor.messageProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                statusLine.say(now);
            }
        });
    }

    /** The canvas editor: selection, moves, drops, clipboard and find on this window's document. */
    public CanvasEditorViewModel editor() {
        return editor;
    }

    public void setSaver(DiagramSaver saver) {
        this.saver = saver;
    }

    /** Autosaves this window's document into {@code autosave}'s folder from now on. */
    public void useAutosave(Autosave value) {
        this.autosave = value;
        value.watch(document);
    }

    public Optional<Autosave> autosave() {
        return Optional.ofNullable(autosave);
    }

    public ReadOnlyStringProperty selectionTextProperty() {
        return statusLine.selectionTextProperty();
    }

    /** File > New: an empty, untitled diagram, open for editing. */
    public void newDiagram() {
        replaceWith(Diagram.EMPTY, true);
        statusLine.say(messages.getString("files.status.new"));
    }

    /** Opens {@code diagram} as a new untitled document (a lab's copy): Save asks for a name. */
    public void openUntitled(Diagram diagram, String statusText) {
        replaceWith(diagram, true);
        statusLine.say(statusText);
    }

    /** The window shows a document (new, opened, imported, recovered): Save and Close apply. */
    public ReadOnlyBooleanProperty documentOpenProperty() {
        return documentOpen.getReadOnlyProperty();
    }

    /**
     * Saves to the open file; empty on success, else the reason. Without a file, or when the file
     * is a picture (a PNG or SVG must never be overwritten with JSON), use {@link #saveAs}.
     */
    public Optional<String> save() {
        Path current = document.file().orElse(null);
        if (current == null || opened.isPicture()) {
            return Optional.of(messages.getString("files.save.needsName"));
        }
        return saveAs(current);
    }

    /** The open file's state on disk and kind, for the save and reload commands. */
    OpenedFile openedFile() {
        return opened;
    }

    /** The loader this window opens files with, for a read on a worker thread ({@link Reading}). */
    DiagramLoader loader() {
        return loader;
    }

    /** Saves to {@code path}, which becomes the open file; empty on success, else the reason. */
    public Optional<String> saveAs(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path before = document.file().orElse(null);
        try {
            saver.save(document.getDiagram(), absolute);
        } catch (java.io.IOException | RuntimeException e) {
            String reason = IoReasons.describe(e, messages);
            statusLine.say(MessageFormat.format(messages.getString("status.saveFailed"), absolute.getFileName(), reason));
            return Optional.of(reason);
        }
        if (autosave != null) {
            autosave.discard(before);
            if (opened.carried() != null) {
                // The recovered changes are in a file now: the recovery data is no longer needed.
                autosave.discard(opened.carried());
            }
        }
        opened.wrote(absolute);
        document.markSaved(absolute);
        documentOpen.set(true);
        file.set(absolute);
        statusLine.updateTitle();
        recentFiles.remember(absolute);
        statusLine.notice(MessageFormat.format(messages.getString("status.saved"), absolute.getFileName()));
        return Optional.empty();
    }

    /** File > Revert: back to what the file holds (the history goes with it). */
    public Optional<OpenFailure> revert() {
        Path current = document.file().orElse(null);
        if (current == null) {
            return Optional.empty();
        }
        return open(current);
    }

    /**
     * Brings back autosaved changes as one undoable step on top of the file they belong to. The
     * recovery data stays until the recovered diagram is saved or its changes are discarded.
     */
    public void recover(Autosave.Recovery recovery) {
        if (recovery.source() == null || !java.nio.file.Files.exists(recovery.source())
                || open(recovery.source()).isPresent()) {
            newDiagram();
        }
        opened.carry(recovery);
        document.perform(new ReplaceDiagramEdit(messages.getString("edit.recover"), recovery.diagram()));
        statusLine.notice(MessageFormat.format(messages.getString("status.recovered"),
                recovery.source() == null ? messages.getString("untitled") : recovery.source().getFileName()));
    }

    /** Shows {@code text} in the status bar. */
    public void say(String text) {
        statusLine.say(text);
    }

    /** Whether closing or opening another file should first ask about unsaved changes. */
    public boolean hasUnsavedChanges() {
        return document.isDirty();
    }

    /** The user discarded the unsaved changes: their recovery data goes too. */
    public void discardRecovery() {
        if (autosave != null) {
            autosave.discard(document.file().orElse(null));
            if (opened.carried() != null) {
                autosave.discard(opened.carried());
            }
        }
        opened.clear();
    }

    /** Whether a window showing nothing at all could take a recovered diagram without losing anything. */
    public boolean isBlank() {
        return !documentOpen.get() && !document.isDirty();
    }

    /** Title, status line and Undo/Redo texts. */
    WindowStatus statusLine() {
        return statusLine;
    }

    /** The open diagram with its history, selection and problems: what every panel works on. */
    public DiagramDocument document() {
        return document;
    }

    public DiagramCanvasViewModel canvas() {
        return canvas;
    }

    /**
     * Opens {@code path}, reading it on the calling thread. On success the diagram, title, status
     * and recent files change; on failure nothing changes and the reasons come back.
     */
    public Optional<OpenFailure> open(Path path) {
        return apply(Reading.of(loader, path));
    }

    /** Shows a file read on a worker thread (see {@link Reading}); on failure nothing changes. */
    Optional<OpenFailure> apply(Reading reading) {
        Path absolute = reading.file();
        DiagramLoader.Loaded loaded = reading.loaded();
        List<String> reasons = reading.failureReasons(messages);
        if (!reasons.isEmpty()) {
            statusLine.say(MessageFormat.format(messages.getString("status.openFailed"), absolute.getFileName()));
            return Optional.of(new OpenFailure(absolute, reasons));
        }
        leave();
        document.replace(loaded.diagram(), absolute, reading.modelProblems());
        documentOpen.set(true);
        opened.read(reading);
        file.set(absolute);
        statusLine.updateTitle();
        // The reader still gives a diagram when only model rules fail, so it can be looked at and fixed.
        statusLine.showOpened(absolute);
        recentFiles.remember(absolute);
        return Optional.empty();
    }

    /** Closes the diagram: the window goes back to empty. */
    public void close() {
        replaceWith(Diagram.EMPTY, false);
        statusLine.say(messages.getString("status.ready"));
    }

    /**
     * Leaves the current document (its unsaved changes were saved or discarded before, see
     * FileCommands): this session's autosave of it is obsolete; recovery data of earlier sessions
     * stays until the user answers for it.
     */
    private void leave() {
        if (autosave != null) {
            autosave.discard(document.file().orElse(null));
        }
        opened.clear();
    }

    private void replaceWith(Diagram next, boolean open) {
        leave();
        document.replace(next, null);
        file.set(null);
        documentOpen.set(open);
        statusLine.updateTitle();
    }

    public String aboutHeader() {
        return APP_NAME + " " + version;
    }

    public String aboutText() {
        return messages.getString("about.text");
    }

    /** The folder a file chooser starts in: the one of the latest file, if it still exists. */
    public Path lastFolder() {
        return recentFiles.lastFolder();
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
        return statusLine.titleProperty();
    }

    public String getTitle() {
        return statusLine.titleProperty().get();
    }

    public ReadOnlyStringProperty statusProperty() {
        return statusLine.statusProperty();
    }

    public String getStatus() {
        return statusLine.statusProperty().get();
    }

    /** Most recent first; the app persists it. */
    public ObservableList<Path> getRecentFiles() {
        return recentFiles.files();
    }
}
