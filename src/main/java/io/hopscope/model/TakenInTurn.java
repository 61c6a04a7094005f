package io.hopscope.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Units of work 0 to n-1 that the calling thread and any helper threads take in turn, each the next
 * unit not yet taken: the import's chunked passes, its reading of a folder's files and the
 * validator's rules. The results come back in unit order, whichever thread ran each, so they are
 * those of one thread running the units in turn; a failure is the one of the first unit that
 * failed, the one a single thread meets first. The caller never waits for a helper to begin: on a
 * busy machine, where a helper gets no core, the caller takes every unit itself. It waits only for
 * units already begun.
 */
public final class TakenInTurn<T> {

    private final IntFunction<T> unit;
    private final AtomicInteger next = new AtomicInteger();
    private final Object lock = new Object();
    /** Guarded by {@link #lock}. */
    private final Object[] results;
    /** Guarded by {@link #lock}. */
    private final Throwable[] failures;
    /** Units ended, by any thread; guarded by {@link #lock}. */
    private int ended;

    /** Units {@code 0} to {@code units - 1}, each run by {@code unit}, which must be safe to call from several threads. */
    public TakenInTurn(int units, IntFunction<T> unit) {
        this.unit = unit;
        this.results = new Object[units];
        this.failures = new Throwable[units];
    }

    /** Takes units until none is left; what a helper thread runs. */
    public void work() {
        for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
            Object result = null;
            Throwable failure = null;
            try {
                result = unit.apply(i);
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            synchronized (lock) {
                results[i] = result;
                failures[i] = failure;
                ended++;
                lock.notifyAll();
            }
        }
    }

    /** Takes units here until none is left, waits for those the helpers began; the results, in unit order. */
    @SuppressWarnings("unchecked")
    public List<T> run() {
        work();
        boolean interrupted = false;
        Throwable failure = null;
        List<T> out;
        synchronized (lock) {
            while (ended < results.length) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    // A helper still writes its unit; leaving now would lose it.
                    interrupted = true;
                }
            }
            for (Throwable t : failures) {
                if (t != null) {
                    failure = t;
                    break;
                }
            }
            out = new ArrayList<>((List<T>) Arrays.asList(results));
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return out;
    }
}
