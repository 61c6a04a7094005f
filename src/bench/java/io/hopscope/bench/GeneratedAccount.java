package io.hopscope.bench;

import io.hopscope.io.aws.SyntheticAccount;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The quota-scale synthetic account, written once per JVM into a temp directory (seed 42, or the
 * scale factor of system property {@code hopscope.bench.scale}, default 1 = quota).
 */
final class GeneratedAccount {

    static final long SEED = 42;

    private static Path dir;
    private static SyntheticAccount.Summary summary;

    private GeneratedAccount() {
    }

    static synchronized Path dir() {
        if (dir == null) {
            try {
                double factor = Double.parseDouble(System.getProperty("hopscope.bench.scale", "1"));
                SyntheticAccount.Scale scale = factor == 1 ? SyntheticAccount.Scale.quota()
                        : SyntheticAccount.Scale.quotaTimes(factor);
                Path d = Files.createTempDirectory("hopscope-bench-");
                summary = new SyntheticAccount(SEED, scale).write(d);
                dir = d;
                Runtime.getRuntime().addShutdownHook(new Thread(GeneratedAccount::delete));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    static synchronized SyntheticAccount.Summary summary() {
        dir();
        return summary;
    }

    private static void delete() {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }
}
