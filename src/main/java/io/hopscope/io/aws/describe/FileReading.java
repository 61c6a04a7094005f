package io.hopscope.io.aws.describe;

import io.hopscope.check.Problem;
import io.hopscope.check.Severity;
import io.hopscope.text.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one file yields, kept apart until the whole file has been read. At most
 * {@link #MAX_PER_KIND} problems of one kind are kept: one bad value repeated in a 52,000-element
 * array is 50 lines and a count, not 52,000 lines (nor 52,000 objects in memory).
 */
final class FileReading {

    static final int MAX_PER_KIND = 50;

    final String file;
    final String region;
    final List<Sourced<?>> records = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    private final Map<String, int[]> perKind = new LinkedHashMap<>();

    /** The kinds of problem counted past the cap; the count line names them in the UI's language. */
    enum Kind {
        UNKNOWN_KEYS("import.aws.more.unknownKeys"),
        NOT_LISTS("import.aws.more.notLists"),
        NOT_OBJECTS("import.aws.more.notObjects"),
        UNREADABLE_RECORDS("import.aws.more.unreadableRecords"),
        FILES_SKIPPED("import.aws.more.filesSkipped"),
        FILES("import.aws.more.files");

        private final String key;

        Kind(String key) {
            this.key = key;
        }
    }
    private Problem refusal;
    /** Elements of record arrays and top-level keys seen, for the per-file record limit. */
    int elements;

    FileReading(String file, String region) {
        this.file = file;
        this.region = region;
    }

    /** Reports a problem of {@code kind} ("elements that are not objects"), counted past the cap. */
    void report(Kind kind, Problem problem) {
        int[] n = perKind.computeIfAbsent(problem.severity() + " " + kind.name(), k -> new int[1]);
        if (++n[0] <= MAX_PER_KIND) {
            problems.add(problem);
        }
    }

    /** Drops what was read so far: the file yields this one problem only, and it refuses the import. */
    FileReading refused(Problem problem) {
        records.clear();
        problems.clear();
        perKind.clear();
        problems.add(problem);
        refusal = problem;
        return this;
    }

    Problem refusal() {
        return refusal;
    }

    /** The problems, with "... and N more" for each kind over the cap. */
    List<Problem> finish() {
        for (Map.Entry<String, int[]> e : perKind.entrySet()) {
            int more = e.getValue()[0] - MAX_PER_KIND;
            if (more > 0) {
                String key = e.getKey();
                Severity severity = Severity.valueOf(key.substring(0, key.indexOf(' ')));
                Kind kind = Kind.valueOf(key.substring(key.indexOf(' ') + 1));
                problems.add(new Problem(severity, file, Text.of("import.aws.more", String.format(Locale.ROOT, "%,d", more),
                        Text.of(kind.key)), null));
            }
        }
        perKind.clear();
        return problems;
    }
}
