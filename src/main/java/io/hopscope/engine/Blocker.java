package io.hopscope.engine;

import io.hopscope.edit.Edit;

import java.util.List;

/**
 * A component that blocks the flow, found by evaluating on as if every earlier blocker had allowed,
 * with the smallest changes that would make it pass ({@code fixes} may be empty when no single
 * configuration change helps, e.g. peering is not transitive). {@code onReply} tells the direction.
 */
public record Blocker(Hop hop, boolean onReply, List<Edit> fixes) {

    public Blocker {
        fixes = List.copyOf(fixes);
    }
}
