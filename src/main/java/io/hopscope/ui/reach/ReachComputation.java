package io.hopscope.ui.reach;

import io.hopscope.engine.ResolvedQuery;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.Verdict;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.PortSet;
import io.hopscope.model.net.Protocol;
import io.hopscope.reach.Cell;
import io.hopscope.reach.CellRows;
import io.hopscope.reach.ExposureRow;
import io.hopscope.reach.ReachEndpoint;
import io.hopscope.reach.ReachEngine;
import io.hopscope.reach.SelectorResolver;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * Answers one reachability question on one model, exactly, with the reach engine the CLI's
 * {@code exposure} uses: the rows of what opens (REACHABLE, PORT_DEPENDENT), plus the cells the
 * model cannot decide (UNKNOWN), each with the concrete packet that stands for it. Runs on a worker
 * thread; {@code cancelled} is polled between source x target pairs.
 */
public final class ReachComputation {
    /** UNKNOWN cells listed per source x target at most; the rest are the same question again. */
    static final int UNKNOWN_ROWS_PER_PAIR = 8;

    private ReachComputation() {
    }

    /**
     * The rows answering {@code direction} about resource {@code subjectId}, their words in the language
     * of {@code messages}; progress counts pairs done.
     */
    public static List<ReachRow> answer(NetworkModel model, String subjectId, ReachDirection direction, Protocol protocol,
                                        PortSet ports, ResourceBundle messages, BooleanSupplier cancelled,
                                        IntConsumer progress) {
        ReachWords words = new ReachWords(messages);
        SelectorResolver resolver = new SelectorResolver(model, null);
        List<ReachEndpoint> subject = ReachSubjects.endpoints(resolver, model, subjectId);
        List<ReachEndpoint> sources = direction == ReachDirection.WHO_CAN_REACH ? ReachSubjects.everySource(resolver) : subject;
        List<ReachEndpoint> targets = direction == ReachDirection.WHO_CAN_REACH ? subject
                : ReachSubjects.everyInterface(resolver).stream().filter(t -> subject.stream().noneMatch(s -> s.id().equals(t.id()))).toList();
        ReachEngine engine = new ReachEngine(model);
        List<ReachRow> out = new ArrayList<>();
        int done = 0;
        for (ReachEndpoint t : targets) {
            for (ReachEndpoint s : sources) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
                if (!(s.isInterface() && s.id().equals(t.id()))) {
                    pair(engine, s, t, protocol, ports, out, words, model);
                }
                progress.accept(++done);
            }
        }
        return out;
    }

    /** How many source x target pairs {@link #answer} walks, for a progress bar. */
    public static int pairs(NetworkModel model, String subjectId, ReachDirection direction) {
        SelectorResolver resolver = new SelectorResolver(model, null);
        int subject = ReachSubjects.endpoints(resolver, model, subjectId).size();
        return direction == ReachDirection.WHO_CAN_REACH ? subject * ReachSubjects.everySource(resolver).size()
                : subject * Math.max(0, ReachSubjects.everyInterface(resolver).size() - subject);
    }

    private static void pair(ReachEngine engine, ReachEndpoint s, ReachEndpoint t, Protocol protocol, PortSet ports,
                             List<ReachRow> out, ReachWords words, NetworkModel model) {
        List<Cell> cells = engine.cells(s, t, protocol, ports);
        for (ExposureRow r : CellRows.rows(engine, cells, protocol)) {
            Cell example = engine.readable(r.example());
            out.add(new ReachRow(words.endpoint(s), words.endpoint(t) + " " + r.destination(),
                    words.protocol(r.protocol(), r.protocolNumbers()), words.ports(r.ports()),
                    String.join(", ", r.addresses()), r.verdict(), words.allowedBy(r.allowedBy(), example, model),
                    queryOf(s, t, example), ReachSubjects.shapeOf(s), ReachSubjects.shapeOf(t), path(s, t, r.via())));
        }
        int unknown = 0;
        for (Cell c : cells) {
            if (c.verdict() == Verdict.UNKNOWN && unknown++ < UNKNOWN_ROWS_PER_PAIR) {
                String p = c.box().portFrom() == c.box().portTo() ? Integer.toString(c.box().portFrom())
                        : c.box().portFrom() + "-" + c.box().portTo();
                String addresses = c.box().addresses().toCidrs().stream().map(Object::toString).collect(Collectors.joining(", "));
                String at = c.trace().unknownAt() == null ? "" : c.trace().unknownAt();
                out.add(new ReachRow(words.endpoint(s), words.endpoint(t) + " " + c.destination(),
                        words.protocol(c.box().protocol().label(), List.of()),
                        c.box().protocol().hasPorts() || c.box().protocol().isIcmpLike() ? p : "", addresses, Verdict.UNKNOWN,
                        at, queryOf(s, t, c), ReachSubjects.shapeOf(s), ReachSubjects.shapeOf(t), path(s, t, List.of())));
            }
        }
    }

    private static List<String> path(ReachEndpoint s, ReachEndpoint t, List<String> via) {
        List<String> p = new ArrayList<>();
        if (ReachSubjects.shapeOf(s) != null) {
            p.add(ReachSubjects.shapeOf(s));
        }
        p.addAll(via);
        p.add(ReachSubjects.shapeOf(t));
        return p;
    }

    /** The concrete query of a cell's packet: the same the engine traced, every client port. */
    static TraceQuery queryOf(ReachEndpoint s, ReachEndpoint t, Cell c) {
        ResolvedQuery q = c.trace().query();
        String from = s.isInterface() ? s.eni().id() : q.sourceIp().toString();
        Protocol p = c.box().protocol().protocol();
        return new TraceQuery(from, t.eni().id(), p, p.hasPorts() ? q.destinationPort() : null, null, q.icmpType(),
                q.icmpCode(), s.isInterface() ? q.sourceIp() : null, c.destination(), null);
    }
}
