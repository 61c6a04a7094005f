package io.hopscope.edit.hybrid;

import io.hopscope.edit.EditRefusal;
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
                .orElseThrow(() -> EditRefusal.of("edit.refusal.goneId", after.id()));
        if (before.getClass() != after.getClass()) {
            throw EditRefusal.of("edit.refusal.otherKind", after.id(), before.kind().wireName(), after.kind().wireName());
        }
        return diagram.withModel(diagram.model().with(after));
    }
}
