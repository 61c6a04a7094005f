package io.hopscope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hopscope lab list|check}: the hands-on labs from the command line, for teachers' scripts. */
@Command(name = "lab",
        mixinStandardHelpOptions = true,
        description = {"Hands-on networking labs: list the labs that ship with Hopscope, or grade a lab",
            "file (a lab as shipped, or an attempt saved from the app's lab panel)."},
        subcommands = {LabListCommand.class, LabCheckCommand.class})
public final class LabCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
