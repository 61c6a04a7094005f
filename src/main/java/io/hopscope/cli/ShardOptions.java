package io.hopscope.cli;

import io.hopscope.reach.ReachEndpoint;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options that split a long reachability run: {@code --shard i/n} (contiguous blocks of sources,
 * so many processes share an organisation-wide run and their outputs concatenate) and
 * {@code --threads}. A picocli mixin of {@code exposure} and {@code matrix}.
 */
final class ShardOptions {

    @Option(names = "--shard", paramLabel = "i/n", description = "Answer only the i-th of n blocks of sources.")
    String shard;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer threads;

    /** This shard's block of {@code sources} (all of them without {@code --shard}). */
    List<ReachEndpoint> block(List<ReachEndpoint> sources) {
        return ReachOptions.shard(sources, shard);
    }

    /** Whether this run writes the output's header: the first shard, or the only run. */
    boolean first() {
        return ReachOptions.firstShard(shard);
    }

    int threadCount() {
        return threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
    }
}
