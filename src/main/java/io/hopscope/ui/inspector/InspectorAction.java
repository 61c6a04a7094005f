package io.hopscope.ui.inspector;

import io.hopscope.model.Resource;
import java.util.function.Consumer;

/**
 * A command the inspector offers as a button for one selected resource of a kind ("Who can reach
 * this?"): its id (the button's node id is {@code action-<id>}), the message key of its label and
 * what it does with the resource. Registered with {@link InspectorEditors}.
 */
public record InspectorAction(Class<? extends Resource> kind, String id, String labelKey, Consumer<Resource> run) {

    public boolean showsFor(Resource r) {
        return kind.isInstance(r);
    }
}
