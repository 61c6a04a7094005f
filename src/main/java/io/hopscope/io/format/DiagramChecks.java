package io.hopscope.io.format;

import io.hopscope.check.ModelValidator;
import io.hopscope.check.Problem;
import io.hopscope.diagram.Diagram;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The checks that need a whole, structurally sound diagram: the model rules of
 * {@link ModelValidator}, placed at the paths the resources were read from, and the layout
 * against the model.
 */
final class DiagramChecks {

    private DiagramChecks() {
    }

    /** {@code pathById}: where each resource was read, so problems point into the file. */
    static List<Problem> check(Diagram diagram, Map<String, String> pathById) {
        List<Problem> problems = new ArrayList<>(ModelValidator.validate(diagram.model(), r -> pathById.get(r.id())));
        for (String id : diagram.layout().shapes().keySet()) {
            if (!pathById.containsKey(id)) {
                problems.add(Problem.error(JsonPaths.field("$.layout.shapes", id),
                        "shape for unknown resource '" + id + "'").about(id));
            }
        }
        return problems;
    }
}
