package io.hopscope.io.aws;

import io.hopscope.check.Problem;
import io.hopscope.model.NetworkModel;
import java.util.List;

/**
 * The result of importing a directory of AWS describe-* JSON: the model and everything noticed on
 * the way (ERROR: something was dropped or is inconsistent; WARNING: kept but doubtful; INFO:
 * skipped input such as unknown top-level keys).
 */
public record AwsImport(NetworkModel model, List<Problem> problems) {

    public AwsImport {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }
}
