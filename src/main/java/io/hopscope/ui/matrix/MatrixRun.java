package io.hopscope.ui.matrix;

import io.hopscope.model.NetworkModel;
import io.hopscope.reach.Matrix;
import io.hopscope.reach.ReachEndpoint;
import io.hopscope.reach.ReachEngine;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * Computes a {@link MatrixGrid} with the engine of the CLI's {@code matrix} ({@link Matrix}), a
 * block of source rows at a time: each block's traces are dropped once its verdicts are stored, and
 * {@code cancelled} is polled between blocks and after every row.
 */
final class MatrixRun {
    private MatrixRun() {
    }

    static MatrixGrid compute(NetworkModel model, MatrixService service, List<ReachEndpoint> sources,
                              List<ReachEndpoint> targets, int threads, BooleanSupplier cancelled, LongConsumer progress) {
        MatrixGrid grid = new MatrixGrid(model, service, sources, targets);
        Matrix matrix = new Matrix(new ReachEngine(model));
        int block = Math.max(1, threads) * 4;
        long cells = 0;
        for (int first = 0; first < sources.size(); first += block) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            List<ReachEndpoint> rows = sources.subList(first, Math.min(sources.size(), first + block));
            long before = cells;
            // Thrown on a worker of the engine's pool, the cancellation ends the block's other rows too.
            grid.put(first, matrix.compute(rows, targets, service.protocol(), service.port(), threads, done -> {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
                progress.accept(before + done);
            }));
            cells += (long) rows.size() * targets.size();
            progress.accept(cells);
        }
        return grid;
    }
}
