package io.hopscope.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The commands declare their picocli model in code, through these few steps. picocli could read the
 * same model from annotations, but on a cold JVM that was most of its start-up: every annotation type
 * read costs a generated proxy class (which JDK 17's class-data sharing cannot archive) and runs
 * picocli's reflection interpreted; its own {@code mixinStandardHelpOptions} reads the annotations of
 * a mixin class too, so the two standard options are declared here, as that mixin declares them.
 * CommandLineGoldenTest holds every command's help, errors and parsed values to what the annotations
 * gave.
 */
final class CommandSpecs {

    private CommandSpecs() {
    }

    /**
     * A command named {@code name} whose picocli runs {@code command} (a Runnable or Callable), with
     * {@code -h/--help}, {@code -V/--version} and the description's lines, each a format string
     * ({@code %n} is a line break).
     */
    static CommandSpec command(Object command, String name, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
        spec.usageMessage().description(description);
        add(spec, OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class).initialValue(false)
                .descriptionKey("mixinStandardHelpOptions.help").description("Show this help message and exit."));
        add(spec, OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class).initialValue(false)
                .descriptionKey("mixinStandardHelpOptions.version").description("Print version information and exit."));
        return spec;
    }

    /**
     * The help's "Exit codes:" section, each entry "code:meaning" (picocli's own format for it; an
     * entry without a colon is dropped, so a long meaning is one entry, wrapped by picocli).
     */
    static void exitCodes(CommandSpec spec, String... entries) {
        spec.usageMessage().exitCodeListHeading("Exit codes:%n").exitCodeList(UsageMessageSpec.keyValuesMap(entries));
    }

    /** Adds the option to the command; the returned spec holds its value after parsing. */
    static OptionSpec add(CommandSpec spec, OptionSpec.Builder option) {
        OptionSpec built = option.build();
        spec.addOption(built);
        return built;
    }

    /** An option that takes one value of {@code type}, shown as {@code name=LABEL}. */
    static OptionSpec.Builder valued(String name, Class<?> type, String label, String description) {
        return OptionSpec.builder(name).type(type).paramLabel(label).description(description);
    }

    /** An option that takes no value: false unless given. */
    static OptionSpec flag(CommandSpec spec, String name, String description) {
        return add(spec, OptionSpec.builder(name).type(boolean.class).initialValue(false).description(description));
    }

    /** Whether the flag was given. */
    static boolean given(OptionSpec flag) {
        return Boolean.TRUE.equals(flag.getValue());
    }

    /** The command's one required positional parameter, a path. */
    static PositionalParamSpec file(CommandSpec spec, String label, String description) {
        PositionalParamSpec built = PositionalParamSpec.builder().index("0").arity("1").required(true).type(Path.class).paramLabel(label)
                .description(description).build();
        spec.addPositional(built);
        return built;
    }
}
