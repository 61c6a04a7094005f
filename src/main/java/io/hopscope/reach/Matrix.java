package io.hopscope.reach;

import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.TraceQueryException;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.Protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * {@code matrix}: every source interface against every destination interface for one service
 * (protocol and port), one concrete trace each (or the shared answer of a request dropped on the
 * source's side, {@link SourceShare}), verdict over every client port. Rows of sources are computed
 * in parallel; cells come out source-major, in selector order, whatever the threads.
 */
public final class Matrix {
    private final ReachEngine engine;

    public Matrix(ReachEngine engine) {
        this.engine = engine;
    }

    /**
     * One source x destination: the verdict and the first blocking (or unevaluated) component. The
     * trace is null in a computed matrix (pairs share answers, {@link SourceShare}, and a million
     * traces would not fit): trace the pair again to show it.
     */
    public record Entry(ReachEndpoint from, ReachEndpoint to, String verdict, String blockedAt, Trace trace) {
    }

    public List<Entry> compute(List<ReachEndpoint> sources, List<ReachEndpoint> targets, Protocol protocol,
                               Integer port, int threads, LongConsumer progress) {
        return compute(sources, targets, protocol, port, threads, progress, true);
    }

    /** The same, {@code shared}: with the requests dropped on a source's side shared ({@link SourceShare}). */
    List<Entry> compute(List<ReachEndpoint> sources, List<ReachEndpoint> targets, Protocol protocol,
                        Integer port, int threads, LongConsumer progress, boolean shared) {
        AtomicLong done = new AtomicLong();
        List<Entry> out = new ArrayList<>();
        Set<IpAddress> services = SourceShare.serviceAddresses(engine.model());
        for (List<Entry> row : Parallel.map(sources, threads, s -> {
            List<Entry> r = new ArrayList<>(targets.size());
            SourceShare share = shared && s.isInterface() ? new SourceShare(engine.model(), engine.cuts(), services) : null;
            for (ReachEndpoint t : targets) {
                Entry e = share == null || s.id().equals(t.id()) ? null : share.lookup(s, t);
                if (e == null) {
                    e = entry(s, t, protocol, port);
                    if (share != null && e.trace() != null) {
                        share.learn(t, e.trace(), e.verdict(), e.blockedAt());
                    }
                    // A million kept traces are most of a large matrix's memory and collector time.
                    e = new Entry(e.from(), e.to(), e.verdict(), e.blockedAt(), null);
                }
                r.add(e);
            }
            progress.accept(done.addAndGet(targets.size()));
            return r;
        })) {
            out.addAll(row);
        }
        return out;
    }

    private Entry entry(ReachEndpoint s, ReachEndpoint t, Protocol protocol, Integer port) {
        if (s.id().equals(t.id())) {
            return new Entry(s, t, "REACHABLE", null, null);
        }
        String from = s.isInterface() ? s.eni().id() : s.addresses().get(0).network().toString();
        TraceQuery q = new TraceQuery(from, t.eni().id(), protocol, protocol.hasPorts() ? port : null, null, null, null,
                null, null, null);
        try {
            Trace tr = engine.trace(q);
            String blocked = tr.unknownAt() != null ? tr.unknownAt() : tr.forward().blockedAt() != null
                    ? tr.forward().blockedAt() : tr.reply() != null ? tr.reply().blockedAt() : null;
            if (blocked == null && tr.sourcePorts() != null && tr.verdict().name().equals("PORT_DEPENDENT")) {
                blocked = tr.sourcePorts().decidedAt();
            }
            return new Entry(s, t, tr.verdict().name(), blocked, tr);
        } catch (TraceQueryException e) {
            // Two interfaces that share no IP version cannot talk: no path, nothing blocks.
            return new Entry(s, t, "UNREACHABLE", null, null);
        }
    }
}
