package io.hopscope.ui.trace;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.SavedTrace;
import io.hopscope.edit.Edit;
import io.hopscope.engine.Blocker;
import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Direction;
import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.TraceQueryException;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.io.trace.TraceJsonWriter;
import io.hopscope.io.trace.TraceTextWriter;
import io.hopscope.model.NetworkModel;
import io.hopscope.ui.common.DiagramDocument;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The trace explorer's state: the question (source, destination, protocol, port, client), the
 * engine's answer as a list of hops (request then reply), the current hop, the verdict and the
 * blockers with their fixes. While a trace is shown, every change of the document's diagram
 * re-runs it, so an edit (or an applied fix, or its undo) shows its effect at once.
 * Uses JavaFX properties but no scene classes; tested without a toolkit.
 */
public final class TraceViewModel {

    private final DiagramDocument document;
    private final ResourceBundle messages;
    /** The engine's sentences in the UI's language (the hop explanations, the fixes). */
    private final ResourceBundle engineTexts;
    private final TraceVerdicts verdicts;

    private final TraceQuestion question;

    private final ReadOnlyObjectWrapper<Trace> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyStringWrapper hopTitle = new ReadOnlyStringWrapper(this, "hopTitle", "");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation", "");
    private final ReadOnlyObjectWrapper<HopRow> currentRow = new ReadOnlyObjectWrapper<>(this, "currentRow");
    private final IntegerProperty currentIndex = new SimpleIntegerProperty(this, "currentIndex", -1);
    private final ObservableList<HopRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Blocker> blockers = FXCollections.observableArrayList();
    /** Fixes for a PORT_DEPENDENT verdict: no hop blocks the packet shown, so no blocker carries them. */
    private final ObservableList<Edit> portFixes = FXCollections.observableArrayList();
    private final EndpointList endpoints;
    private final KeptTraces keptTraces;
    private final HopSteps steps = new HopSteps(rows, currentIndex);
    private TraceQuery shownQuery;
    // The question re-traced on every change of the diagram; kept when one re-trace fails.
    private TraceQuery liveQuery;

    public TraceViewModel(DiagramDocument document, ResourceBundle messages) {
        this.document = document;
        this.messages = messages;
        this.engineTexts = Text.bundle(messages.getLocale());
        this.verdicts = new TraceVerdicts(messages);
        this.question = new TraceQuestion(messages);
        currentIndex.addListener((obs, old, now) -> showCurrent());
        // Another diagram is another network: its question is not the old one's. A save (even to
        // another file), an edit, undo or redo keep the question and re-trace it.
        document.replacementsProperty().addListener((obs, old, now) -> {
            question.clear();
            clear();
        });
        document.diagramProperty().addListener((obs, old, now) -> diagramChanged(now));
        endpoints = new EndpointList(document.getDiagram());
        keptTraces = new KeptTraces(document);
    }

    private void diagramChanged(Diagram now) {
        endpoints.follow(now, question);
        keptTraces.follow(now);
        if (liveQuery != null) {
            // Live re-trace, even after an edit made it fail, so undo brings the trace back.
            run(liveQuery);
        }
    }

    /** Traces the question in the fields; a bad field shows an error and clears the trace. */
    public void traceNow() {
        TraceQuery query;
        try {
            query = buildQuery();
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return;
        }
        currentIndex.set(-1);
        liveQuery = null;
        run(query);
    }

    /** Starts a trace from {@code sourceRef}: the context menu's "Trace from here". */
    public void traceFrom(String sourceRef) {
        if (question.takeSource(document.getDiagram().model(), sourceRef)) {
            traceNow();
        }
    }

    /** Traces to {@code resourceId} (by its name when unique): the context menu's "Trace to here". */
    public void traceTo(String resourceId) {
        question.to.set(EndpointChoices.refFor(document.getDiagram().model(), resourceId));
        traceNow();
    }

    /**
     * A shape was clicked while picking the destination. Only things a trace can end at are taken
     * (workloads and endpoints outside the VPCs); returns whether the click was used.
     */
    public boolean shapePicked(String resourceId) {
        if (!question.pickingDestination.get() || !EndpointChoices.isTraceEnd(document.getDiagram().model(), resourceId)) {
            return false;
        }
        if (question.takePickedDestination(document.getDiagram().model(), resourceId)) {
            traceNow();
        }
        return true;
    }

    TraceQuery buildQuery() {
        return question.toQuery();
    }

    private void run(TraceQuery query) {
        Trace result;
        NetworkModel traced = document.getDiagram().model();
        try {
            Tracer tracer = new Tracer(traced);
            result = tracer.trace(query);
            portFixes.setAll(tracer.portRangeFixes(result));
        } catch (TraceQueryException e) {
            fail(e.render(f -> messages.getString("trace.field." + f.name()), messages.getLocale()));
            return;
        }
        shownQuery = query;
        liveQuery = query;
        error.set("");
        int keep = currentIndex.get();
        List<HopRow> list = HopRow.rowsOf(result, traced, messages.getLocale());
        trace.set(result);
        rows.setAll(list);
        blockers.setAll(result.blockers());
        verdict.set(verdicts.verdict(result));
        int index = list.isEmpty() ? -1 : Math.max(0, Math.min(keep, list.size() - 1));
        if (index == currentIndex.get()) {
            showCurrent();
        } else {
            currentIndex.set(index);
        }
    }

    private void fail(String message) {
        shownQuery = null;
        error.set(message);
        trace.set(null);
        rows.clear();
        blockers.clear();
        portFixes.clear();
        verdict.set("");
        currentIndex.set(-1);
        showCurrent();
    }

    /** Shows a problem that is not the engine's (a file that could not be written). */
    public void reportError(String message) {
        error.set(message == null ? "" : message);
    }

    /** Stops showing a trace: no more live re-tracing. */
    public void clear() {
        liveQuery = null;
        fail("");
    }

    private void showCurrent() {
        int i = currentIndex.get();
        HopRow row = i >= 0 && i < rows.size() ? rows.get(i) : null;
        currentRow.set(row);
        hopTitle.set(row == null ? "" : verdicts.hopTitle(row, rows.size()));
        Text text = row == null ? null : row.hop().explanationText();
        explanation.set(text == null ? "" : text.format(engineTexts));
    }

    /** Moves to the first hop of {@code kind} (and {@code direction}, when given) in one direction. */
    public boolean showHop(boolean reply, ComponentKind kind, Direction direction) {
        return steps.showHop(reply, kind, direction);
    }

    public void first() {
        steps.first();
    }

    public void last() {
        steps.last();
    }

    /** Moves to the next hop; false when already on the last one. */
    public boolean next() {
        return steps.next();
    }

    public boolean previous() {
        return steps.previous();
    }

    /** Performs a suggested fix as one undoable edit; the live re-trace shows its effect. */
    public void applyFix(Edit fix) {
        document.perform(fix);
    }

    /** Keeps the question of the shown trace in the diagram (saved with the file), as one undoable edit. */
    public void keepShown() {
        keptTraces.keep(shownQuery);
    }

    /** Puts a kept question in the fields and traces it. */
    public void runKept(SavedTrace kept) {
        question.fill(kept);
        traceNow();
    }

    /** Shows {@code query} exactly (its addresses and ICMP type too): a reachability row's example packet. */
    public void traceExactly(TraceQuery query) {
        question.fill(TraceQuestion.toSaved(query));
        currentIndex.set(-1);
        run(query);
    }

    public void forget(SavedTrace kept) {
        keptTraces.forget(kept);
    }

    /** The trace questions kept with the diagram, most recent first. */
    public ObservableList<SavedTrace> getKeptTraces() {
        return keptTraces.list();
    }

    /** The shown trace as the CLI prints it, or empty when none is shown. */
    public String exportText() {
        return trace.get() == null ? "" : TraceTextWriter.write(trace.get());
    }

    public String exportJson() {
        return trace.get() == null ? "" : TraceJsonWriter.write(trace.get());
    }

    public DiagramDocument document() {
        return document;
    }

    public StringProperty fromProperty() { return question.from; }
    public StringProperty toProperty() { return question.to; }
    public StringProperty protocolProperty() { return question.protocol; }
    public StringProperty portProperty() { return question.port; }
    public ObjectProperty<ClientChoice> clientProperty() { return question.client; }
    public StringProperty customSourcePortProperty() { return question.customSourcePort; }
    public BooleanProperty pickingDestinationProperty() { return question.pickingDestination; }
    public ReadOnlyObjectProperty<Trace> traceProperty() { return trace.getReadOnlyProperty(); }
    public Trace getTrace() { return trace.get(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty verdictProperty() { return verdict.getReadOnlyProperty(); }
    public String getVerdict() { return verdict.get(); }
    public ReadOnlyStringProperty hopTitleProperty() { return hopTitle.getReadOnlyProperty(); }
    public ReadOnlyStringProperty explanationProperty() { return explanation.getReadOnlyProperty(); }

    /** The engine's sentences in the UI's language, for the blocker list and the fix buttons. */
    ResourceBundle engineTexts() {
        return engineTexts;
    }
    public ReadOnlyObjectProperty<HopRow> currentRowProperty() { return currentRow.getReadOnlyProperty(); }
    public HopRow getCurrentRow() { return currentRow.get(); }
    public IntegerProperty currentIndexProperty() { return currentIndex; }
    public ObservableList<HopRow> getRows() { return rows; }
    public ObservableList<Blocker> getBlockers() { return blockers; }
    public ObservableList<Edit> getPortFixes() { return portFixes; }
    public ObservableList<String> getEndpointChoices() { return endpoints.list(); }
    /** The question of the trace on show (re-run on every change), or null. */
    public TraceQuery shownQuery() { return shownQuery; }

    /** Sets protocol and port from a preset. */
    public void usePreset(PortPreset preset) {
        question.usePreset(preset);
    }
}
