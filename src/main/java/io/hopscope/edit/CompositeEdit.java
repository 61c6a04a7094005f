package io.hopscope.edit;

import io.hopscope.diagram.Diagram;
import java.util.List;

/** Several edits applied in order as one undo step ("Move 3 shapes"). */
public record CompositeEdit(String description, List<Edit> parts) implements Edit {

    public CompositeEdit {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a composite edit needs at least one part");
        }
    }

    @Override
    public Diagram apply(Diagram diagram) {
        Diagram d = diagram;
        for (Edit e : parts) {
            d = e.apply(d);
        }
        return d;
    }
}
