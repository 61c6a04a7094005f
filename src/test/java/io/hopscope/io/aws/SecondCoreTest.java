package io.hopscope.io.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hopscope.io.aws.describe.Sourced;
import io.hopscope.model.PrefixList;
import io.hopscope.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A split pass leaves the context as one thread leaves it, and fails as one thread fails. */
class SecondCoreTest {

    private static final List<String> IDS = IntStream.range(0, 10).mapToObj(i -> "pl-" + (i % 7)).toList();

    /** Each record: a note, then its prefix list (pl-0 to pl-2 come twice: duplicates across the cut). */
    private static final BiFunction<ImportContext, List<String>, Integer> PASS = (ctx, ids) -> {
        for (String id : ids) {
            Sourced<String> at = new Sourced<>(id, "describe-prefix-lists.json", "$.PrefixLists[" + id + "]", "");
            ctx.info(at, "", Text.literal("read " + id), id);
            ctx.add(ImportContext.unknownPrefixList(id), at);
        }
        return ids.size();
    };

    @Test
    void aSplitPassAddsAndReportsInRecordOrder() {
        ImportContext alone = new ImportContext(10);
        assertEquals(List.of(10), SecondCore.none().split(alone, IDS, PASS));
        ImportContext split = new ImportContext(10);
        try (SecondCore core = SecondCore.start(2)) {
            assertEquals(List.of(5, 5), core.split(split, IDS, PASS));
        }
        assertEquals(alone.all(PrefixList.class), split.all(PrefixList.class));
        assertEquals(texts(alone), texts(split));
        assertEquals(3, texts(split).stream().filter(t -> t.contains("duplicate")).count());
    }

    @Test
    void aPassInHalvesGivesEachHalfsYieldFrontFirst() {
        try (SecondCore core = SecondCore.start(2)) {
            assertEquals(List.of(IDS.subList(0, 5), IDS.subList(5, 10)), core.inHalves(IDS, List::copyOf));
        }
        assertEquals(List.of(IDS), SecondCore.none().inHalves(IDS, List::copyOf));
    }

    @Test
    void aPassShorterThanTheThresholdStaysWhole() {
        try (SecondCore core = SecondCore.start(11)) {
            assertEquals(List.of(10), core.split(new ImportContext(10), IDS, PASS));
        }
    }

    @Test
    void theFrontSharesFailureComesFirstAndTheBackSharesAfter() {
        IllegalStateException front = new IllegalStateException("front");
        IllegalArgumentException back = new IllegalArgumentException("back");
        try (SecondCore core = SecondCore.start(2)) {
            assertSame(front, assertThrows(IllegalStateException.class, () -> core.split(new ImportContext(10), IDS,
                    (ctx, ids) -> {
                        throw ids.contains("pl-0") ? front : back;
                    })));
            assertSame(back, assertThrows(IllegalArgumentException.class, () -> core.split(new ImportContext(10), IDS,
                    (ctx, ids) -> {
                        if (ids.get(0).equals("pl-0")) {
                            return 0;
                        }
                        throw back;
                    })));
        }
    }

    @Test
    void aQueuedPassRunsBehindTheNextBackShare() throws InterruptedException {
        List<String> ran = new ArrayList<>();
        CountDownLatch backShareEnded = new CountDownLatch(1);
        try (SecondCore core = SecondCore.start(2)) {
            BackgroundPass<String> later = BackgroundPass.unqueued(() -> {
                synchronized (ran) {
                    ran.add("later");
                }
                return "done";
            });
            core.queueBehindShareOf(IDS.size(), later);
            core.split(new ImportContext(10), IDS, (ctx, ids) -> {
                if (!ids.get(0).equals("pl-0")) {
                    synchronized (ran) {
                        ran.add("back share");
                    }
                    backShareEnded.countDown();
                }
                return ids.size();
            });
            backShareEnded.await();
            assertEquals("done", later.join());
        }
        assertEquals(List.of("back share", "later"), ran);
    }

    @Test
    void aQueuedPassBeforeAShortPassIsQueuedAtOnce() {
        try (SecondCore core = SecondCore.start(100)) {
            BackgroundPass<String> later = BackgroundPass.unqueued(() -> "done");
            core.queueBehindShareOf(IDS.size(), later);
            assertEquals("done", later.join());
        }
    }

    @Test
    void workBehindAShareRunsOnTheSecondThreadOrWhereItIsJoined() {
        try (SecondCore core = SecondCore.start(2)) {
            BackgroundPass<String> work = core.behindShareOf(IDS.size(), () -> Thread.currentThread().getName());
            core.split(new ImportContext(10), IDS, PASS);
            assertEquals("hopscope-import-second-core", work.join());
        }
        BackgroundPass<String> alone = SecondCore.none().behindShareOf(IDS.size(), () -> Thread.currentThread().getName());
        assertEquals(Thread.currentThread().getName(), alone.join());
    }

    private static List<String> texts(ImportContext ctx) {
        return ctx.problems().stream().map(Object::toString).toList();
    }
}
