package io.hopscope.cli;

import io.hopscope.lab.AssertionCheck;
import io.hopscope.lab.LabFile;
import io.hopscope.lab.LabGrade;
import io.hopscope.lab.LabGrader;
import io.hopscope.lab.LabLoad;
import io.hopscope.lab.LabReader;
import io.hopscope.lab.Violation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code hopscope lab check LAB-FILE}: grades a lab file as the app's Check button does. Exit 0
 * when solved, 1 when not yet, 2 when the file cannot be read as a lab.
 */
public final class LabCheckCommand implements Callable<Integer> {

    static final int EXIT_NOT_SOLVED = 1;

    private final CommandSpec spec = CommandSpecs.command(this, "check",
            "Grade a lab file: every assertion of the lab on its diagram, then the lab's",
            "constraints against the start it carries. Prints one line per assertion (✓ holds,",
            "✗ fails, with why), each broken constraint, and how many hints the lab offers.");

    private final PositionalParamSpec fileParameter = CommandSpecs.file(spec, "LAB-FILE", "a lab file or a saved attempt");

    LabCheckCommand() {
        CommandSpecs.exitCodes(spec, "0:solved", "1:not solved yet", "2:the file cannot be read as a lab");
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path file = fileParameter.getValue();
        LabLoad load = LabReader.read(file);
        if (load.file() == null) {
            ProblemLines.print(err, load.errors().isEmpty() ? load.problems() : load.errors(),
                    p -> ProblemLines.line(file.toString(), p, false),
                    file + ": ");
            err.flush();
            return HopscopeCommand.EXIT_INPUT_ERROR;
        }
        LabFile lab = load.file();
        LabGrade grade = new LabGrader().grade(lab);
        out.println("Lab " + lab.lab().id() + ": " + lab.lab().title().en());
        for (AssertionCheck c : grade.checks()) {
            out.println((c.holds() ? "✓ " : "✗ ") + c.assertion().label().en()
                    + (c.holds() ? "" : ": " + c.summary()));
        }
        for (Violation v : grade.violations()) {
            out.println("✗ constraint " + v.constraint().wireName() + ": " + v.english());
        }
        int hints = lab.lab().hints().size();
        if (grade.solved()) {
            out.println("Solved: " + grade.checks().size() + " of " + grade.checks().size()
                    + " assertions hold, every constraint kept.");
        } else {
            out.println("Not solved yet: " + grade.failing().size() + " of " + grade.checks().size()
                    + " assertions fail, " + grade.violations().size() + " constraint"
                    + (grade.violations().size() == 1 ? "" : "s") + " broken; the lab has " + hints + " hint"
                    + (hints == 1 ? "" : "s") + ".");
        }
        out.flush();
        return grade.solved() ? HopscopeCommand.EXIT_OK : EXIT_NOT_SOLVED;
    }
}
