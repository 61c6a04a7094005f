package io.hopscope.io.aws.describe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Reads a folder's files on the calling thread and the common pool's threads, each taking the
 * largest file not yet taken. A quota-scale account is three big files (instances 8.6 MB, network
 * interfaces 5.7 MB, security groups 5.0 MB) and twenty small ones (1.6 MB together): split by
 * position, as a parallel stream splits the list, one thread could end up with two of the big
 * files while the other idled for the last 50 to 120 ms of the reading. Taken largest first, the
 * small files come last and fill in whichever thread ends its big file first.
 *
 * <p>The yield is a list in the files' own order, whichever thread read each file, so the
 * snapshot merged from it is the one of a sequential read. A failure on any thread is thrown on
 * the calling thread once every file that was taken has ended.
 */
final class LargestFirstReading {

    private final IntFunction<FileReading> read;
    /** File positions, largest first; equal sizes keep their order. */
    private final int[] order;
    private final FileReading[] readings;
    private final AtomicInteger next = new AtomicInteger();
    /** Files ended, taken by whichever thread; guarded by itself. */
    private final int[] ended = new int[1];
    private volatile Throwable failure;

    private LargestFirstReading(long[] sizes, IntFunction<FileReading> read) {
        this.read = read;
        this.readings = new FileReading[sizes.length];
        this.order = sortedLargestFirst(sizes);
    }

    /**
     * The reading of each file, in the files' order. {@code sizes} are the expected costs (a
     * file's bytes, 0 when unknown); {@code read} reads the file at a position and must be safe
     * to call from several threads at once.
     */
    static List<FileReading> readAll(long[] sizes, IntFunction<FileReading> read) {
        return new LargestFirstReading(sizes, read).run();
    }

    /** The positions of the files, largest first. */
    static int[] sortedLargestFirst(long[] sizes) {
        Integer[] positions = new Integer[sizes.length];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = i;
        }
        // A stable sort: among equal sizes the earlier file is taken first.
        Arrays.sort(positions, Comparator.comparingLong((Integer i) -> sizes[i]).reversed());
        return Arrays.stream(positions).mapToInt(Integer::intValue).toArray();
    }

    private List<FileReading> run() {
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), readings.length - 1);
        for (int i = 0; i < helpers; i++) {
            ForkJoinPool.commonPool().execute(this::work);
        }
        work();
        awaitEveryFile();
        return new ArrayList<>(Arrays.asList(readings));
    }

    /** Takes files until none is left; a file another thread took is that thread's to finish. */
    private void work() {
        for (int i = next.getAndIncrement(); i < order.length; i = next.getAndIncrement()) {
            try {
                FileReading reading = read.apply(order[i]);
                synchronized (ended) {
                    readings[order[i]] = reading;
                }
            } catch (RuntimeException | Error e) {
                failure = e;
            } finally {
                synchronized (ended) {
                    ended[0]++;
                    ended.notifyAll();
                }
            }
        }
    }

    /** Waits for the files the pool's threads took; a pool thread that never started took none. */
    private void awaitEveryFile() {
        boolean interrupted = false;
        synchronized (ended) {
            while (ended[0] < order.length) {
                try {
                    ended.wait();
                } catch (InterruptedException e) {
                    // The other threads still write their files; leaving now would lose them.
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable t = failure;
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }
}
