package io.hopscope.ui.reach;

import io.hopscope.diagram.Diagram;
import io.hopscope.engine.TraceQuery;
import io.hopscope.io.policy.PortLists;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.PortSet;
import io.hopscope.model.net.Protocol;
import io.hopscope.ui.common.DiagramDocument;
import io.hopscope.ui.common.LatestRun;
import java.text.MessageFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The reachability panel's state: the question (a resource and a direction, optionally narrowed to
 * a protocol and ports), its rows, progress, and what the canvas highlights. The answer is computed
 * on {@code worker}; an edit, undo or redo of the diagram cancels a run in flight and asks again, and
 * a result that arrives for an older question or diagram is dropped. Results are published through
 * {@code ui} (the FX thread in the app, the caller's thread in tests). No scene classes.
 */
public final class ReachPanelViewModel {

    /** What the canvas marks: the shapes of the sources, of the targets, and the paths between them. */
    public record Highlight(Set<String> sources, Set<String> targets, List<List<String>> paths) {
        public static final Highlight NONE = new Highlight(Set.of(), Set.of(), List.of());
    }

    private final DiagramDocument document;
    private final ResourceBundle messages;
    private final ExecutorService worker;
    private final Executor ui;
    private final ObservableList<ReachRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ReachRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Highlight> highlight = new SimpleObjectProperty<>(this, "highlight", Highlight.NONE);
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty protocol = new SimpleStringProperty(this, "protocol", "all");
    private final StringProperty ports = new SimpleStringProperty(this, "ports", "");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private final LatestRun run = new LatestRun();
    private String subjectId;
    private ReachDirection direction;
    private Consumer<TraceQuery> tracer = q -> { };

    public ReachPanelViewModel(DiagramDocument document, ResourceBundle messages, ExecutorService worker, Executor ui) {
        this.document = document;
        this.messages = messages;
        this.worker = worker;
        this.ui = ui;
        document.diagramProperty().addListener((obs, old, now) -> diagramChanged(old, now));
        document.replacementsProperty().addListener((obs, old, now) -> clear());
        selected.addListener((obs, old, row) -> highlight.set(highlightOf(row)));
    }

    /** Asks "Who can reach {@code id}?" or "What can {@code id} reach?" and computes the answer. */
    public void ask(String id, ReachDirection newDirection) {
        subjectId = id;
        direction = newDirection;
        run();
    }

    /** Asks the current question again (after the protocol or ports changed). */
    public void rerun() {
        if (subjectId != null) {
            run();
        }
    }

    /** Whether {@code id} can be asked about (it stands for at least one interface). */
    public boolean canAsk(String id) {
        return ReachSubjects.isSubject(document.getDiagram().model(), id);
    }

    private void diagramChanged(Diagram old, Diagram now) {
        if (subjectId == null || (old != null && old.model() == now.model())) {
            return;
        }
        if (!canAsk(subjectId)) {
            cancel();
            rows.clear();
            status.set(MessageFormat.format(messages.getString("reach.status.gone"), subjectId));
            return;
        }
        run();
    }

    private void run() {
        Protocol p;
        PortSet portSet;
        try {
            p = Protocol.parse(protocol.get() == null || protocol.get().isBlank() ? "all" : protocol.get().trim());
            portSet = ports.get() == null || ports.get().isBlank() ? PortSet.ALL : PortLists.parse(messages.getString("reach.ports"), ports.get());
            if (!portSet.equals(PortSet.ALL) && !p.hasPorts()) {
                throw new IllegalArgumentException(messages.getString("reach.error.portsNeedProtocol"));
            }
        } catch (IllegalArgumentException e) {
            // The protocol's refusal comes from the value class in English: said in the UI's language.
            status.set(io.hopscope.edit.EditRefusal.message(e, messages.getLocale()));
            return;
        }
        long gen = run.begin();
        NetworkModel model = document.getDiagram().model();
        String id = subjectId;
        ReachDirection d = direction;
        String label = model.find(id).map(r -> r.label()).orElse(id);
        title.set(MessageFormat.format(messages.getString(d == ReachDirection.WHO_CAN_REACH ? "reach.title.who" : "reach.title.what"), label));
        running.set(true);
        progress.set(0);
        status.set(messages.getString("reach.status.computing"));
        run.submit(worker, () -> {
            try {
                int total = Math.max(1, ReachComputation.pairs(model, id, d));
                List<ReachRow> result = ReachComputation.answer(model, id, d, p, portSet, messages,
                        run.cancelled(gen),
                        n -> {
                            if (n % 16 == 0) {
                                ui.execute(() -> publishProgress(gen, (double) n / total));
                            }
                        });
                ui.execute(() -> publish(gen, result));
            } catch (CancellationException e) {
                // A newer question or diagram took over; its run publishes.
            } catch (RuntimeException e) {
                ui.execute(() -> fail(gen, ReachFailures.reachPanel(e, messages)));
            }
        });
    }

    private void publishProgress(long gen, double fraction) {
        if (run.isCurrent(gen) && running.get()) {
            progress.set(fraction);
        }
    }

    private void publish(long gen, List<ReachRow> result) {
        if (!run.isCurrent(gen)) {
            return;
        }
        ReachRow keep = selected.get();
        rows.setAll(result);
        long sources = result.stream().map(ReachRow::source).distinct().count();
        status.set(result.isEmpty() ? messages.getString(direction == ReachDirection.WHO_CAN_REACH ? "reach.status.noneWho" : "reach.status.noneWhat")
                : MessageFormat.format(messages.getString("reach.status.rows"), result.size(), sources));
        ReachRow again = keep == null ? null : result.stream().filter(r -> sameRow(r, keep)).findFirst().orElse(null);
        selected.set(again);
        highlight.set(highlightOf(again));
        progress.set(1);
        // Last: whoever waits for the run to end finds the rows in place.
        running.set(false);
    }

    private static boolean sameRow(ReachRow a, ReachRow b) {
        return a.source().equals(b.source()) && a.destination().equals(b.destination()) && a.protocol().equals(b.protocol())
                && a.ports().equals(b.ports()) && a.addresses().equals(b.addresses());
    }

    private void fail(long gen, String message) {
        if (run.isCurrent(gen)) {
            running.set(false);
            rows.clear();
            status.set(message);
        }
    }

    /** Stops a run in flight; the rows shown stay. */
    public void cancel() {
        if (running.get()) {
            run.supersede();
            running.set(false);
            status.set(messages.getString("reach.status.cancelled"));
        }
    }

    /** Forgets the question (another diagram was opened, or the panel was closed). */
    public void clear() {
        run.supersede();
        subjectId = null;
        running.set(false);
        rows.clear();
        selected.set(null);
        highlight.set(Highlight.NONE);
        title.set("");
        status.set("");
    }

    /** Runs the concrete trace of {@code row}'s example packet in the trace explorer. */
    public void traceRow(ReachRow row) {
        if (row != null && row.example() != null) {
            tracer.accept(row.example());
        }
    }

    /** Where {@link #traceRow} sends a packet: the trace explorer in the app. */
    public void setTracer(Consumer<TraceQuery> tracer) {
        this.tracer = tracer == null ? q -> { } : tracer;
    }

    private Highlight highlightOf(ReachRow row) {
        List<ReachRow> shown = row == null ? rows : List.of(row);
        Set<String> sources = new LinkedHashSet<>();
        Set<String> targets = new LinkedHashSet<>();
        Set<List<String>> paths = new LinkedHashSet<>();
        for (ReachRow r : shown) {
            if (r.sourceShape() != null) {
                sources.add(r.sourceShape());
            }
            targets.add(r.targetShape());
            paths.add(r.path());
        }
        return new Highlight(Set.copyOf(sources), Set.copyOf(targets), List.copyOf(paths));
    }

    public ObservableList<ReachRow> getRows() { return rows; }
    public ObjectProperty<ReachRow> selectedProperty() { return selected; }
    public ReadOnlyObjectProperty<Highlight> highlightProperty() { return highlight; }
    public ReadOnlyStringProperty titleProperty() { return title; }
    public ReadOnlyStringProperty statusProperty() { return status; }
    public StringProperty protocolProperty() { return protocol; }
    public StringProperty portsProperty() { return ports; }
    public ReadOnlyBooleanProperty runningProperty() { return running; }
    public ReadOnlyDoubleProperty progressProperty() { return progress; }
    public String subjectId() { return subjectId; }
}
