package io.hopscope.cli;

import io.hopscope.io.CompanionJar;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The top-level command. Exit codes follow the CLI contract: 0 when the command did its work,
 * 2 for a usage or input error (one line on stderr naming the file, field or reference at fault).
 */
public final class HopscopeCommand implements Runnable {

    static {
        // picocli's factory otherwise asks for groovy.lang.Closure at its first use; the miss searches
        // every jar on the class path, opening the JavaFX and AWS SDK jars (29,000 entries) in code not
        // yet compiled. Hopscope declares no closures. (picocli reads this property once, at that use.)
        System.setProperty("picocli.disable.closures", "true");
    }

    /**
     * The subcommands' names, in the order help lists them. A run builds only the command it names, and
     * all of them only for help, a misspelt command or none. {@link #command} makes each (a test checks
     * that every name makes its own command).
     */
    static final List<String> COMMANDS = List.of("validate", "trace", "import", "render", "exposure", "matrix",
            "check", "collect", "lab");

    /** A new command named {@code name} (one of {@link #COMMANDS}). */
    static CommandSpec command(String name) {
        return switch (name) {
            case "validate" -> new ValidateCommand().spec();
            case "trace" -> new TraceCommand().spec();
            case "import" -> new ImportCommand().spec();
            case "render" -> new RenderCommand().spec();
            case "exposure" -> new ExposureCommand().spec();
            case "matrix" -> new MatrixCommand().spec();
            case "check" -> new CheckCommand().spec();
            case "collect" -> new CollectCommand().spec();
            case "lab" -> new LabCommand().spec();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    public static final int EXIT_OK = 0;
    public static final int EXIT_INPUT_ERROR = 2;

    private final CommandSpec spec = declare(this);

    private static CommandSpec declare(HopscopeCommand command) {
        CommandSpec spec = CommandSpecs.command(command, "hopscope",
                "See, hop by hop, how a packet travels through an AWS network.%n"
                        + "With no command, opens the desktop app (optionally on a diagram file).")
                .versionProvider(new VersionProvider());
        // Every command accepts it; run() reads it from the arguments, so that it also covers a parse that fails.
        CommandSpecs.add(spec, OptionSpec.builder("--debug").type(boolean.class).initialValue(false)
                .scopeType(CommandLine.ScopeType.INHERIT)
                .description("On an internal error, print its stack trace (for a bug report)."));
        return spec;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Whether {@code word} names a subcommand (so a lone argument that is not one is a file to open). */
    public static boolean isCommand(String word) {
        return COMMANDS.contains(word) || "help".equals(word);
    }

    /** Whether the desktop app's JavaFX jar is there (the runnable jar names it on its Class-Path). */
    public static boolean desktopLibraryPresent() {
        return CompanionJar.JAVAFX.present();
    }

    /** The desktop app was asked for without its JavaFX jar: one clear line, exit 2. */
    public static int reportDesktopLibraryMissing() {
        System.err.println("error: the desktop app needs " + CompanionJar.JAVAFX.whereAndHow()
                + "; the commands run without it, see 'hopscope --help'");
        return EXIT_INPUT_ERROR;
    }

    /** The desktop window could not open (no display): one clear line, exit 2. */
    public static int reportCannotOpenWindow(RuntimeException cause) {
        System.err.println("error: cannot open the Hopscope window (" + cause.getMessage()
                + "); on a machine without a display use a command, see 'hopscope --help'");
        return EXIT_INPUT_ERROR;
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs with the given streams; tests call this to capture output. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        PrintWriter safeOut = new PrintWriter(new EscapingWriter(out), true);
        PrintWriter safeErr = new PrintWriter(new EscapingWriter(err), true);
        try {
            return commandLine(safeOut, safeErr, debug, args).execute(args);
        } catch (RuntimeException | Error e) {
            // StackOverflowError, OutOfMemoryError and the like pass picocli's handler.
            safeOut.flush();
            return InternalErrors.report(safeErr, e, debug);
        } finally {
            safeOut.flush();
            safeErr.flush();
        }
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean debug, String... args) {
        CommandLine cl = new CommandLine(new HopscopeCommand().spec);
        String named = firstWord(args);
        if (named != null && COMMANDS.contains(named)) {
            cl.addSubcommand(named, command(named));
        } else {
            cl.addSubcommand(new CommandLine.HelpCommand());
            for (String name : COMMANDS) {
                cl.addSubcommand(name, command(name));
            }
        }
        cl.setOut(out);
        cl.setErr(err);
        RunErrors errors = new RunErrors(debug);
        cl.setParameterExceptionHandler(errors);
        cl.setExecutionExceptionHandler(errors);
        return cl;
    }

    /** The first argument that is not an option: the command, if any (the top level's options take no values). */
    private static String firstWord(String... args) {
        for (String a : args) {
            if (!a.startsWith("-")) {
                return a;
            }
        }
        return null;
    }
}
