package io.hopscope.edit;

import io.hopscope.diagram.Diagram;
import io.hopscope.text.Text;

/**
 * Replaces the whole diagram, as recovering an autosaved version does: one undo step takes the
 * document back to what the file holds.
 */
public record ReplaceDiagramEdit(String description, Diagram replacement) implements Edit {

    /** The app writes the description from its own bundle (recovery, a lab's reset): already in the UI's language. */
    @Override
    public Text text() {
        return Text.literal(description);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        return replacement;
    }
}
