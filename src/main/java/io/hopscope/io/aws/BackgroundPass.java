package io.hopscope.io.aws;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;

/**
 * One pass of the import on a thread of its own while the calling thread goes on with the next
 * steps. {@link #join} waits without a time limit (the pass is a loop over records already read,
 * so it ends) and throws what the pass threw, so a failure reads as it did on one thread.
 */
final class BackgroundPass<T> {

    private final FutureTask<T> task;
    /** A pass queued on a worker: one that {@link #join} finds not yet begun runs on the joining thread. */
    private final boolean runsWhereWanted;

    private BackgroundPass(FutureTask<T> task, boolean runsWhereWanted) {
        this.task = task;
        this.runsWhereWanted = runsWhereWanted;
    }

    /** Starts {@code pass} on a daemon thread named {@code name}: a failed import never keeps the JVM alive. */
    static <T> BackgroundPass<T> start(String name, Callable<T> pass) {
        FutureTask<T> task = new FutureTask<>(pass);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return new BackgroundPass<>(task, false);
    }

    /**
     * A pass that runs once {@link #queueOn} hands it to a worker, after the passes queued there
     * before it, or in {@link #join} on the joining thread when the worker has not begun it: on a
     * busy machine the second thread may get no core for a while, and the pass is then not waited for.
     */
    static <T> BackgroundPass<T> unqueued(Callable<T> pass) {
        return new BackgroundPass<>(new FutureTask<>(pass), true);
    }

    void queueOn(Executor worker) {
        worker.execute(task);
    }

    /** The pass's result, once it has ended; its exception or error, unwrapped, if it failed. */
    T join() {
        if (runsWhereWanted) {
            // A no-op when the pass has begun or ended: the worker then runs it, or ran it.
            task.run();
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    // The pass still writes its result; leaving now would lose it, so wait and say so after.
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw unchecked(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * What to throw when the calling thread failed with {@code later} while the pass ran: the
     * pass's own failure if it had one, since on one thread the pass ran, and failed, first.
     */
    RuntimeException failureBefore(RuntimeException later) {
        try {
            join();
        } catch (RuntimeException first) {
            return first;
        }
        return later;
    }

    private static RuntimeException unchecked(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(cause);
    }
}
