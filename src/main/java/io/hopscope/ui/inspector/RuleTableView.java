package io.hopscope.ui.inspector;

import javafx.scene.control.TableView;

/** A rule table as the inspector holds it: a sub-editor whose rows are the rules the engine names. */
interface RuleTableView extends SubEditorView {

    TableView<?> table();

    @Override
    default void showRow(int row) {
        table().getSelectionModel().clearAndSelect(row);
        table().scrollTo(row);
    }
}
