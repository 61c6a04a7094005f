package io.hopscope.io.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hopscope.io.aws.describe.Sourced;
import io.hopscope.model.PrefixList;
import io.hopscope.text.Text;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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
        try (SecondCore core = SecondCore.start(8)) {
            // Chunks of two records (a quarter of the threshold), taken by either thread.
            assertEquals(List.of(2, 2, 2, 2, 2), core.split(split, IDS, PASS));
        }
        assertEquals(alone.all(PrefixList.class), split.all(PrefixList.class));
        assertEquals(texts(alone), texts(split));
        assertEquals(3, texts(split).stream().filter(t -> t.contains("duplicate")).count());
    }

    @Test
    void aPassInChunksGivesEachChunksYieldInOrder() {
        try (SecondCore core = SecondCore.start(10)) {
            // Chunks of two records, a quarter of the threshold; the last one shorter.
            assertEquals(List.of(IDS.subList(0, 2), IDS.subList(2, 4), IDS.subList(4, 6), IDS.subList(6, 8),
                    IDS.subList(8, 10)), core.inChunks(IDS, List::copyOf));
        }
        try (SecondCore core = SecondCore.start(9)) {
            assertEquals(List.of(IDS.subList(0, 2), IDS.subList(2, 4), IDS.subList(4, 6), IDS.subList(6, 8),
                    IDS.subList(8, 10)), core.inChunks(IDS, List::copyOf));
        }
        try (SecondCore core = SecondCore.start(4)) {
            assertEquals(IDS.stream().map(List::of).toList(), core.inChunks(IDS, List::copyOf));
        }
        assertEquals(List.of(IDS), SecondCore.none().inChunks(IDS, List::copyOf));
    }

    @Test
    void aPassShorterThanTheThresholdStaysWhole() {
        try (SecondCore core = SecondCore.start(11)) {
            assertEquals(List.of(10), core.split(new ImportContext(10), IDS, PASS));
        }
    }

    @Test
    void theFirstFailingChunksFailureIsThrown() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalArgumentException later = new IllegalArgumentException("later");
        List<Integer> records = IntStream.range(0, 10).boxed().toList();
        try (SecondCore core = SecondCore.start(2)) {
            for (int failing = 0; failing < records.size(); failing++) {
                int at = failing;
                // Chunks of one record: the record "at" fails first and every later one fails too.
                assertSame(first, assertThrows(IllegalStateException.class, () -> core.split(new ImportContext(10), records,
                        (ctx, chunk) -> {
                            if (chunk.get(0) == at) {
                                throw first;
                            }
                            if (chunk.get(0) > at) {
                                throw later;
                            }
                            return 0;
                        })), "failing at " + at);
            }
        }
    }

    @Test
    void aQueuedPassRunsOnceEveryChunkIsTaken() {
        AtomicInteger chunksRun = new AtomicInteger();
        try (SecondCore core = SecondCore.start(2)) {
            BackgroundPass<Integer> later = BackgroundPass.unqueued(chunksRun::get);
            core.queueBehindShareOf(IDS.size(), later);
            core.split(new ImportContext(10), IDS, (ctx, ids) -> chunksRun.incrementAndGet());
            assertEquals(IDS.size(), later.join());
        }
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
    void workBehindASplitRunsAfterItsChunksOrWhereItIsJoined() {
        AtomicInteger chunksRun = new AtomicInteger();
        try (SecondCore core = SecondCore.start(2)) {
            BackgroundPass<Integer> work = core.behindShareOf(IDS.size(), chunksRun::get);
            core.split(new ImportContext(10), IDS, (ctx, ids) -> chunksRun.incrementAndGet());
            assertEquals(IDS.size(), work.join());
        }
        BackgroundPass<String> alone = SecondCore.none().behindShareOf(IDS.size(), () -> Thread.currentThread().getName());
        assertEquals(Thread.currentThread().getName(), alone.join());
    }

    private static List<String> texts(ImportContext ctx) {
        return ctx.problems().stream().map(Object::toString).toList();
    }
}
