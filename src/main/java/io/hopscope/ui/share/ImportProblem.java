package io.hopscope.ui.share;

import io.hopscope.check.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;

/**
 * One thing an import skipped or could not resolve, as the import problems list shows it: the
 * file it came from, the JSON path inside it and the reason.
 */
public record ImportProblem(String file, String jsonPath, String reason) {

    public ImportProblem {
        file = file == null ? "" : file;
        jsonPath = jsonPath == null ? "" : jsonPath;
        reason = reason == null ? "" : reason;
    }

    /**
     * Splits the importer's locations, which read "Subnets.json: $.Subnets[2]" or "Subnets.json"
     * or "$.Subnets[2]", into file and JSON path; a location without a file is the folder's.
     */
    public static ImportProblem of(Path dir, Problem problem) {
        return of(dir, problem, problem.severity() + ": " + problem.message());
    }

    /** Like {@link #of(Path, Problem)} with the severity and the reason in the language of {@code messages}. */
    public static ImportProblem of(Path dir, Problem problem, ResourceBundle messages) {
        return of(dir, problem, messages.getString("share.problems.severity." + problem.severity().name()) + ": "
                + problem.message(messages.getLocale()));
    }

    private static ImportProblem of(Path dir, Problem problem, String reason) {
        String location = problem.location();
        String file = dir.toString();
        String path = location;
        int dollar = location.indexOf('$');
        if (dollar > 0) {
            file = location.substring(0, dollar).replaceAll("[:\\s]+$", "");
            path = location.substring(dollar);
        } else if (dollar < 0 && !location.isEmpty()) {
            file = location;
            path = "";
        }
        return new ImportProblem(file, path, reason);
    }

    public static List<ImportProblem> of(Path dir, List<Problem> problems) {
        return problems.stream().map(p -> of(dir, p)).toList();
    }

    public static List<ImportProblem> of(Path dir, List<Problem> problems, ResourceBundle messages) {
        return problems.stream().map(p -> of(dir, p, messages)).toList();
    }

    @Override
    public String toString() {
        return jsonPath.isEmpty() ? file + ": " + reason : file + " " + jsonPath + ": " + reason;
    }

    /**
     * The problem as the Problems panel lists it: located as "file: JSON path", keeping its
     * severity, message and culprit so a double-click can select the resource.
     */
    public static Problem asNote(Path dir, Problem problem) {
        ImportProblem split = of(dir, problem);
        String location = split.jsonPath().isEmpty() ? split.file() : split.file() + ": " + split.jsonPath();
        return new Problem(problem.severity(), location, problem.message(), problem.resourceId(), problem.text());
    }

    public static List<Problem> asNotes(Path dir, List<Problem> problems) {
        return problems.stream().map(p -> asNote(dir, p)).toList();
    }
}
