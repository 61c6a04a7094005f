package io.hopscope.cli;

import picocli.CommandLine.Model.CommandSpec;

/** {@code hopscope lab list|check}: the hands-on labs from the command line, for teachers' scripts. */
public final class LabCommand implements Runnable {

    private final CommandSpec spec = CommandSpecs.command(this, "lab",
            "Hands-on networking labs: list the labs that ship with Hopscope, or grade a lab",
            "file (a lab as shipped, or an attempt saved from the app's lab panel).")
            .addSubcommand("list", new LabListCommand().spec())
            .addSubcommand("check", new LabCheckCommand().spec());

    CommandSpec spec() {
        return spec;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
