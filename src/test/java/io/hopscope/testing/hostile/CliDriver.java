package io.hopscope.testing.hostile;

import io.hopscope.cli.HopscopeCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Runs CLI commands one after another in this JVM (the child that {@code HostileInputCliTest}
 * starts with -Xmx512m) and prints, for each, its exit code, wall time, peak heap and output
 * between markers. Arguments: a file with one command per line, arguments separated by tabs.
 */
public final class CliDriver {

    static final String MARK = "@@hostile ";

    private CliDriver() {
    }

    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        for (int i = 0; i < lines.size(); i++) {
            String[] command = lines.get(i).split("\t");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            int exit = HopscopeCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), command);
            long ms = (System.nanoTime() - start) / 1_000_000;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
            System.out.println(MARK + i + " exit=" + exit + " ms=" + ms + " heapMB=" + peak + " "
                    + String.join(" ", Arrays.asList(command)));
            System.out.println(MARK + "stdout");
            System.out.print(cut(out.toString()));
            System.out.println(MARK + "stderr");
            System.out.print(cut(err.toString()));
            System.out.println(MARK + "end");
            System.out.flush();
        }
    }

    private static String cut(String s) {
        return s.length() > 200_000 ? s.substring(0, 200_000) + "\n[cut]\n" : s;
    }
}
