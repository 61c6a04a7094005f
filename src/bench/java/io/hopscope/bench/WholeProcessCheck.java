package io.hopscope.bench;

import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.io.aws.AwsImport;
import io.hopscope.io.aws.AwsImporter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * The whole process a CLI user waits for, timed without JMH: a fresh JVM imports a snapshot
 * directory and answers one trace. Usage: {@code java -cp ... io.hopscope.bench.WholeProcessCheck DIR}
 * (write DIR first with {@link GenerateAccount}).
 */
public final class WholeProcessCheck {

    private WholeProcessCheck() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: WholeProcessCheck DIR");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        AwsImport imported = AwsImporter.importDirectory(Path.of(args[0]));
        long t1 = System.nanoTime();
        Tracer tracer = new Tracer(imported.model());
        long t2 = System.nanoTime();
        List<TraceQuery> queries = TraceBenchmark.randomQueries(imported.model(), new Random(GeneratedAccount.SEED), 1);
        Trace trace = tracer.trace(queries.get(0));
        long t3 = System.nanoTime();
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf("import %d ms (%d ENIs, %d errors), tracer %d ms, first trace %d ms (%s -> %s: %s), "
                        + "total since JVM start %d ms%n",
                (t1 - t0) / 1_000_000, imported.model().networkInterfaces().size(), imported.errors().size(),
                (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, queries.get(0).from(), queries.get(0).to(),
                trace.reachable() ? "reachable" : "blocked", sinceJvmStart);
    }
}
