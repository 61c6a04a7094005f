package io.hopscope.io.aws.describe;

import io.hopscope.model.TakenInTurn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
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
 * snapshot merged from it is the one of a sequential read. A failure is thrown on the calling
 * thread once every file that was taken has ended ({@link TakenInTurn}).
 */
final class LargestFirstReading {

    private LargestFirstReading() {
    }

    /**
     * The reading of each file, in the files' order. {@code sizes} are the expected costs (a
     * file's bytes, 0 when unknown); {@code read} reads the file at a position and must be safe
     * to call from several threads at once.
     */
    static List<FileReading> readAll(long[] sizes, IntFunction<FileReading> read) {
        int[] order = sortedLargestFirst(sizes);
        TakenInTurn<FileReading> turns = new TakenInTurn<>(order.length, i -> read.apply(order[i]));
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), order.length - 1);
        for (int i = 0; i < helpers; i++) {
            ForkJoinPool.commonPool().execute(turns::work);
        }
        List<FileReading> largestFirst = turns.run();
        FileReading[] readings = new FileReading[order.length];
        for (int i = 0; i < order.length; i++) {
            readings[order[i]] = largestFirst.get(i);
        }
        return new ArrayList<>(Arrays.asList(readings));
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
}
