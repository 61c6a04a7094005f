package io.hopscope.lab;

import io.hopscope.check.Problem;
import java.util.List;

/**
 * What reading a lab file gave: the lab file (null when it could not be read as one) and every
 * problem, each with its JSON path ({@code $.lab.goal.ko}, {@code $.model.subnets[2].cidr}).
 */
public record LabLoad(LabFile file, List<Problem> problems) {

    public LabLoad {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }
}
