package io.hopscope.io.aws;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A pass over a long list of records cut into chunks, which the calling thread and the second one
 * take in turn, each the next chunk not yet taken. The calling thread never waits for the second
 * one to begin: on a busy machine, where that thread gets no core, the caller takes every chunk
 * itself and the pass costs what one thread costs; it waits only for a chunk already begun.
 *
 * <p>The results come back in the chunks' order, whichever thread ran each; a failure is the one
 * of the first chunk that failed, the one a single thread meets first.
 */
final class ChunkedPass<T> {

    private final IntFunction<T> chunk;
    private final Object[] results;
    private final Throwable[] failures;
    private final AtomicInteger next = new AtomicInteger();
    /** Chunks ended, by either thread; guarded by itself. */
    private final int[] ended = new int[1];

    /** Chunk {@code 0} to {@code chunks - 1}, each run by {@code chunk}. */
    ChunkedPass(int chunks, IntFunction<T> chunk) {
        this.chunk = chunk;
        this.results = new Object[chunks];
        this.failures = new Throwable[chunks];
    }

    /** Lets {@code worker} take chunks too, from when it gets to this task. */
    void queueOn(Executor worker) {
        worker.execute(this::work);
    }

    /** Takes chunks here until none is left, waits for a chunk the worker began; the results, in order. */
    List<T> run() {
        work();
        return results();
    }

    private void work() {
        for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
            Object result = null;
            Throwable failure = null;
            try {
                result = chunk.apply(i);
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            synchronized (ended) {
                results[i] = result;
                failures[i] = failure;
                ended[0]++;
                ended.notifyAll();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<T> results() {
        boolean interrupted = false;
        List<T> out;
        synchronized (ended) {
            while (ended[0] < results.length) {
                try {
                    ended.wait();
                } catch (InterruptedException e) {
                    // The other thread still writes its chunk; leaving now would lose it.
                    interrupted = true;
                }
            }
            for (Throwable t : failures) {
                if (t instanceof RuntimeException e) {
                    throw e;
                }
                if (t instanceof Error e) {
                    throw e;
                }
            }
            out = new ArrayList<>((List<T>) Arrays.asList(results));
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return out;
    }
}
