package io.hopscope.ui.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class LatestRunTest {

    @Test
    void aNewerRunSupersedesAndInterruptsTheOneInFlight() throws Exception {
        ExecutorService worker = Executors.newFixedThreadPool(2);
        try {
            LatestRun run = new LatestRun();
            long first = run.begin();
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch interrupted = new CountDownLatch(1);
            run.submit(worker, () -> {
                started.countDown();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
            });
            assertTrue(started.await(10, TimeUnit.SECONDS));
            BooleanSupplier firstCancelled = run.cancelled(first);
            assertFalse(firstCancelled.getAsBoolean());
            long second = run.begin();
            assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the older run's thread is interrupted");
            assertTrue(firstCancelled.getAsBoolean(), "the older run sees itself cancelled");
            assertFalse(run.isCurrent(first), "an older run may not publish");
            assertTrue(run.isCurrent(second));
            run.supersede();
            assertFalse(run.isCurrent(second), "after a cancel no run may publish");
        } finally {
            worker.shutdownNow();
        }
    }
}
