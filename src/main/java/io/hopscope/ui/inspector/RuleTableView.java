package io.hopscope.ui.inspector;

import io.hopscope.engine.RuleRef;
import javafx.scene.Node;
import javafx.scene.control.TableView;

/** A rule table as the inspector holds it: its node, its table, and how it finds a rule the engine names. */
interface RuleTableView {

    Node getRoot();

    TableView<?> table();

    /** The row of the rule named {@code ruleRef} as traces name it, or -1. */
    int rowOf(RuleRef ref);

    void dispose();
}
