package io.hopscope.cli;

import io.hopscope.check.Problem;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Prints problems, at most {@link #MAX_PER_KIND} lines per file and kind, then one line with the
 * count of the rest: one bad value repeated in a 52,000-element array is 50 lines, not 52,000.
 * The kind is the severity and the JSON path without its indexes ({@code $.Vpcs[].CidrBlock}).
 */
final class ProblemLines {

    static final int MAX_PER_KIND = 50;
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+|'[^']*')]");

    private ProblemLines() {
    }

    /** Prints each problem as {@code format} makes it; {@code prefix} starts the count lines ("FILE: "). */
    static void print(PrintWriter err, List<Problem> problems, Function<Problem, String> format, String prefix) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Problem p : problems) {
            String kind = p.severity() + " " + INDEX.matcher(p.location()).replaceAll("[]");
            int n = ++counts.computeIfAbsent(kind, k -> new int[1])[0];
            if (n <= MAX_PER_KIND) {
                err.println(EscapingWriter.escape(format.apply(p), false));
            }
        }
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int more = e.getValue()[0] - MAX_PER_KIND;
            if (more > 0) {
                String kind = e.getKey();
                String severity = kind.substring(0, kind.indexOf(' ')).toLowerCase(Locale.ROOT);
                String where = kind.substring(kind.indexOf(' ') + 1);
                err.println(EscapingWriter.escape(String.format(Locale.ROOT, "%s... and %,d more %ss%s", prefix, more,
                        severity, where.isEmpty() ? "" : " at " + where), false));
            }
        }
    }

    /** "FILE: $.path: warning: message" (errors without the word, as validate prints them). */
    static String line(String file, Problem p, boolean nameErrors) {
        String where = p.location().isEmpty() ? "" : p.location() + ": ";
        String severity = !nameErrors && p.isError() ? "" : p.severity().name().toLowerCase(Locale.ROOT) + ": ";
        return (file == null ? "" : file + ": ") + where + severity + p.message();
    }
}
