package io.hopscope.cli;

import io.hopscope.check.Problem;
import io.hopscope.io.format.DiagramLoad;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code hopscope validate FILE}: reads a diagram file and reports every problem in it, one line
 * each ({@code FILE: $.path: message}). Exit 0 when there is no error (warnings are printed but do
 * not fail), 2 when there is at least one, per the CLI contract.
 */
public final class ValidateCommand implements Callable<Integer> {

    private final CommandSpec spec = CommandSpecs.command(this, "validate",
            "Check a diagram file: its JSON, the format header and fields, references between",
            "resources, and AWS rules (subnets inside their VPC, unique NACL rule numbers, ...).",
            "Prints \"FILE: valid (N resources, M shapes)\" and exits 0 when there is no error;",
            "warnings are printed on stderr but do not fail. Otherwise prints one line per problem",
            "on stderr (FILE: $.json.path: message) and exits 2.");

    private final PositionalParamSpec fileParameter = CommandSpecs.file(spec, "FILE", "the diagram file (*.hopscope.json)");

    ValidateCommand() {
        CommandSpecs.exitCodes(spec, "0:the file is valid (there may be warnings)", "2:the file has errors or cannot be read");
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path file = fileParameter.getValue();
        DiagramFiles.Read read = DiagramFiles.read(file);
        DiagramLoad load = read.load();
        ProblemLines.print(err, load.problems(), p -> ProblemLines.line(read.withFile() ? null : file.toString(), p, false),
                file + ": ");
        if (load.hasErrors()) {
            err.flush();
            return HopscopeCommand.EXIT_INPUT_ERROR;
        }
        int resources = load.diagram().model().allResources().size();
        int shapes = load.diagram().layout().shapes().size();
        out.println(file + ": valid (" + resources + (resources == 1 ? " resource, " : " resources, ")
                + shapes + (shapes == 1 ? " shape)" : " shapes)"));
        out.flush();
        err.flush();
        return HopscopeCommand.EXIT_OK;
    }
}
