package io.hopscope.ui.inspector;

import io.hopscope.model.Resource;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A command the inspector offers as a button for one selected resource of a kind ("Who can reach
 * this?"): its id (the button's node id is {@code action-<id>}), the message key of its label and
 * what it does with the resource. Registered with {@link InspectorEditors}.
 */
public record InspectorAction(Class<? extends Resource> kind, String id, String labelKey, Predicate<Resource> when,
                              Consumer<Resource> run) {

    /** An action for every resource of {@code kind}. */
    public InspectorAction(Class<? extends Resource> kind, String id, String labelKey, Consumer<Resource> run) {
        this(kind, id, labelKey, r -> true, run);
    }

    public boolean showsFor(Resource r) {
        return kind.isInstance(r) && when.test(r);
    }
}
