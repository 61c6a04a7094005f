package io.hopscope.cli;

import io.hopscope.lab.LabCatalog;
import io.hopscope.lab.LabFile;
import io.hopscope.lab.Lab;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hopscope lab list}: one line per shipped lab, easiest topics first. */
@Command(name = "list",
        mixinStandardHelpOptions = true,
        description = {"List the labs that ship with Hopscope: id, difficulty, estimated minutes, title and",
            "the exam topic it trains. Open one in the app with Help > Labs."})
public final class LabListCommand implements Callable<Integer> {

    @Option(names = "--lang", paramLabel = "en|ko", description = "language of titles and topics (default: en)")
    String language = "en";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!language.equals("en") && !language.equals("ko")) {
            spec.commandLine().getErr().println("error: --lang must be en or ko, not '" + language + "'");
            return HopscopeCommand.EXIT_INPUT_ERROR;
        }
        Locale locale = Locale.forLanguageTag(language);
        for (LabFile f : LabCatalog.shipped()) {
            Lab lab = f.lab();
            out.printf("%-26s %-12s %3d min  %s%n", lab.id(), lab.difficulty().wireName(), lab.minutes(),
                    lab.title().in(locale));
            out.printf("%-26s %s%n", "", lab.topic().in(locale));
        }
        out.flush();
        return HopscopeCommand.EXIT_OK;
    }
}
