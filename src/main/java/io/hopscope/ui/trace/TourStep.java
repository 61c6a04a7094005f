package io.hopscope.ui.trace;

import io.hopscope.diagram.SavedTrace;
import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Direction;

/**
 * One page of the built-in tour: the trace it opens, the hop it points at (first hop of that
 * component type and direction, in the request or the reply) and the message keys of its words.
 */
public record TourStep(String key, SavedTrace question, boolean onReply, ComponentKind kind, Direction direction) {

    public String titleKey() {
        return "tour." + key + ".title";
    }

    public String textKey() {
        return "tour." + key + ".text";
    }
}
