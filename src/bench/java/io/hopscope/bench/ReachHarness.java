package io.hopscope.bench;

import io.hopscope.io.aws.AwsImporter;
import io.hopscope.io.reach.ExposureWriter;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.PortSet;
import io.hopscope.model.net.Protocol;
import io.hopscope.reach.Exposure;
import io.hopscope.reach.Matrix;
import io.hopscope.reach.ReachEndpoint;
import io.hopscope.reach.ReachEngine;
import io.hopscope.reach.Selector;
import io.hopscope.reach.SelectorResolver;

import java.nio.file.Path;
import java.util.List;

/**
 * The long reach runs on the quota account, timed once each, for profiling and for the ratios the
 * README reports: {@code ReachHarness DIR exposure N THREADS} (internet exposure of the first N
 * workloads; N = 0 for all), {@code ReachHarness DIR matrix S T THREADS} (S x T for tcp 443).
 * DIR is an account written by {@link GenerateAccount}. Prints seconds and the rows or open cells; a
 * last argument FILE writes the answer (exposure JSON, or one line per matrix cell) for comparing runs.
 */
public final class ReachHarness {

    private ReachHarness() {
    }

    private static void write(Path p, String text) {
        try {
            java.nio.file.Files.writeString(p, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The process's CPU time (every thread, GC included), so runs on a shared box compare by work done. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    public static void main(String[] args) {
        NetworkModel model = AwsImporter.importDirectory(Path.of(args[0])).model();
        List<ReachEndpoint> workloads = new SelectorResolver(model, null).resolve(Selector.parse("all"));
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        ReachEngine engine = new ReachEngine(model);
        long count;
        String what;
        if (args[1].equals("exposure")) {
            int n = Integer.parseInt(args[2]);
            List<ReachEndpoint> targets = n == 0 ? workloads : workloads.subList(0, n);
            List<Exposure.Answer> answers = new Exposure(engine).of(targets, List.of(SelectorResolver.internet()),
                    Protocol.ALL, PortSet.ALL, Integer.parseInt(args[3]), d -> { });
            count = answers.stream().mapToLong(a -> a.rows().size()).sum();
            if (args.length > 4) {
                write(Path.of(args[4]), ExposureWriter.json(answers));
            }
            what = targets.size() + " targets, rows";
        } else {
            int s = Integer.parseInt(args[2]);
            int t = Integer.parseInt(args[3]);
            List<Matrix.Entry> cells = new Matrix(engine).compute(workloads.subList(0, s), workloads.subList(1000, 1000 + t),
                    Protocol.TCP, 443, Integer.parseInt(args[4]), d -> { });
            count = cells.stream().filter(c -> !c.verdict().equals("UNREACHABLE")).count();
            if (args.length > 5) {
                StringBuilder sb = new StringBuilder();
                cells.forEach(c -> sb.append(c.from().id()).append(' ').append(c.to().id()).append(' ').append(c.verdict())
                        .append(' ').append(c.blockedAt()).append('\n'));
                write(Path.of(args[5]), sb.toString());
            }
            what = s + " x " + t + " cells, open";
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        System.out.printf("%s %s: %d in %.2f s, %.2f s CPU (%d workloads in the account)%n", args[1], what, count, secs, cpu,
                workloads.size());
    }
}
