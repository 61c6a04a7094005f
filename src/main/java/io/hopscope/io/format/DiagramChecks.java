package io.hopscope.io.format;

import io.hopscope.check.ModelValidator;
import io.hopscope.check.Problem;
import io.hopscope.diagram.Diagram;
import io.hopscope.text.Text;
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
                problems.add(JsonFields.keyed(JsonPaths.field("$.layout.shapes", id), Text.of("field.layout.unknownShape", id)).about(id));
            }
        }
        Map<String, Integer> noteIndex = new java.util.HashMap<>();
        for (int i = 0; i < diagram.layout().notes().size(); i++) {
            String id = diagram.layout().notes().get(i).id();
            Integer first = noteIndex.putIfAbsent(id, i);
            if (first != null) {
                problems.add(JsonFields.keyed(JsonPaths.field(JsonPaths.index("$.layout.notes", i), "id"),
                        Text.of("field.layout.duplicateNote", id, first)));
            }
        }
        return problems;
    }
}
