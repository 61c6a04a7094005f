package io.hopscope.io.terraform;

import io.hopscope.check.Problem;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.ResourceTags;
import java.util.List;
import java.util.function.Supplier;

/**
 * A Terraform plan or state as a network: the model (with its placeholders and unknown rule sets),
 * and every problem and skipped resource, each naming the file and JSON path.
 *
 * @param plan   whether the file is a plan (else a state)
 * @param before whether the model is the plan's prior state rather than its planned values
 * @param tagIndex the resources' tags by model id, for {@code tag:Key=Value} selectors; built on first
 *                 use, since import, trace and render never read them (a twentieth of a large import)
 */
public record TerraformImport(NetworkModel model, List<Problem> problems, boolean plan, boolean before,
                              Supplier<ResourceTags> tagIndex) {

    public TerraformImport {
        problems = List.copyOf(problems);
    }

    public ResourceTags tags() {
        return tagIndex.get();
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    /** The resources left out because Hopscope does not model them, each as "address (type)". */
    public List<Problem> skipped() {
        return problems.stream().filter(p -> p.message().contains(": skipped: ")).toList();
    }
}
