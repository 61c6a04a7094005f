package io.hopscope.ui.trace;

import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * The trace as a table, the accessible twin of the canvas overlay: one focusable, keyboard-navigable
 * row per hop with its mark, direction, component, packet, deciding rule and decision.
 */
final class HopTable {

    static final String ROW_PASS = "hop-pass";
    static final String ROW_DROP = "hop-drop";
    static final String ROW_REPLY = "hop-reply";
    static final String DECIDING_RULE = "deciding-rule";
    static final String ROW_UNKNOWN = "hop-unknown";

    private HopTable() {
    }

    static void configure(TableView<HopRow> table, ResourceBundle messages) {
        table.getColumns().add(column("", 34, HopRow::mark, "trace-col-mark"));
        table.getColumns().add(column(messages.getString("trace.column.direction"), 70,
                r -> messages.getString(r.reply() ? "trace.direction.reply" : "trace.direction.request"), "trace-col-direction"));
        table.getColumns().add(column(messages.getString("trace.column.component"), 210,
                r -> r.component(messages), "trace-col-component"));
        // Rule and decision before the packet: on a narrow panel they are what must stay in view.
        TableColumn<HopRow, String> rule = column(messages.getString("trace.column.rule"), 150, HopRow::ruleSaid, "trace-col-rule");
        rule.setCellFactory(c -> new RuleCell());
        table.getColumns().add(rule);
        table.getColumns().add(column(messages.getString("trace.column.decision"), 80,
                r -> r.decision(messages), "trace-col-decision"));
        table.getColumns().add(column(messages.getString("trace.column.packet"), 240, HopRow::packet, "trace-col-packet"));
        table.setPlaceholder(new javafx.scene.control.Label(messages.getString("trace.empty")));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(HopRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll(ROW_PASS, ROW_DROP, ROW_REPLY, ROW_UNKNOWN);
                if (row != null && !empty) {
                    getStyleClass().add(row.blocks() ? ROW_DROP : row.unknown() ? ROW_UNKNOWN : ROW_PASS);
                    if (row.reply()) {
                        getStyleClass().add(ROW_REPLY);
                    }
                }
            }
        });
    }

    private static TableColumn<HopRow, String> column(String title, double width, Function<HopRow, String> value,
                                                      String styleClass) {
        TableColumn<HopRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.getStyleClass().add(styleClass);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }

    /** The rule of the selected hop is marked: it is the one that decided. */
    private static final class RuleCell extends TableCell<HopRow, String> {
        RuleCell() {
            getStyleClass().add("trace-rule-cell");
            tableRowProperty().addListener((obs, old, now) -> {
                if (now != null) {
                    now.selectedProperty().addListener((o, was, is) -> mark());
                }
            });
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            mark();
        }

        private void mark() {
            getStyleClass().remove(DECIDING_RULE);
            TableRow<HopRow> row = getTableRow();
            if (!isEmpty() && row != null && row.isSelected() && getText() != null && !getText().isEmpty()) {
                getStyleClass().add(DECIDING_RULE);
            }
        }
    }
}
