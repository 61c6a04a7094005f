package io.hopscope.ui.inspector;

import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;

/** The routes of a route table: destination typed, target picked from what exists, state shown [RT]. */
public final class RoutesView extends RuleTableViewBase<RouteRow, RoutesViewModel> {


    public RoutesView(RoutesViewModel viewModel, ResourceBundle messages) {
        super(viewModel, "routes");
        TableColumn<RouteRow, String> destination = RuleTableParts.column(messages, "inspector.col.destination",
                RouteRow::destination);
        destination.setCellFactory(TextFieldTableCell.forTableColumn());
        destination.setOnEditCommit(e -> viewModel.editDestination(e.getTablePosition().getRow(), e.getNewValue()));
        TableColumn<RouteRow, RouteTarget> target = new TableColumn<>(messages.getString("inspector.col.target"));
        target.setId("target");
        target.setSortable(false);
        target.setPrefWidth(220);
        target.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().target()));
        target.setCellFactory(col -> {
            // Editable so the target can be found by typing words of its name or id, as in the new-route picker.
            ComboBoxTableCell<RouteRow, RouteTarget> cell = new ComboBoxTableCell<>(targetConverter(viewModel),
                    FXCollections.observableArrayList()) {
                @Override
                public void startEdit() {
                    // Gateways and interfaces added since the table was built are offered too.
                    getItems().setAll(viewModel.targetChoices());
                    super.startEdit();
                    if (isEditing() && getGraphic() instanceof ComboBox<?> any && any.isEditable()) {
                        @SuppressWarnings("unchecked")
                        ComboBox<RouteTarget> box = (ComboBox<RouteTarget>) any;
                        PeerFilter.install(box, viewModel::targetChoices);
                        // The combo joins the scene on this pulse; focus it once it is there.
                        javafx.application.Platform.runLater(() -> {
                            box.requestFocus();
                            // After the focus change has placed the caret, so typing replaces the old target.
                            javafx.application.Platform.runLater(box.getEditor()::selectAll);
                        });
                    }
                }

                @Override
                public void commitEdit(RouteTarget newValue) {
                    // Typed words that name no single target change nothing.
                    if (newValue == null) {
                        cancelEdit();
                    } else {
                        super.commitEdit(newValue);
                    }
                }
            };
            cell.setComboBoxEditable(true);
            return cell;
        });
        target.setOnEditCommit(e -> viewModel.editTarget(e.getTablePosition().getRow(), e.getNewValue()));
        TableColumn<RouteRow, String> state = RuleTableParts.column(messages, "inspector.col.state", RouteRow::state);
        state.setEditable(false);
        table.getColumns().setAll(List.of(destination, target, state));
        table.setItems(viewModel.getRows());
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RouteRow row, boolean empty) {
                super.updateItem(row, empty);
                // The local route is AWS's own and cannot be edited [RT].
                setEditable(empty || row == null || !row.isLocal());
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("blackhole"),
                        !empty && row != null && (row.route().blackhole() || row.state().equals(messages.getString("inspector.route.blackhole"))));
            }
        });

        TextField newDestination = new TextField();
        newDestination.setId("route-destination");
        newDestination.setPromptText(messages.getString("inspector.route.destinationPrompt"));
        newDestination.setPrefColumnCount(14);
        // Names with ids, filtered as you type: a VPC with many interfaces and gateways is a long list.
        ComboBox<RouteTarget> newTarget = new org.controlsfx.control.SearchableComboBox<>();
        newTarget.setId("route-target");
        newTarget.setPromptText(messages.getString("inspector.route.targetPrompt"));
        newTarget.setOnShowing(e -> newTarget.getItems().setAll(viewModel.targetChoices()));
        newTarget.getItems().setAll(viewModel.targetChoices());
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(4, 4, newDestination, newTarget,
                RuleTableParts.button(messages, "inspector.rules.add", "rule-add", () -> {
                    if (viewModel.add(newDestination.getText(), newTarget.getValue())) {
                        newDestination.clear();
                    }
                }),
                RuleTableParts.button(messages, "inspector.rules.remove", "rule-remove", () -> {
                    int row = table.getSelectionModel().getSelectedIndex();
                    if (row >= 0) {
                        viewModel.remove(row);
                    }
                }));
        bar.getStyleClass().add("rule-bar");
        table.setOnKeyPressed(e -> {
            int row = table.getSelectionModel().getSelectedIndex();
            if (table.getEditingCell() == null && row >= 0
                    && (e.getCode() == javafx.scene.input.KeyCode.DELETE || e.getCode() == javafx.scene.input.KeyCode.BACK_SPACE)) {
                viewModel.remove(row);
                e.consume();
            }
        });
        root.getChildren().addAll(bar, table, RuleTableParts.errorLine(viewModel.errorProperty()));
    }

    /** Shows a target's name with its id; typed text becomes the target it names, or the only one it matches. */
    private static javafx.util.StringConverter<RouteTarget> targetConverter(RoutesViewModel viewModel) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(RouteTarget target) {
                return target == null ? "" : target.label();
            }

            @Override
            public RouteTarget fromString(String typed) {
                if (typed == null || typed.isBlank()) {
                    return null;
                }
                List<RouteTarget> all = viewModel.targetChoices();
                for (RouteTarget t : all) {
                    if (t.label().equals(typed) || t.id().equals(typed.trim())) {
                        return t;
                    }
                }
                List<RouteTarget> matching = PeerFilter.matching(all, typed);
                return matching.size() == 1 ? matching.get(0) : null;
            }
        };
    }
}
