package io.hopscope.ui.matrix;

import io.hopscope.engine.TraceQuery;
import io.hopscope.model.NetworkModel;
import io.hopscope.reach.ReachEndpoint;
import io.hopscope.reach.SelectorResolver;
import io.hopscope.ui.common.DiagramDocument;
import io.hopscope.ui.common.LatestRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The reachability matrix's state: the service and the two selectors as typed (each with its inline
 * error), the computed grid, the focused cell, progress, and whether the diagram changed since.
 * Computed on {@code worker} with the CLI's matrix engine; Cancel or a newer question drops a run in
 * flight, an edit made while one runs asks again. Published through {@code ui}. No scene classes.
 */
public final class MatrixViewModel {
    private final DiagramDocument document;
    private final ResourceBundle messages;
    private final ExecutorService worker;
    private final Executor ui;
    private final int threads;
    private final StringProperty service = new SimpleStringProperty(this, "service", "tcp/443");
    private final StringProperty from = new SimpleStringProperty(this, "from", "all");
    private final StringProperty to = new SimpleStringProperty(this, "to", "all");
    private final StringProperty serviceError = new SimpleStringProperty(this, "serviceError", "");
    private final StringProperty fromError = new SimpleStringProperty(this, "fromError", "");
    private final StringProperty toError = new SimpleStringProperty(this, "toError", "");
    private final ObjectProperty<MatrixGrid> grid = new SimpleObjectProperty<>(this, "grid");
    private final IntegerProperty focusRow = new SimpleIntegerProperty(this, "focusRow", 0);
    private final IntegerProperty focusColumn = new SimpleIntegerProperty(this, "focusColumn", 0);
    private final StringProperty focusText = new SimpleStringProperty(this, "focusText", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final BooleanProperty stale = new SimpleBooleanProperty(this, "stale");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private final BooleanBinding valid = Bindings.createBooleanBinding(
            () -> serviceError.get().isEmpty() && fromError.get().isEmpty() && toError.get().isEmpty(),
            serviceError, fromError, toError);
    private final LatestRun run = new LatestRun();
    private Consumer<TraceQuery> tracer = q -> { };

    public MatrixViewModel(DiagramDocument document, ResourceBundle messages, ExecutorService worker, Executor ui, int threads) {
        this.document = document;
        this.messages = messages;
        this.worker = worker;
        this.ui = ui;
        this.threads = Math.max(1, threads);
        service.addListener((obs, old, now) -> validate());
        from.addListener((obs, old, now) -> validate());
        to.addListener((obs, old, now) -> validate());
        document.diagramProperty().addListener((obs, old, now) -> {
            if (old == null || old.model() != now.model()) {
                diagramChanged();
            }
        });
        document.replacementsProperty().addListener((obs, old, now) -> clear());
        focusText.bind(Bindings.createStringBinding(() -> cellText(focusRow.get(), focusColumn.get()), focusRow, focusColumn, grid));
        validate();
    }

    /** Checks the fields against the model now: a misspelt selector names itself inline. */
    private void validate() {
        serviceError.set(MatrixTexts.serviceError(messages, service.get()));
        SelectorResolver resolver = new SelectorResolver(document.getDiagram().model(), null);
        fromError.set(MatrixTexts.selectorError(messages, resolver, from.get()));
        toError.set(MatrixTexts.selectorError(messages, resolver, to.get()));
    }

    /** Computes the matrix for the fields as they are; false (and nothing runs) while one is wrong. */
    public boolean compute() {
        validate();
        if (!valid.get()) {
            return false;
        }
        MatrixService s = MatrixService.parse(service.get());
        NetworkModel model = document.getDiagram().model();
        SelectorResolver resolver = new SelectorResolver(model, null);
        List<ReachEndpoint> sources = MatrixTexts.interfaces(resolver, from.get());
        List<ReachEndpoint> targets = MatrixTexts.interfaces(resolver, to.get());
        long gen = run.begin();
        long total = Math.max(1L, (long) sources.size() * targets.size());
        running.set(true);
        progress.set(0);
        status.set(MessageFormat.format(messages.getString("matrix.status.computing"), sources.size(), targets.size(), s.text()));
        run.submit(worker, () -> {
            try {
                MatrixGrid g = MatrixRun.compute(model, s, sources, targets, threads,
                        run.cancelled(gen),
                        done -> ui.execute(() -> publishProgress(gen, (double) done / total)));
                ui.execute(() -> publish(gen, g));
            } catch (CancellationException e) {
                // Cancelled, or a newer run publishes.
            } catch (RuntimeException e) {
                ui.execute(() -> fail(gen, MatrixTexts.failure(e, messages)));
            }
        });
        return true;
    }

    private void publishProgress(long gen, double fraction) {
        if (run.isCurrent(gen) && running.get()) {
            progress.set(fraction);
        }
    }

    private void publish(long gen, MatrixGrid g) {
        if (!run.isCurrent(gen)) {
            return;
        }
        focusRow.set(Math.min(focusRow.get(), Math.max(0, g.rows() - 1)));
        focusColumn.set(Math.min(focusColumn.get(), Math.max(0, g.columns() - 1)));
        grid.set(g);
        stale.set(g.model() != document.getDiagram().model());
        status.set(MatrixTexts.summary(messages, g));
        progress.set(1);
        // Last, so whoever waits finds the grid in place.
        running.set(false);
    }

    private void fail(long gen, String message) {
        if (run.isCurrent(gen)) {
            running.set(false);
            status.set(MessageFormat.format(messages.getString("matrix.status.failed"), message));
        }
    }

    private void diagramChanged() {
        validate();
        if (running.get()) {
            // The run in flight answers an older diagram: ask this one.
            if (!compute()) {
                cancel();
            }
        } else if (grid.get() != null) {
            stale.set(true);
        }
    }

    /** Stops a run in flight; the grid shown (if any) stays. */
    public void cancel() {
        if (running.get()) {
            run.supersede();
            running.set(false);
            status.set(messages.getString("matrix.status.cancelled"));
        }
    }

    /** Forgets the grid: another diagram was opened. */
    public void clear() {
        run.supersede();
        running.set(false);
        grid.set(null);
        stale.set(false);
        status.set("");
        validate();
    }

    /** Moves the focused cell by rows and columns, staying inside the grid. */
    public void moveFocus(int rows, int columns) {
        MatrixGrid g = grid.get();
        if (g == null || g.rows() == 0 || g.columns() == 0) {
            return;
        }
        focusRow.set(clamp(focusRow.get() + rows, g.rows()));
        focusColumn.set(clamp(focusColumn.get() + columns, g.columns()));
    }

    /** Focuses a clicked cell. */
    public void focus(int row, int column) {
        MatrixGrid g = grid.get();
        if (g != null && row >= 0 && column >= 0 && row < g.rows() && column < g.columns()) {
            focusRow.set(row);
            focusColumn.set(column);
        }
    }

    private static int clamp(int v, int size) { return Math.max(0, Math.min(size - 1, v)); }

    /** Runs the concrete trace of the focused cell's pair in the trace explorer; false on the diagonal. */
    public boolean traceFocused() { return trace(focusRow.get(), focusColumn.get()); }

    /** The same for one cell; false on the diagonal or outside the grid. */
    public boolean trace(int row, int column) {
        MatrixGrid g = grid.get();
        if (g == null || row < 0 || column < 0 || row >= g.rows() || column >= g.columns()
                || g.verdict(row, column) == MatrixVerdict.SELF) {
            return false;
        }
        tracer.accept(g.query(row, column));
        return true;
    }

    /** "web-1 → orders-db: Reachable", with the blocking component when one blocked: hover and focus text. */
    public String cellText(int row, int column) {
        return MatrixTexts.cell(messages, grid.get(), row, column);
    }

    /** The grid in the CLI's CSV ({@code matrix --format csv}); empty without a grid. */
    public String csv() { return grid.get() == null ? "" : grid.get().csv(); }

    /** Writes {@link #csv()} to {@code file} and says so in the status line. */
    public void exportCsv(Path file) {
        try {
            Files.writeString(file, csv(), StandardCharsets.UTF_8);
            status.set(MessageFormat.format(messages.getString("matrix.status.exported"), file.getFileName()));
        } catch (IOException e) {
            status.set(MessageFormat.format(messages.getString("matrix.status.exportFailed"), file, e.getMessage()));
        }
    }

    /** Where a traced cell goes: the trace explorer. */
    public void setTracer(Consumer<TraceQuery> tracer) {
        this.tracer = tracer == null ? q -> { } : tracer;
    }

    public StringProperty serviceProperty() { return service; }
    public StringProperty fromProperty() { return from; }
    public StringProperty toProperty() { return to; }
    public ReadOnlyStringProperty serviceErrorProperty() { return serviceError; }
    public ReadOnlyStringProperty fromErrorProperty() { return fromError; }
    public ReadOnlyStringProperty toErrorProperty() { return toError; }
    public BooleanBinding validProperty() { return valid; }
    public ReadOnlyObjectProperty<MatrixGrid> gridProperty() { return grid; }
    public IntegerProperty focusRowProperty() { return focusRow; }
    public IntegerProperty focusColumnProperty() { return focusColumn; }
    public ReadOnlyStringProperty focusTextProperty() { return focusText; }
    public ReadOnlyStringProperty statusProperty() { return status; }
    public ReadOnlyBooleanProperty runningProperty() { return running; }
    public ReadOnlyBooleanProperty staleProperty() { return stale; }
    public ReadOnlyDoubleProperty progressProperty() { return progress; }
}
