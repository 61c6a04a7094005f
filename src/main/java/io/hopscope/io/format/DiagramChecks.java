package io.hopscope.io.format;

import io.hopscope.check.Problem;
import io.hopscope.diagram.Diagram;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The checks that need a whole, structurally sound diagram: the layout against the model. */
final class DiagramChecks {

    private DiagramChecks() {
    }

    /** {@code pathById}: where each resource was read, so problems point into the file. */
    static List<Problem> check(Diagram diagram, Map<String, String> pathById) {
        List<Problem> problems = new ArrayList<>();
        for (String id : diagram.layout().shapes().keySet()) {
            if (!pathById.containsKey(id)) {
                problems.add(Problem.error(JsonPaths.field("$.layout.shapes", id),
                        "shape for unknown resource '" + id + "'").about(id));
            }
        }
        return problems;
    }
}
