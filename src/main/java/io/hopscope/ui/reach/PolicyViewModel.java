package io.hopscope.ui.reach;

import io.hopscope.check.Problem;
import io.hopscope.engine.TraceQuery;
import io.hopscope.io.policy.PolicyException;
import io.hopscope.io.policy.PolicyReader;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.Protocol;
import io.hopscope.reach.Assertion;
import io.hopscope.reach.AssertionResult;
import io.hopscope.reach.Counterexample;
import io.hopscope.reach.Policy;
import io.hopscope.reach.ReachAssertions;
import io.hopscope.reach.ReachEngine;
import io.hopscope.reach.SelectorException;
import io.hopscope.ui.common.DiagramDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The policy beside the diagram ({@code name.policy.yaml} next to {@code name.json}): its text, as
 * the editor shows it, saved on request; checked on every edit of the diagram or the text, on the
 * worker, with the reach engine the CLI's {@code check} uses. A failed assertion, a parse error
 * (with its line and column) or a selector that matches nothing is a row of the Problems panel;
 * a failed assertion's row opens its counterexample trace. No scene classes.
 */
public final class PolicyViewModel {
    private final DiagramDocument document;
    private final ResourceBundle messages;
    private final ExecutorService worker;
    private final Executor ui;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final Map<Problem, Counterexample> counterexamples = new IdentityHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private Consumer<TraceQuery> tracer = q -> { };

    public PolicyViewModel(DiagramDocument document, ResourceBundle messages, ExecutorService worker, Executor ui) {
        this.document = document;
        this.messages = messages;
        this.worker = worker;
        this.ui = ui;
        document.fileProperty().addListener((obs, old, now) -> {
            if (file.get() == null || !file.get().equals(policyFileOf(now))) {
                load(policyFileOf(now));
            }
        });
        document.diagramProperty().addListener((obs, old, now) -> {
            if (old == null || old.model() != now.model()) {
                check();
            }
        });
        text.addListener((obs, old, now) -> check());
        load(policyFileOf(document.fileProperty().get()));
    }

    /** {@code diagram.json} -> {@code diagram.policy.yaml} in the same folder; null for an unsaved diagram. */
    public static Path policyFileOf(Path diagram) {
        if (diagram == null) {
            return null;
        }
        String name = diagram.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return diagram.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".policy.yaml");
    }

    /** Reads the policy file (an absent one is an empty policy to write). */
    public void load(Path policy) {
        file.set(policy);
        String read = "";
        if (policy != null && Files.isRegularFile(policy)) {
            try {
                read = Files.readString(policy, StandardCharsets.UTF_8);
            } catch (IOException e) {
                status.set(e.getMessage());
            }
        }
        if (read.equals(text.get())) {
            check();
        } else {
            text.set(read);
        }
    }

    /** Writes the text to the policy file; false (with the reason in the status) when it could not. */
    public boolean save() {
        if (file.get() == null) {
            status.set(messages.getString("policy.status.saveDiagramFirst"));
            return false;
        }
        try {
            Files.writeString(file.get(), text.get(), StandardCharsets.UTF_8);
            status.set(MessageFormat.format(messages.getString("policy.status.saved"), file.get().getFileName()));
            return true;
        } catch (IOException e) {
            status.set(e.getMessage());
            return false;
        }
    }

    /** Checks the policy against the diagram on the worker; a newer edit's check replaces an older one's rows. */
    public void check() {
        long gen = generation.incrementAndGet();
        String source = file.get() == null ? "policy.yaml" : file.get().getFileName().toString();
        String policyText = text.get();
        NetworkModel model = document.getDiagram().model();
        if (policyText == null || policyText.isBlank()) {
            publish(gen, List.of(), Map.of(), messages.getString("policy.status.empty"));
            return;
        }
        worker.submit(() -> {
            List<Problem> rows = new ArrayList<>();
            Map<Problem, Counterexample> found = new IdentityHashMap<>();
            String summary;
            try {
                Policy p = PolicyReader.parse(source, policyText, policyText.trim().startsWith("{"));
                ReachAssertions evaluator = new ReachAssertions(new ReachEngine(model), null);
                int failed = 0;
                for (Assertion a : p.assertions()) {
                    if (gen != generation.get()) {
                        return;
                    }
                    String at = source + (a.at() == null ? "" : ":" + a.at());
                    try {
                        AssertionResult r = evaluator.evaluate(a);
                        if (!r.holds()) {
                            failed++;
                            Problem row = Problem.error(at, MessageFormat.format(messages.getString("policy.problem.failed"),
                                    a.name(), r.summary()));
                            rows.add(row);
                            found.put(row, r.counterexample());
                        }
                    } catch (SelectorException e) {
                        rows.add(Problem.error(at, MessageFormat.format(messages.getString("policy.problem.selector"), a.name(),
                                e.text().format(messages.getLocale()))));
                    }
                }
                summary = MessageFormat.format(messages.getString("policy.status.checked"), p.assertions().size(), failed);
            } catch (PolicyException e) {
                // The reader's message names file:line:column and the reason, said in the UI's language.
                rows.add(new Problem(io.hopscope.check.Severity.ERROR, source + ":" + e.line() + ":" + e.column(), e.reason(),
                        null, e.text()));
                summary = e.file() + (e.line() > 0 ? ":" + e.line() + ":" + e.column() : "") + ": "
                        + e.text().format(messages.getLocale());
            } catch (RuntimeException e) {
                rows.add(Problem.error(source, String.valueOf(e.getMessage())));
                summary = String.valueOf(e.getMessage());
            }
            String s = summary;
            ui.execute(() -> publish(gen, rows, found, s));
        });
    }

    private void publish(long gen, List<Problem> rows, Map<Problem, Counterexample> found, String summary) {
        if (gen != generation.get()) {
            return;
        }
        counterexamples.clear();
        counterexamples.putAll(found);
        problems.setAll(rows);
        status.set(summary);
    }

    /** Shows a failed assertion's counterexample in the trace explorer; false for a row without one. */
    public boolean showCounterexample(Problem row) {
        Counterexample c = counterexamples.get(row);
        if (c == null) {
            return false;
        }
        Protocol p = Protocol.parse(c.protocol());
        boolean icmp = p.equals(Protocol.ICMP) || p.equals(Protocol.ICMPV6);
        tracer.accept(new TraceQuery(c.from(), c.to(), p, p.hasPorts() ? c.port() : null, null, icmp ? c.port() : null,
                null, c.sourceIp() == null ? null : io.hopscope.model.net.IpAddress.parse(c.sourceIp()),
                c.destinationIp() == null ? null : io.hopscope.model.net.IpAddress.parse(c.destinationIp()), null));
        return true;
    }

    public void setTracer(Consumer<TraceQuery> tracer) {
        this.tracer = tracer == null ? q -> { } : tracer;
    }

    /** The Problems panel's rows: failed assertions, parse and selector errors. */
    public ObservableList<Problem> getProblems() { return problems; }
    public StringProperty textProperty() { return text; }
    public StringProperty statusProperty() { return status; }
    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }
}
