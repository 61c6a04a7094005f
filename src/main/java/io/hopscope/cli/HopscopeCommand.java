package io.hopscope.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Collections;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level command. Exit codes follow the CLI contract: 0 when the command did its work,
 * 2 for a usage or input error (one line on stderr naming the file, field or reference at fault).
 */
@Command(name = "hopscope",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "See, hop by hop, how a packet travels through an AWS network.%n"
                + "With no command, opens the desktop app (optionally on a diagram file).")
public final class HopscopeCommand implements Runnable {

    /**
     * The subcommands by name, in the order help lists them. picocli reads every registered command's
     * annotations up front (reflection and one proxy class per annotation), which is most of a short
     * command's start-up; so a run registers only the command it names, and all of them only for help,
     * a misspelt command or none. The names equal the {@code @Command} names (a test checks it).
     */
    static final Map<String, Class<?>> COMMANDS = commands();

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("validate", ValidateCommand.class);
        m.put("trace", TraceCommand.class);
        m.put("import", ImportCommand.class);
        m.put("render", RenderCommand.class);
        m.put("exposure", ExposureCommand.class);
        m.put("matrix", MatrixCommand.class);
        m.put("check", CheckCommand.class);
        m.put("collect", CollectCommand.class);
        m.put("lab", LabCommand.class);
        return Collections.unmodifiableMap(m);
    }

    public static final int EXIT_OK = 0;
    public static final int EXIT_INPUT_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "On an internal error, print its stack trace (for a bug report).")
    boolean debug;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Whether {@code word} names a subcommand (so a lone argument that is not one is a file to open). */
    public static boolean isCommand(String word) {
        return COMMANDS.containsKey(word) || "help".equals(word);
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

    /** The command line with every subcommand, as help shows it. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, false);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean debug, String... args) {
        CommandLine cl = new CommandLine(new HopscopeCommand());
        Class<?> named = COMMANDS.get(firstWord(args));
        if (named != null) {
            cl.addSubcommand(named);
        } else {
            cl.addSubcommand(new CommandLine.HelpCommand());
            COMMANDS.values().forEach(cl::addSubcommand);
        }
        cl.setOut(out);
        cl.setErr(err);
        // picocli already exits 2 (ExitCode.USAGE) on invalid input, as the contract wants; the
        // contract also wants a single stderr line, so the usage text is not dumped after it.
        cl.setParameterExceptionHandler((ex, given) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("error: " + ex.getMessage() + " (see 'hopscope " + c.getCommandName() + " --help')");
            c.getErr().flush();
            return EXIT_INPUT_ERROR;
        });
        // Commands report input errors themselves; what reaches here is a programming error.
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getOut().flush();
            return InternalErrors.report(commandLine.getErr(), ex, debug);
        });
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
