package io.hopscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command line as users see it, byte for byte: every command's help, the version, the error
 * line and exit code of bad or missing options, and the values a full command line parses to. The
 * golden files were written from the annotation-declared commands (run with
 * {@code -Dcli.golden.write=true} to write them again), so a model declared any other way has to
 * show exactly the same text and values.
 */
class CommandLineGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/cli-golden");

    static Stream<Arguments> runs() {
        return Stream.of(
                run("top-help", "--help"),
                run("top-version", "--version"),
                run("top-help-command", "help"),
                run("top-help-trace", "help", "trace"),
                run("top-help-lab-list", "help", "lab", "list"),
                run("top-unknown-option", "--nope"),
                run("top-misspelt-command", "valdate", "x.json"),
                run("help-validate", "validate", "--help"),
                run("help-trace", "trace", "--help"),
                run("help-import", "import", "--help"),
                run("help-render", "render", "--help"),
                run("help-exposure", "exposure", "--help"),
                run("help-matrix", "matrix", "--help"),
                run("help-check", "check", "--help"),
                run("help-collect", "collect", "--help"),
                run("help-lab", "lab", "--help"),
                run("help-lab-list", "lab", "list", "--help"),
                run("help-lab-check", "lab", "check", "--help"),
                run("short-help-trace", "trace", "-h"),
                run("version-trace", "trace", "-V"),
                run("version-lab-check", "lab", "check", "--version"),
                run("lab-alone", "lab"),
                run("lab-misspelt", "lab", "lst"),
                run("validate-missing-file", "validate"),
                run("validate-two-files", "validate", "a.json", "b.json"),
                run("validate-unknown-option", "validate", "a.json", "--strict"),
                run("trace-missing-required", "trace", "m.json", "--from", "a"),
                run("trace-missing-all", "trace"),
                run("trace-bad-port", "trace", "m.json", "--from", "a", "--to", "b", "--port", "http"),
                run("trace-bad-icmp-type", "trace", "m.json", "--from", "a", "--to", "b", "--icmp-type=x"),
                run("trace-missing-value", "trace", "m.json", "--from", "a", "--to"),
                run("trace-debug-unknown", "--debug", "trace", "m.json", "--from", "a", "--to", "b", "--bogus"),
                run("import-missing-output", "import", "dir"),
                run("render-bad-scale", "render", "f.json", "-o", "o.svg", "--scale", "big"),
                run("exposure-missing-to", "exposure", "m.json"),
                run("matrix-missing-protocol", "matrix", "m.json"),
                run("matrix-bad-threads", "matrix", "m.json", "--protocol", "tcp", "--threads", "many"),
                run("check-missing-policy", "check", "m.json"),
                run("collect-unknown-option", "collect", "--regions", "eu-west-1"),
                run("lab-check-missing-file", "lab", "check"),
                run("lab-list-missing-lang", "lab", "list", "--lang"));
    }

    static Stream<Arguments> parses() {
        return Stream.of(
                run("parse-validate", "validate", "diagrams/x.json"),
                run("parse-trace-least", "trace", "m", "--from", "a", "--to", "b"),
                run("parse-trace-all", "--debug", "trace", "m", "--from", "a", "--to", "b", "--protocol", "udp",
                        "--port", "53", "--source-port", "40000", "--client-profile", "nat", "--icmp-type", "3",
                        "--icmp-code", "4", "--source-ip", "10.0.0.1", "--destination-ip", "10.0.0.2",
                        "--ip-version", "6", "--format", "json", "--before"),
                run("parse-import", "import", "dir", "--output=o.json", "--title", "T", "--before"),
                run("parse-import-least", "import", "dir", "-o", "o.json"),
                run("parse-render", "render", "f", "-o", "o.png", "--scale", "2", "--trace-from", "a",
                        "--trace-to", "b", "--protocol", "icmp", "--port", "8"),
                run("parse-render-least", "render", "f", "--output", "o.svg"),
                run("parse-exposure", "exposure", "m", "--to", "t", "--from", "f", "--protocol", "tcp",
                        "--ports", "80,443", "--shard", "2/8", "--threads", "3", "--format", "csv"),
                run("parse-exposure-least", "exposure", "m", "--to", "t"),
                run("parse-matrix", "matrix", "m", "--protocol", "tcp", "--port", "22", "--from", "x", "--to", "y",
                        "--shard", "1/2", "--threads", "1", "--format", "json"),
                run("parse-matrix-least", "matrix", "m", "--protocol", "udp"),
                run("parse-check", "check", "m", "--policy", "p.yaml", "--format", "sarif", "--diff"),
                run("parse-check-least", "check", "m", "--policy", "p.yaml"),
                run("parse-collect", "collect", "-o", "out", "--region", "eu-west-1", "--region", "us-east-1",
                        "--profile", "a", "--profile", "b", "--endpoint-url", "http://localhost:1", "--print-policy"),
                run("parse-collect-least", "collect"),
                run("parse-lab-list", "lab", "list", "--lang", "ko"),
                run("parse-lab-list-least", "lab", "list"),
                run("parse-lab-check", "lab", "check", "a.lab.json"));
    }

    /** A case: the golden file's name and the command line. */
    private static Arguments run(String name, String... args) {
        return Arguments.of(name, args);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void runShowsTheSameTextAndExitCode(String name, String[] args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = HopscopeCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        check(name, "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parses")
    void argumentsParseToTheSameValues(String name, String[] args) throws IOException {
        PrintWriter sink = new PrintWriter(new StringWriter());
        CommandLine cl = HopscopeCommand.commandLine(sink, sink, false, args);
        CommandLine.ParseResult result = cl.parseArgs(args);
        List<String> path = new ArrayList<>();
        Map<String, String> values = new TreeMap<>();
        for (CommandLine.ParseResult r = result; r != null; r = r.subcommand()) {
            path.add(r.commandSpec().name());
            for (ArgSpec a : r.commandSpec().args()) {
                values.put(String.join("/", path) + " " + key(a), describe(a.getValue()));
            }
        }
        StringBuilder text = new StringBuilder();
        values.forEach((k, v) -> text.append(k).append(" = ").append(v).append('\n'));
        check(name, text.toString());
    }

    private static String key(ArgSpec a) {
        return a instanceof OptionSpec o ? o.longestName() : "positional " + a.paramLabel();
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        // A path's class is the platform's (UnixPath, WindowsPath): the golden names the interface.
        String type = value instanceof Path ? "Path" : value.getClass().getSimpleName();
        return type + " " + value;
    }

    private static void check(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name + ".txt");
        if (Boolean.getBoolean("cli.golden.write")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual.replace(System.lineSeparator(), "\n"), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual.replace(System.lineSeparator(), "\n"), name);
    }
}
