package io.hopscope.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * The bookkeeping of a view model whose answer is computed on a worker: only the newest run may
 * publish. Starting a run supersedes the one before it (which is interrupted and sees itself
 * cancelled at its next check), so an answer about an older diagram or question never lands over a
 * newer one. Started, superseded and asked on the FX thread; {@link #cancelled} is read by the worker.
 */
public final class LatestRun {
    private final AtomicLong generation = new AtomicLong();
    private Future<?> inFlight;

    /** Supersedes any run in flight and returns the new run's number. */
    public long begin() {
        supersede();
        return generation.get();
    }

    /** Hands the body of the run numbered by the last {@link #begin} to {@code worker}. */
    public void submit(ExecutorService worker, Runnable body) {
        inFlight = worker.submit(body);
    }

    /** True while {@code run} is the newest: only then may it publish. */
    public boolean isCurrent(long run) {
        return run == generation.get();
    }

    /** What the worker polls: a newer run started, the run was cancelled, or its thread interrupted. */
    public BooleanSupplier cancelled(long run) {
        return () -> generation.get() != run || Thread.currentThread().isInterrupted();
    }

    /** No run in flight may publish any more; the one running is interrupted. */
    public void supersede() {
        generation.incrementAndGet();
        if (inFlight != null) {
            inFlight.cancel(true);
            inFlight = null;
        }
    }
}
