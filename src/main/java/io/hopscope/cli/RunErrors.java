package io.hopscope.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import java.util.List;

/**
 * How a run's errors reach stderr. A class rather than two lambdas: the class-data archive holds a
 * class that implements picocli's interfaces, but not a lambda that does (see pom.xml), so lambdas
 * were spun again on every run.
 */
final class RunErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {

    private final boolean debug;

    RunErrors(boolean debug) {
        this.debug = debug;
    }

    /**
     * picocli already exits 2 (ExitCode.USAGE) on invalid input, as the contract wants; the contract
     * also wants a single stderr line, so the usage text is not dumped after it.
     */
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine c = ex.getCommandLine();
        // The qualified name ("hopscope lab list"): the command's own name alone sent a reader of a
        // subcommand's error to another command's help, and the top level's to "hopscope hopscope".
        c.getErr().println("error: " + ex.getMessage() + suggestion(ex) + " (see '" + c.getCommandSpec().qualifiedName()
                + " --help')");
        c.getErr().flush();
        return HopscopeCommand.EXIT_INPUT_ERROR;
    }

    /** "; did you mean 'validate'?" for a misspelt command or option picocli finds a near match for, else "". */
    private static String suggestion(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException u) {
            List<String> near = u.getSuggestions();
            if (!near.isEmpty()) {
                // picocli lists the nearest first; the others are seldom what was meant.
                return "; did you mean '" + near.get(0) + "'?";
            }
        }
        return "";
    }

    /** Commands report input errors themselves; what reaches here is a programming error. */
    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        commandLine.getOut().flush();
        return InternalErrors.report(commandLine.getErr(), ex, debug);
    }
}
