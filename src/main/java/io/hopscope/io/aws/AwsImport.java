package io.hopscope.io.aws;

import io.hopscope.check.Problem;
import io.hopscope.model.NetworkModel;
import java.util.List;

/**
 * The result of importing a directory of AWS describe-* JSON: the model and everything noticed on
 * the way (ERROR: something was dropped or is inconsistent; WARNING: kept but doubtful; INFO:
 * skipped input such as unknown top-level keys); {@code refusals} are the problems that refused a
 * file or the folder, also listed in {@code problems}.
 *
 * @param validated whether the import's own validation of {@code model} found no error, so its ids
 *                  are unique and its references resolve: a command need not check them again
 */
public record AwsImport(NetworkModel model, List<Problem> problems, List<Problem> refusals, boolean validated) {

    public AwsImport {
        problems = List.copyOf(problems);
        refusals = List.copyOf(refusals);
    }

    public AwsImport(NetworkModel model, List<Problem> problems) {
        this(model, problems, List.of(), false);
    }

    /**
     * Whether an input was refused (a limit, a file that is not a regular file, an unreadable
     * file): the model is then incomplete and commands stop with exit code 2.
     */
    public boolean refused() {
        return !refusals.isEmpty();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }
}
