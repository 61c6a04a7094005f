package io.hopscope.io.aws;

import java.util.ArrayList;
import java.util.Arrays;
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
 * {@link #split} their records, the back share on this thread. Passes whose result is needed only
 * at the end wait {@link #queueBehindShareOf behind the next share}, so they never hold up a
 * share the calling thread is about to wait for. One thread, in the order things are queued.
 *
 * <p>The result is the one of a single thread: a share works on a {@link ImportContext#deferring}
 * copy of the context, and the calling thread replays its adds and problems after its own share,
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
     * {@link #SPLIT_FROM} records, over the front half here and the back half on the second
     * thread. The shares' results, front first; {@code ctx} then holds both shares' adds and
     * problems in record order. A failure is the one a single thread meets first.
     */
    <R, T> List<T> split(ImportContext ctx, List<R> records, BiFunction<ImportContext, List<R>, T> pass) {
        if (!splits(records)) {
            return Collections.singletonList(pass.apply(ctx, records));
        }
        // Views, not copies: both shares only read ctx, and it changes only when they have ended.
        ImportContext frontView = ctx.deferring();
        ImportContext backView = ctx.deferring();
        List<T> results = halves(records, front -> pass.apply(frontView, front), back -> pass.apply(backView, back));
        ctx.replay(frontView);
        ctx.replay(backView);
        return results;
    }

    /**
     * As {@link #split}, for a pass that reads nothing that changes while it runs and keeps its
     * yield in its result (the references' repair over the finished model).
     */
    <R, T> List<T> inHalves(List<R> records, Function<List<R>, T> pass) {
        return splits(records) ? halves(records, pass, pass) : Collections.singletonList(pass.apply(records));
    }

    private boolean splits(List<?> records) {
        return worker != null && records.size() >= splitFrom;
    }

    private <R, T> List<T> halves(List<R> records, Function<List<R>, T> frontPass, Function<List<R>, T> backPass) {
        int cut = records.size() / 2;
        List<R> back = records.subList(cut, records.size());
        BackgroundPass<T> backShare = BackgroundPass.unqueued(() -> backPass.apply(back));
        backShare.queueOn(worker);
        flush();
        T front;
        try {
            front = frontPass.apply(records.subList(0, cut));
        } catch (RuntimeException | Error e) {
            // One thread would have failed here, before the back share began; a share already running only reads.
            backShare.cancel();
            throw e;
        }
        return Arrays.asList(front, backShare.join());
    }

    /**
     * Queues {@code pass} on the second thread behind the back share of the next {@link #split},
     * a pass over {@code records} records; at once when that pass is too short to be split.
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
     * {@code work} on the second thread behind the back share of the next split over {@code records}
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
