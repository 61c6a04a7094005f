package io.hopscope.reach;

import io.hopscope.model.net.PortSet;
import io.hopscope.model.net.Protocol;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * {@code exposure}: who can open a connection to each target, as rows whose union is the exact
 * reachable set. Targets are answered in parallel (one tracer per thread); {@code progress} hears the
 * number of targets done. Sources outside every VPC share the boxes dropped before the target between
 * targets placed alike ({@link PlacementShare}).
 */
public final class Exposure {
    private final ReachEngine engine;

    public Exposure(ReachEngine engine) {
        this.engine = engine;
    }

    /** One target's rows. */
    public record Answer(ReachEndpoint target, List<ExposureRow> rows) {
    }

    public Answer of(ReachEndpoint target, List<ReachEndpoint> sources, Protocol protocol, PortSet ports) {
        return of(target, sources, protocol, ports, PlacementShare.newTable());
    }

    private Answer of(ReachEndpoint target, List<ReachEndpoint> sources, Protocol protocol, PortSet ports,
                      Map<List<Object>, BitSet> shared) {
        List<ExposureRow> rows = new ArrayList<>();
        for (ReachEndpoint s : sources) {
            if (s.isInterface() && s.id().equals(target.id())) {
                continue;
            }
            List<Cell> cells;
            if (s.isInterface()) {
                cells = engine.cells(s, target, protocol, ports);
            } else {
                PlacementShare share = PlacementShare.of(shared, engine.model(), s, target);
                cells = engine.cells(s, target, protocol, ports, share);
                share.finish();
            }
            List<ExposureRow> r = RowBuilder.rows(cells);
            rows.addAll(protocol.isAll() ? RowBuilder.mergeAll(r, engine.classes(4, protocol).size(),
                    engine.classes(6, protocol).size()) : r);
        }
        return new Answer(target, rows);
    }

    public List<Answer> of(List<ReachEndpoint> targets, List<ReachEndpoint> sources, Protocol protocol, PortSet ports,
                           int threads, IntConsumer progress) {
        Map<List<Object>, BitSet> shared = PlacementShare.newTable();
        if (threads <= 1 || targets.size() < 2) {
            List<Answer> out = new ArrayList<>();
            for (ReachEndpoint t : targets) {
                out.add(of(t, sources, protocol, ports, shared));
                progress.accept(out.size());
            }
            return out;
        }
        AtomicInteger done = new AtomicInteger();
        return Parallel.map(targets, threads, t -> {
            Answer a = of(t, sources, protocol, ports, shared);
            progress.accept(done.incrementAndGet());
            return a;
        });
    }
}
