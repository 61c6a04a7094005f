package io.hopscope.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

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
        c.getErr().println("error: " + ex.getMessage() + " (see 'hopscope " + c.getCommandName() + " --help')");
        c.getErr().flush();
        return HopscopeCommand.EXIT_INPUT_ERROR;
    }

    /** Commands report input errors themselves; what reaches here is a programming error. */
    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        commandLine.getOut().flush();
        return InternalErrors.report(commandLine.getErr(), ex, debug);
    }
}
