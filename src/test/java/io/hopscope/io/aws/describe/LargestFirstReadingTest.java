package io.hopscope.io.aws.describe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The files are taken largest first, by any thread, and handed back in their own order. */
class LargestFirstReadingTest {

    @Test
    void readingsComeBackInTheFilesOrder() {
        long[] sizes = {5, 900, 1, 300, 300, 7000, 2};
        List<FileReading> readings = LargestFirstReading.readAll(sizes, i -> new FileReading("file-" + i, ""));
        List<String> names = readings.stream().map(r -> r.file).toList();
        assertEquals(List.of("file-0", "file-1", "file-2", "file-3", "file-4", "file-5", "file-6"), names);
    }

    @Test
    void filesAreTakenLargestFirstAndEqualSizesInTheirOrder() {
        long[] sizes = {5, 900, 1, 300, 300, 7000, 2};
        assertArrayEquals(new int[] {5, 1, 3, 4, 0, 6, 2}, LargestFirstReading.sortedLargestFirst(sizes));
    }

    @Test
    void everyFileIsReadOnce() {
        long[] sizes = new long[50];
        Arrays.fill(sizes, 10);
        List<Integer> taken = Collections.synchronizedList(new ArrayList<>());
        LargestFirstReading.readAll(sizes, i -> {
            taken.add(i);
            return new FileReading("file-" + i, "");
        });
        assertEquals(IntStream.range(0, 50).boxed().toList(), taken.stream().sorted().toList());
    }

    @Test
    void aFailureOnAnyThreadIsThrownOnTheCallingThread() {
        IllegalStateException bug = new IllegalStateException("binder bug");
        long[] sizes = new long[40];
        for (int round = 0; round < 20; round++) {
            // The failing file is read by whichever thread takes it; the failure is thrown here either way.
            int failing = round % sizes.length;
            IllegalStateException thrown = assertThrows(IllegalStateException.class,
                    () -> LargestFirstReading.readAll(sizes, i -> {
                        if (i == failing) {
                            throw bug;
                        }
                        return new FileReading("file-" + i, "");
                    }));
            assertSame(bug, thrown);
        }
    }

    @Test
    void noFileAndOneFile() {
        assertEquals(List.of(), LargestFirstReading.readAll(new long[0], i -> new FileReading("x", "")));
        assertEquals("only", LargestFirstReading.readAll(new long[] {3}, i -> new FileReading("only", "")).get(0).file);
    }
}
