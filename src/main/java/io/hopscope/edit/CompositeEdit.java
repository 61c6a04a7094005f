package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import java.util.List;

/**
 * Several edits applied in order as one undo step ("Move 3 shapes"). {@code keyed} is the
 * description as a key and arguments when it has one (a suggested fix), else null.
 */
public record CompositeEdit(String description, List<Edit> parts, Text keyed) implements Edit {

    public CompositeEdit(String description, List<Edit> parts) {
        this(description, parts, null);
    }

    /** A composite whose description is {@code text} (its English), shown in the reader's language by the app. */
    public static CompositeEdit described(Text text, List<Edit> parts) {
        return new CompositeEdit(text.toString(), parts, text);
    }

    @Override
    public Text text() {
        return keyed != null ? keyed : Text.literal(description);
    }

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
