package io.hopscope.ui.inspector;

import io.hopscope.engine.RuleRef;
import javafx.scene.Node;

/**
 * A sub-editor the inspector shows in a tab for one selected resource: a thin View over its own
 * ViewModel. Only {@link #getRoot()} is required; a sub-editor with rows the engine can name (rules,
 * routes, listeners) answers {@link #rowOf} and {@link #showRow} so traces and problems land on them.
 */
public interface SubEditorView {

    Node getRoot();

    /** The row of the rule {@code ref} names, or -1. */
    default int rowOf(RuleRef ref) {
        return -1;
    }

    /** Selects and scrolls to {@code row} without taking the focus (the trace explorer keeps it). */
    default void showRow(int row) {
    }

    /** Shows the item a trace hop names that is not a row (a load balancer's target group). */
    default void showItem(String id) {
    }

    /** Called when the tab goes away: stop listening to the document. */
    default void dispose() {
    }
}
