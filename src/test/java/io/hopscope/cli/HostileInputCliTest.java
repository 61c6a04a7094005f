package io.hopscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.hopscope.testing.hostile.CliDriver;
import io.hopscope.testing.hostile.HostileCorpus;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every CLI command on every hostile input, each input in a child JVM with -Xmx512m and a 20 s
 * budget per command: exit 0 or 2, never a stack trace or an internal error, no raw terminal
 * control character, nothing written on refusal; an import that succeeds writes a diagram that
 * validates. The corpus is generated into a temporary folder (100 MB included), never committed.
 * Prints a table of time and peak heap per run (the figures in the README's limits section).
 */
class HostileInputCliTest {

    private static final long BUDGET_MS = 20_000;
    private static final Pattern HEAD = Pattern.compile("@@hostile (\\d+) exit=(\\d+) ms=(\\d+) heapMB=(\\d+) (.*)");

    record Run(String input, String command, int exit, long ms, long heapMb, String out, String err, Path written) {
    }

    @TempDir
    Path tmp;

    @Test
    void everyCommandOnEveryHostileInputExitsZeroOrTwoWithinBudget() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        List<HostileCorpus.Input> inputs = new HostileCorpus(corpus, Path.of("diagrams/ec2-to-rds.json")).write(true);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<List<Run>>> futures = new ArrayList<>();
        for (HostileCorpus.Input input : inputs) {
            futures.add(pool.submit(() -> runAll(input)));
        }
        List<Run> runs = new ArrayList<>();
        for (Future<List<Run>> f : futures) {
            runs.addAll(f.get());
        }
        pool.shutdown();
        StringBuilder table = new StringBuilder("HostileInputCliTest: input | command | exit | ms | peak heap MB\n");
        runs.forEach(r -> table.append(String.format("  %s | %s | %d | %d | %d%n", r.input(), r.command(), r.exit(), r.ms(),
                r.heapMb())));
        System.out.print(table);
        List<String> failures = new ArrayList<>();
        for (Run r : runs) {
            check(r, failures);
        }
        expectations(runs, failures);
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    private static void check(Run r, List<String> failures) {
        String what = r.input() + " / " + r.command() + ": ";
        String all = r.out() + r.err();
        if (r.exit() != 0 && r.exit() != 2) {
            failures.add(what + "exit " + r.exit() + "\n" + r.err());
        }
        if (all.contains("\tat ") || all.contains("Exception") || all.contains("internal error")) {
            failures.add(what + "stack trace or internal error:\n" + r.err());
        }
        if (all.indexOf('\u001b') >= 0 || all.indexOf('\u0007') >= 0) {
            failures.add(what + "raw control character in the output");
        }
        if (r.ms() > BUDGET_MS) {
            failures.add(what + "took " + r.ms() + " ms");
        }
        if (r.exit() == 2 && r.written() != null && Files.exists(r.written())) {
            failures.add(what + "exit 2 but wrote " + r.written());
        }
        if (r.err().lines().count() > 2 * ProblemLines.MAX_PER_KIND + 40) {
            failures.add(what + r.err().lines().count() + " lines on stderr");
        }
    }

    private static void expectations(List<Run> runs, List<String> failures) {
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            if (r.command().startsWith("import") && r.exit() == 0) {
                Run next = runs.get(i + 1);
                expect(failures, next.exit() == 0, r.input() + ": the imported diagram does not validate:\n" + next.err());
            }
        }
        expect(failures, exit(runs, "fifo.json", "validate") == 2 && err(runs, "fifo.json", "validate").contains("FIFO"),
                "fifo.json: not refused as a FIFO");
        expect(failures, err(runs, "dev-zero.json", "validate").contains("character device"), "dev-zero: not refused");
        expect(failures, err(runs, "loop-a.json", "trace").contains("link"), "loop: not named");
        expect(failures, exit(runs, "same-cidr-20k.json", "validate") == 2
                && err(runs, "same-cidr-20k.json", "validate").contains("more overlapping subnets"), "same-cidr: no count line");
        expect(failures, exit(runs, "same-cidr-20k.json", "render") == 2, "render with errors must exit 2");
        expect(failures, exit(runs, "dangling-vpc.json", "trace") == 2
                && err(runs, "dangling-vpc.json", "trace").contains("$.model."), "dangling-vpc trace: no JSON path");
        expect(failures, exit(runs, "escape-names.json", "trace") == 0
                && out(runs, "escape-names.json", "trace").contains("\\e["), "escape-names: trace not escaped");
        expect(failures, exit(runs, "aws-deleted-resources", "import") == 0, "deleted resources: import failed");
        expect(failures, exit(runs, "aws-unreadable-vpcs", "import") == 2, "unreadable Vpcs.json: import must exit 2");
        expect(failures, exit(runs, "aws-no-vpc", "import") == 2, "no VPC: import must exit 2");
        expect(failures, exit(runs, "aws-100mb", "import") == 2
                && err(runs, "aws-100mb", "import").contains("records"), "100 MB: not refused by the record limit");
    }

    private static void expect(List<String> failures, boolean ok, String message) {
        if (!ok) {
            failures.add(message);
        }
    }

    private static Run find(List<Run> runs, String input, String command) {
        return runs.stream().filter(r -> r.input().equals(input) && r.command().startsWith(command)).findFirst()
                .orElseThrow(() -> new AssertionError("no run " + input + " " + command));
    }

    private static int exit(List<Run> runs, String input, String command) {
        return find(runs, input, command).exit();
    }

    private static String err(List<Run> runs, String input, String command) {
        return find(runs, input, command).err();
    }

    private static String out(List<Run> runs, String input, String command) {
        return find(runs, input, command).out();
    }

    /** Runs the commands of one input in one child JVM and parses the driver's report. */
    private List<Run> runAll(HostileCorpus.Input input) throws IOException, InterruptedException {
        Path out = Files.createDirectories(tmp.resolve("out").resolve(input.name()));
        String p = input.path().toString();
        List<List<String>> commands = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        Path imported = out.resolve("imported.hopscope.json");
        Path picture = out.resolve("picture.svg");
        if (input.folder()) {
            commands.add(List.of("import", p, "-o", imported.toString()));
            written.add(imported);
            commands.add(List.of("validate", imported.toString()));
            written.add(null);
            commands.add(List.of("trace", p, "--from", "i-web", "--to", "10.0.1.9", "--port", "443"));
            written.add(null);
            if (!input.big()) {
                commands.add(List.of("validate", p));
                written.add(null);
                commands.add(List.of("render", p, "-o", picture.toString()));
                written.add(picture);
            }
        } else {
            commands.add(List.of("validate", p));
            written.add(null);
            commands.add(List.of("trace", p, "--from", "i-0a1b2c3d4e5f60010", "--to", "orders-db", "--port", "3306"));
            written.add(null);
            if (!input.big()) {
                commands.add(List.of("render", p, "-o", picture.toString()));
                written.add(picture);
                commands.add(List.of("import", p, "-o", imported.toString()));
                written.add(imported);
                commands.add(List.of("validate", imported.toString()));
                written.add(null);
            }
        }
        Path script = out.resolve("commands.txt");
        Files.write(script, commands.stream().map(c -> String.join("\t", c)).toList());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = out.resolve("driver.log");
        Process process = new ProcessBuilder(java, "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true", "-cp", cp.replace(';', File.pathSeparatorChar), CliDriver.class.getName(),
                script.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(BUDGET_MS * commands.size() + 15_000, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(input.name() + ": the child JVM did not finish in time:\n" + tail(log));
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        List<Run> runs = parse(input.name(), text, written);
        assertEquals(commands.size(), runs.size(), input.name() + ": driver output:\n" + tail(log));
        assertFalse(text.contains("OutOfMemoryError"), input.name());
        assertTrue(process.exitValue() == 0, input.name() + ": driver exit " + process.exitValue() + "\n" + tail(log));
        return runs;
    }

    private static List<Run> parse(String input, String text, List<Path> written) {
        List<Run> runs = new ArrayList<>();
        String[] parts = text.split("@@hostile end\n", -1);
        for (String part : parts) {
            int at = part.indexOf("@@hostile ");
            if (at < 0) {
                continue;
            }
            String block = part.substring(at);
            int nl = block.indexOf('\n');
            Matcher m = HEAD.matcher(block.substring(0, nl));
            if (!m.matches()) {
                continue;
            }
            int outAt = block.indexOf("@@hostile stdout\n") + "@@hostile stdout\n".length();
            int errAt = block.indexOf("@@hostile stderr\n");
            String out = block.substring(outAt, errAt);
            String err = block.substring(errAt + "@@hostile stderr\n".length());
            int index = Integer.parseInt(m.group(1));
            String command = m.group(5).split(" ")[0];
            runs.add(new Run(input, command, Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)),
                    Long.parseLong(m.group(4)), out, err, written.get(index)));
        }
        return runs;
    }

    private static String tail(Path log) throws IOException {
        String s = Files.readString(log, StandardCharsets.UTF_8);
        return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
    }
}
