package io.hopscope.io.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** A pass on another thread hands back its result, or its own failure unwrapped, and never times out. */
class BackgroundPassTest {

    @Test
    void joinGivesTheResult() {
        assertEquals("rules", BackgroundPass.start("test-pass", () -> "rules").join());
    }

    @Test
    void aPassNeverHandedOverRunsInJoinOnTheJoiningThread() {
        BackgroundPass<String> pass = BackgroundPass.unqueued(() -> Thread.currentThread().getName());
        assertEquals(Thread.currentThread().getName(), pass.join());
    }

    @Test
    void aQueuedPassTheWorkerHasNotBegunRunsInJoin() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            worker.execute(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            BackgroundPass<String> pass = BackgroundPass.unqueued(() -> Thread.currentThread().getName());
            pass.queueOn(worker);
            assertEquals(Thread.currentThread().getName(), pass.join());
        } finally {
            release.countDown();
            worker.shutdown();
        }
    }

    @Test
    void joinThrowsThePassesOwnException() {
        IllegalArgumentException thrown = new IllegalArgumentException("bad rule");
        BackgroundPass<String> pass = BackgroundPass.start("test-pass", () -> {
            throw thrown;
        });
        assertSame(thrown, assertThrows(IllegalArgumentException.class, pass::join));
    }

    @Test
    void joinThrowsThePassesError() {
        StackOverflowError thrown = new StackOverflowError("deep");
        BackgroundPass<String> pass = BackgroundPass.start("test-pass", () -> {
            throw thrown;
        });
        assertSame(thrown, assertThrows(StackOverflowError.class, pass::join));
    }

    @Test
    void theFailureThatCameFirstOnOneThreadWins() {
        IllegalStateException later = new IllegalStateException("later step");
        IllegalArgumentException first = new IllegalArgumentException("rules pass");
        BackgroundPass<String> failing = BackgroundPass.start("test-pass", () -> {
            throw first;
        });
        assertSame(first, failing.failureBefore(later));
        assertSame(later, BackgroundPass.start("test-pass", () -> "fine").failureBefore(later));
    }

    @Test
    void anInterruptedJoinStillWaitsAndKeepsTheInterrupt() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        BackgroundPass<String> pass = BackgroundPass.start("test-pass", () -> {
            release.await();
            return "done";
        });
        Thread.currentThread().interrupt();
        Thread releaser = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            release.countDown();
        });
        releaser.start();
        assertEquals("done", pass.join());
        assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
        releaser.join();
    }
}
