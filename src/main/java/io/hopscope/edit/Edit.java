package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;

/**
 * One change to a diagram, in plain Java: the canvas, the property tables, the engine's fix
 * suggestions and the tests all change diagrams through edits, so undo/redo, the dirty mark and
 * "Apply fix" share one mechanism. Diagrams are immutable, so undo restores the diagram an edit
 * was applied to; an edit only has to compute the new value.
 */
public interface Edit {

    /** What the Edit menu shows after "Undo"/"Redo", e.g. "Add inbound rule 110 to acl-db". */
    String description();

    /**
     * The description as a key and arguments, for a reader who shows it in another language; the
     * edits the engine suggests as fixes say theirs this way (their {@link #description()} is its
     * English), any other edit gives its description as it is.
     */
    default Text text() {
        return Text.literal(description());
    }

    /** The diagram after this edit; throws {@link IllegalStateException} when it no longer applies. */
    Diagram apply(Diagram diagram);
}
