package io.hopscope.io.format;

import io.hopscope.check.Problem;
import io.hopscope.diagram.Diagram;
import java.util.List;

/**
 * What reading a diagram file gave: the diagram ({@code null} when the file could not be turned
 * into one: malformed JSON, a wrong format or version, a field of the wrong type, an unknown
 * field...) and every problem found, errors and warnings, each with its JSON path. A diagram is
 * still returned when only model-level rules fail (a subnet outside its VPC, a dangling id), so
 * the editor can open it and show the problems.
 */
public record DiagramLoad(Diagram diagram, List<Problem> problems) {

    public DiagramLoad {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** The first error, for callers that report one line (the trace command's input check). */
    public java.util.Optional<Problem> firstError() {
        return problems.stream().filter(Problem::isError).findFirst();
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }
}
