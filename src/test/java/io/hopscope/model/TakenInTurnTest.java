package io.hopscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Units taken in turn by the caller and helpers come back in unit order, the first failure first. */
class TakenInTurnTest {

    @Test
    void resultsAreInUnitOrderWhicheverThreadRanThem() throws InterruptedException {
        ExecutorService helpers = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < 50; round++) {
                TakenInTurn<String> turns = new TakenInTurn<>(200, i -> "u" + i);
                for (int h = 0; h < 3; h++) {
                    helpers.execute(turns::work);
                }
                assertEquals(IntStream.range(0, 200).mapToObj(i -> "u" + i).toList(), turns.run());
            }
        } finally {
            helpers.shutdown();
            assertTrue(helpers.awaitTermination(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void theCallerTakesEveryUnitWhenNoHelperEverRuns() {
        TakenInTurn<Integer> turns = new TakenInTurn<>(5, i -> i * i);
        Runnable neverRun = turns::work;
        assertEquals(List.of(0, 1, 4, 9, 16), turns.run());
        neverRun.run();
        assertEquals(0, new TakenInTurn<>(0, i -> i).run().size());
    }

    @Test
    void theFirstFailingUnitIsThrownOnTheCallerAfterEveryUnitEnded() throws InterruptedException {
        IllegalStateException first = new IllegalStateException("unit 3");
        CountDownLatch helperInUnit = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TakenInTurn<Integer> turns = new TakenInTurn<>(10, i -> {
            if (i == 0) {
                helperInUnit.countDown();
                await(release);
            }
            if (i == 3) {
                throw first;
            }
            if (i == 7) {
                throw new AssertionError("unit 7");
            }
            return i;
        });
        Thread helper = new Thread(turns::work);
        helper.start();
        assertTrue(helperInUnit.await(10, TimeUnit.SECONDS));
        Thread releaser = new Thread(() -> {
            sleepBriefly();
            release.countDown();
        });
        releaser.start();
        assertSame(first, assertThrows(IllegalStateException.class, turns::run));
        assertEquals(0, release.getCount(), "the caller waited for the unit the helper had begun");
        helper.join();
        releaser.join();
    }

    @Test
    void anInterruptWhileWaitingIsKeptForTheCaller() throws InterruptedException {
        CountDownLatch helperInUnit = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TakenInTurn<Integer> turns = new TakenInTurn<>(2, i -> {
            if (i == 0) {
                helperInUnit.countDown();
                await(release);
            }
            return i;
        });
        Thread helper = new Thread(turns::work);
        helper.start();
        assertTrue(helperInUnit.await(10, TimeUnit.SECONDS));
        Thread caller = Thread.currentThread();
        Thread interrupter = new Thread(() -> {
            sleepBriefly();
            caller.interrupt();
            sleepBriefly();
            release.countDown();
        });
        interrupter.start();
        assertEquals(List.of(0, 1), turns.run());
        assertTrue(Thread.interrupted(), "the interrupt is kept, and cleared here");
        helper.join();
        interrupter.join();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
