package io.hopscope.cli;

import io.hopscope.reach.ReachEndpoint;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options that split a long reachability run: {@code --shard i/n} (contiguous blocks of sources,
 * so many processes share an organisation-wide run and their outputs concatenate) and
 * {@code --threads}. Both {@code exposure} and {@code matrix} add them.
 */
final class ShardOptions {

    private final OptionSpec shardOption;
    private final OptionSpec threadsOption;

    /** Adds the two options to {@code command}; their values are read from there after parsing. */
    ShardOptions(CommandSpec command) {
        shardOption = CommandSpecs.add(command, CommandSpecs.valued("--shard", String.class, "i/n",
                "Answer only the i-th of n blocks of sources."));
        threadsOption = CommandSpecs.add(command, CommandSpecs.valued("--threads", Integer.class, "N",
                "Worker threads (default: the number of cores)."));
    }

    /** This shard's block of {@code sources} (all of them without {@code --shard}). */
    List<ReachEndpoint> block(List<ReachEndpoint> sources) {
        return ReachOptions.shard(sources, shardOption.getValue());
    }

    /** Whether this run writes the output's header: the first shard, or the only run. */
    boolean first() {
        return ReachOptions.firstShard(shardOption.getValue());
    }

    int threadCount() {
        Integer threads = threadsOption.getValue();
        return threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
    }
}
