package io.hopscope.cli;

import io.hopscope.lab.LabCatalog;
import io.hopscope.lab.LabFile;
import io.hopscope.lab.Lab;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code hopscope lab list}: one line per shipped lab, easiest topics first. */
public final class LabListCommand implements Callable<Integer> {

    private final CommandSpec spec = CommandSpecs.command(this, "list",
            "List the labs that ship with Hopscope: id, difficulty, estimated minutes, title and",
            "the exam topic it trains. Open one in the app with Help > Labs.");

    private final OptionSpec languageOption = CommandSpecs.add(spec, CommandSpecs.valued("--lang", String.class, "en|ko",
            "language of titles and topics (default: en)").initialValue("en"));

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String language = languageOption.getValue();
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
