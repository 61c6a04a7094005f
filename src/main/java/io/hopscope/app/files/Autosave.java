package io.hopscope.app.files;

import io.hopscope.diagram.Diagram;
import io.hopscope.io.format.AtomicFileWriter;
import io.hopscope.io.format.DiagramLoad;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.io.format.DiagramWriter;
import io.hopscope.ui.common.DiagramDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Periodic autosave of unsaved changes to a recovery file in the user's data folder, never into the
 * user's own file. A few seconds after the last change the current diagram (an immutable value,
 * so writing it on a background thread is safe) is written atomically, readable by the owner only.
 *
 * <p>Recovery data lives until it is no longer needed. Each Autosave (one per window) writes under
 * its own session name, so it never overwrites a recovery file left by an earlier session; it
 * deletes its own file when the document becomes clean (saved, or changes undone) or the user
 * discards the changes. A recovery file of an earlier session is deleted only when the user
 * deletes it in the recovery prompt, discards the recovered changes, or saves them.
 */
public final class Autosave implements AutoCloseable {

    /** A recovery file that holds changes its source file does not have. */
    public record Recovery(Path source, Path recoveryFile, Diagram diagram) {
    }

    private static final String SUFFIX = ".recovery.json";
    private static final String SOURCE_SUFFIX = ".source";

    private final Path folder;
    private final long delayMillis;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hopscope-autosave");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> pending;
    private Path lastSource;
    private boolean wroteLastSource;
    /** Names this session's files apart from those of earlier (crashed) sessions and other windows. */
    private final String session = Long.toHexString(new java.security.SecureRandom().nextLong() >>> 1);

    public Autosave(Path folder, long delayMillis) {
        this.folder = folder;
        this.delayMillis = delayMillis;
    }

    /**
     * The default place: {@code ~/.hopscope/recovery}, or the folder named by the system property
     * {@code hopscope.recoveryDir} (tests, portable installs).
     */
    public static Path userFolder() {
        String override = System.getProperty("hopscope.recoveryDir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Path.of(System.getProperty("user.home"), ".hopscope", "recovery");
    }

    /** Autosaves every change of {@code document} while it has unsaved changes. */
    public void watch(DiagramDocument document) {
        document.diagramProperty().addListener((obs, old, now) -> changed(document));
        document.dirtyProperty().addListener((obs, old, now) -> changed(document));
    }

    private synchronized void changed(DiagramDocument document) {
        Path source = document.file().orElse(null);
        if (pending != null) {
            pending.cancel(false);
        }
        if (!document.isDirty()) {
            // Nothing unsaved: this session's autosave is obsolete; earlier sessions' files stay.
            discard(source);
            return;
        }
        Diagram snapshot = document.getDiagram();
        pending = timer.schedule(() -> write(snapshot, source), delayMillis, TimeUnit.MILLISECONDS);
    }

    /** Writes now what a pending autosave would write later (tests; shutdown). */
    public synchronized void flushNow(DiagramDocument document) {
        if (pending != null) {
            pending.cancel(false);
        }
        if (document.isDirty()) {
            write(document.getDiagram(), document.file().orElse(null));
        }
    }

    private synchronized void write(Diagram diagram, Path source) {
        try {
            Files.createDirectories(folder);
            if (lastSource != null && !lastSource.equals(source) && wroteLastSource) {
                delete(lastSource);
            }
            // The source first: a recovery file found without its source would be taken for an untitled one.
            AtomicFileWriter.writePrivate(sourceFile(source),
                    (source == null ? "" : source.toString()).getBytes(StandardCharsets.UTF_8));
            AtomicFileWriter.writePrivate(recoveryFile(source), DiagramWriter.toJson(diagram).getBytes(StandardCharsets.UTF_8));
            lastSource = source;
            wroteLastSource = true;
        } catch (IOException e) {
            // An autosave that fails leaves the previous one; the next change tries again.
        }
    }

    /** Deletes this session's recovery file of {@code source} (null: the untitled diagram). */
    public synchronized void discard(Path source) {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        delete(source);
    }

    private void delete(Path source) {
        try {
            Files.deleteIfExists(recoveryFile(source));
            Files.deleteIfExists(sourceFile(source));
        } catch (IOException e) {
            // Left behind, it is offered once more at the next start and can be discarded then.
        }
    }

    /** Recovery files (at start-up: of earlier sessions) whose diagram differs from what their source file holds now. */
    public List<Recovery> pending() {
        List<Recovery> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
                recoveryOf(f).ifPresent(found::add);
            }
        } catch (IOException e) {
            return found;
        }
        return found;
    }

    private Optional<Recovery> recoveryOf(Path recoveryFile) throws IOException {
        Path sourceFile = sourceFileOf(recoveryFile);
        String sourceText = Files.exists(sourceFile) ? Files.readString(sourceFile).trim() : "";
        Path source = sourceText.isEmpty() ? null : Path.of(sourceText);
        DiagramLoad load = DiagramReader.read(recoveryFile);
        if (load.diagram() == null) {
            return Optional.empty();
        }
        if (source != null && Files.exists(source)) {
            DiagramLoad current = DiagramReader.read(source);
            if (current.diagram() != null && current.diagram().equals(load.diagram())) {
                Files.deleteIfExists(recoveryFile);
                Files.deleteIfExists(sourceFile);
                return Optional.empty();
            }
        }
        return Optional.of(new Recovery(source, recoveryFile, load.diagram()));
    }

    /**
     * Deletes a recovery of an earlier session: the user deleted it, discarded the recovered
     * changes, or saved them.
     */
    public void discard(Recovery recovery) {
        try {
            Files.deleteIfExists(recovery.recoveryFile());
            Files.deleteIfExists(sourceFileOf(recovery.recoveryFile()));
        } catch (IOException e) {
            // Left behind, it is offered once more at the next start and can be deleted then.
        }
    }

    private Path recoveryFile(Path source) {
        return folder.resolve(key(source) + "~" + session + SUFFIX);
    }

    private Path sourceFile(Path source) {
        return folder.resolve(key(source) + "~" + session + SOURCE_SUFFIX);
    }

    private static Path sourceFileOf(Path recoveryFile) {
        String name = recoveryFile.getFileName().toString();
        return recoveryFile.resolveSibling(name.substring(0, name.length() - SUFFIX.length()) + SOURCE_SUFFIX);
    }

    private static String key(Path source) {
        if (source == null) {
            return "untitled";
        }
        String name = source.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        return name + "-" + Integer.toHexString(source.toAbsolutePath().normalize().toString().hashCode());
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
