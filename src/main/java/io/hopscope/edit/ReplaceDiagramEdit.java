package io.hopscope.edit;

import io.hopscope.diagram.Diagram;

/**
 * Replaces the whole diagram, as recovering an autosaved version does: one undo step takes the
 * document back to what the file holds.
 */
public record ReplaceDiagramEdit(String description, Diagram replacement) implements Edit {

    @Override
    public Diagram apply(Diagram diagram) {
        return replacement;
    }
}
