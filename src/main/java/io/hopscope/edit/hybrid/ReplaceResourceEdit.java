package io.hopscope.edit.hybrid;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.edit.Edit;
import io.hopscope.model.Resource;

/**
 * Puts a changed copy of a resource (same id, same type) in place of the one the model holds: the
 * inspector's field edits of virtual private gateways, customer gateways, VPN connections and
 * Direct Connect gateways, whose records are small enough to be rebuilt whole.
 */
public record ReplaceResourceEdit(String description, Resource after, Text keyed) implements Edit {

    public ReplaceResourceEdit(String description, Resource after) {
        this(description, after, null);
    }

    public ReplaceResourceEdit(Text text, Resource after) {
        this(text.toString(), after, text);
    }

    @Override
    public Text text() {
        return keyed != null ? keyed : Text.literal(description);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        Resource before = diagram.model().find(after.id())
                .orElseThrow(() -> new IllegalStateException(after.id() + " no longer exists"));
        if (before.getClass() != after.getClass()) {
            throw new IllegalStateException(after.id() + " is a " + before.kind().wireName() + ", not a "
                    + after.kind().wireName());
        }
        return diagram.withModel(diagram.model().with(after));
    }
}
