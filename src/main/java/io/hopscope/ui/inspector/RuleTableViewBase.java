package io.hopscope.ui.inspector;

import io.hopscope.engine.RuleRef;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** What every rule table view shares: its root box, its table and the view model it draws. */
abstract class RuleTableViewBase<R, M extends RuleTableViewModel<R>> implements RuleTableView {

    protected final M viewModel;
    protected final TableView<R> table;
    protected final VBox root = new VBox(4);

    protected RuleTableViewBase(M viewModel, String tableStyleClass) {
        this.viewModel = viewModel;
        this.table = RuleTableParts.table(tableStyleClass);
    }

    @Override
    public Node getRoot() {
        return root;
    }

    @Override
    public TableView<R> table() {
        return table;
    }

    @Override
    public int rowOf(RuleRef ref) {
        return viewModel.rowOf(ref);
    }

    @Override
    public void dispose() {
        viewModel.dispose();
    }
}
