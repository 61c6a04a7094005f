package io.hopscope.bench;

import io.hopscope.io.aws.AwsImport;
import io.hopscope.io.aws.AwsImporter;
import io.hopscope.io.aws.SyntheticAccount;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * How much the whole import grew when transit gateways and load balancers joined the synthetic
 * account: the quota-scale account written twice (without, then with the 5 TGWs, 100 attachments
 * and 200 load balancers), imported alternately in one warmed JVM. On a shared, loaded machine
 * wall time swings by 2x between runs; the process's CPU time (the reader parses files in
 * parallel, so all threads count, GC included) moves much less with the neighbours' load, and the
 * two variants meet the same conditions because they alternate.
 * The figure is the ratio of medians. Usage: {@code java -cp ... io.hopscope.bench.ImportGrowthCheck [ROUNDS]}.
 */
public final class ImportGrowthCheck {

    private ImportGrowthCheck() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Path before = write(false);
        Path after = write(true);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < 4; i++) {
            AwsImporter.importDirectory(before);
            AwsImporter.importDirectory(after);
        }
        long[][] cpu = new long[2][rounds];
        long[][] wall = new long[2][rounds];
        int[] enis = new int[2];
        for (int r = 0; r < rounds; r++) {
            for (int v = 0; v < 2; v++) {
                // Alternate which variant goes first so neither always follows the other's garbage.
                int variant = (r % 2 == 0) ? v : 1 - v;
                Path dir = variant == 0 ? before : after;
                long c0 = os.getProcessCpuTime();
                long w0 = System.nanoTime();
                AwsImport imported = AwsImporter.importDirectory(dir);
                wall[variant][r] = System.nanoTime() - w0;
                cpu[variant][r] = os.getProcessCpuTime() - c0;
                enis[variant] = imported.model().networkInterfaces().size();
                if (imported.hasErrors()) {
                    throw new IllegalStateException("synthetic account did not import cleanly: " + imported.errors());
                }
            }
        }
        System.out.printf("without TGW/LB (%d ENIs): CPU median %.0f ms, wall median %.0f ms%n",
                enis[0], median(cpu[0]), median(wall[0]));
        System.out.printf("with TGW/LB    (%d ENIs): CPU median %.0f ms, wall median %.0f ms%n",
                enis[1], median(cpu[1]), median(wall[1]));
        System.out.printf("ratio with/without: CPU %.2fx, wall %.2fx (%d alternating rounds, load %s)%n",
                median(cpu[1]) / median(cpu[0]), median(wall[1]) / median(wall[0]), rounds,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static Path write(boolean withNewComponents) throws IOException {
        String flag = Boolean.toString(withNewComponents);
        System.setProperty("hopscope.synthetic.transit", flag);
        System.setProperty("hopscope.synthetic.loadBalancers", flag);
        Path dir = Files.createTempDirectory("hopscope-growth-");
        new SyntheticAccount(GeneratedAccount.SEED, SyntheticAccount.Scale.quota()).write(dir);
        dir.toFile().deleteOnExit();
        return dir;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
