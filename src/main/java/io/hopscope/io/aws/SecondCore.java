package io.hopscope.io.aws;

import io.hopscope.model.TakenInTurn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The import's second thread. After the reading, a quota-scale import's conversion ran on one
 * core while the other idled for all but the security groups' rules pass: the two long passes
 * over 10,000 records each (the interfaces of describe-network-interfaces and the instances) now
 * {@link #split} their records in chunks that both threads take. Passes whose result is needed
 * later wait {@link #queueBehindShareOf behind the next split}, so they never hold up chunks the
 * calling thread is about to wait for; one it joins before the second thread began it, it runs
 * itself ({@link BackgroundPass#join}). One thread, in the order things are queued.
 *
 * <p>The result is the one of a single thread: a chunk works on a {@link ImportContext#deferring}
 * view of the context, and the calling thread replays the chunks' adds and problems in order,
 * where one thread would have made them.
 */
final class SecondCore implements AutoCloseable {

    /** Below this many records a pass stays whole: the copy of the context and the hand-over cost more. */
    static final int SPLIT_FROM = 2_000;

    private final ExecutorService worker;
    private final int splitFrom;
    private final List<BackgroundPass<?>> waiting = new ArrayList<>();

    private SecondCore(ExecutorService worker, int splitFrom) {
        this.worker = worker;
        this.splitFrom = splitFrom;
    }

    /** Everything on the calling thread: the yardstick of the tests. */
    static SecondCore none() {
        return new SecondCore(null, Integer.MAX_VALUE);
    }

    /** A daemon thread (a failed import never keeps the JVM alive), started by the first pass queued. */
    static SecondCore start(int splitFrom) {
        return new SecondCore(Executors.newSingleThreadExecutor(pass -> {
            Thread thread = new Thread(pass, "hopscope-import-second-core");
            thread.setDaemon(true);
            return thread;
        }), splitFrom);
    }

    boolean runsAlongside() {
        return worker != null;
    }

    /**
     * Runs {@code pass} over {@code records}: over all of them on this thread, or, from
     * {@link #SPLIT_FROM} records, in chunks shared with the second thread ({@link TakenInTurn}),
     * each on its own view of {@code ctx}. The chunks' results, in order; {@code ctx} then holds
     * their adds and problems in record order. A failure is the one a single thread meets first.
     */
    <R, T> List<T> split(ImportContext ctx, List<R> records, BiFunction<ImportContext, List<R>, T> pass) {
        if (!splits(records)) {
            return Collections.singletonList(pass.apply(ctx, records));
        }
        // Views, not copies: every chunk only reads ctx, and it changes only when they have ended.
        List<ImportContext> views = new ArrayList<>();
        for (int i = 0; i < chunks(records); i++) {
            views.add(ctx.deferring());
        }
        List<T> results = inChunks(records, (i, part) -> pass.apply(views.get(i), part));
        views.forEach(ctx::replay);
        return results;
    }

    /**
     * As {@link #split}, for a pass that reads nothing that changes while it runs and keeps its
     * yield in its result (the references' repair over the finished model).
     */
    <R, T> List<T> inChunks(List<R> records, Function<List<R>, T> pass) {
        return splits(records) ? inChunks(records, (i, part) -> pass.apply(part))
                : Collections.singletonList(pass.apply(records));
    }

    private boolean splits(List<?> records) {
        return worker != null && records.size() >= splitFrom;
    }

    /** A quarter of the threshold: small enough that neither thread waits long for the other's last chunk. */
    private int chunkSize() {
        return Math.max(1, splitFrom / 4);
    }

    private int chunks(List<?> records) {
        return (records.size() + chunkSize() - 1) / chunkSize();
    }

    private <R, T> List<T> inChunks(List<R> records, BiFunction<Integer, List<R>, T> pass) {
        int size = chunkSize();
        TakenInTurn<T> chunked = new TakenInTurn<>(chunks(records),
                i -> pass.apply(i, records.subList(i * size, Math.min(records.size(), (i + 1) * size))));
        worker.execute(chunked::work);
        flush();
        return chunked.run();
    }

    /**
     * Queues {@code pass} on the second thread behind the chunks of the next {@link #split}, a pass
     * over {@code records} records; at once when that pass is too short to be split.
     */
    void queueBehindShareOf(int records, BackgroundPass<?> pass) {
        if (worker == null) {
            throw new IllegalStateException("no second thread to queue a pass on");
        }
        waiting.add(pass);
        if (records < splitFrom) {
            flush();
        }
    }

    /**
     * {@code work} on the second thread behind the chunks of the next split over {@code records}
     * records (at once when that pass is not split), or, without a second thread, where it is joined.
     */
    <T> BackgroundPass<T> behindShareOf(int records, Callable<T> work) {
        BackgroundPass<T> pass = BackgroundPass.unqueued(work);
        if (worker != null) {
            queueBehindShareOf(records, pass);
        }
        return pass;
    }

    /** Queues the passes still waiting for a share: call before joining one of them. */
    void flush() {
        if (worker == null) {
            return;
        }
        waiting.forEach(p -> p.queueOn(worker));
        waiting.clear();
    }

    @Override
    public void close() {
        if (worker != null) {
            // Lets the thread end once the queue is empty; nothing queued is dropped.
            worker.shutdown();
        }
    }
}
