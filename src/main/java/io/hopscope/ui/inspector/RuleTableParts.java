package io.hopscope.ui.inspector;

import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;

/** Building blocks the three rule tables share: columns, the preset picker, buttons and the message line. */
final class RuleTableParts {

    private static final java.util.Map<String, Double> WIDTHS = java.util.Map.of(
            "number", 64.0, "action", 80.0, "protocol", 76.0, "ports", 110.0, "cidr", 130.0,
            "peer", 200.0, "description", 160.0, "destination", 130.0, "state", 80.0);

    private RuleTableParts() {
    }

    static <R> TableColumn<R, String> column(ResourceBundle messages, String key, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(messages.getString(key));
        c.setId(key.substring(key.lastIndexOf('.') + 1));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setSortable(false);
        c.setPrefWidth(WIDTHS.getOrDefault(c.getId(), 90.0));
        return c;
    }

    static <R> TableView<R> table(String styleClass) {
        TableView<R> t = new TableView<>();
        t.getStyleClass().addAll("rule-table", styleClass);
        t.setEditable(true);
        // Columns keep readable widths; a narrow panel scrolls sideways rather than truncating rules.
        t.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        t.setPrefHeight(180);
        return t;
    }

    static ComboBox<RulePreset> presets(ResourceBundle messages) {
        ComboBox<RulePreset> box = new ComboBox<>();
        box.getStyleClass().add("rule-presets");
        box.getItems().setAll(RulePreset.values());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(RulePreset p) {
                return p == null ? "" : messages.getString(p.messageKey());
            }

            @Override
            public RulePreset fromString(String s) {
                return null;
            }
        });
        box.setValue(RulePreset.SSH);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return box;
    }

    static Button button(ResourceBundle messages, String key, String styleClass, Runnable action) {
        Button b = new Button(messages.getString(key));
        b.getStyleClass().add(styleClass);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    static Label errorLine(ReadOnlyStringProperty error) {
        Label l = new Label();
        l.getStyleClass().add("rule-error");
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setPrefWidth(120);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.textProperty().bind(error);
        l.visibleProperty().bind(error.isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /**
     * The preset picker with Add / Duplicate / Remove above {@code table}, Delete and Shortcut+D on
     * the selected row, and the error line below: the same for the security group and NACL tables.
     */
    static <R> void addRowActions(javafx.scene.layout.VBox root, TableView<R> table, ResourceBundle messages,
                                  RuleRowActions actions, ReadOnlyStringProperty error) {
        java.util.function.Consumer<java.util.function.IntPredicate> withRow = action -> {
            int row = table.getSelectionModel().getSelectedIndex();
            if (row >= 0) {
                action.test(row);
            }
        };
        ComboBox<RulePreset> presets = presets(messages);
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(4, 4, presets,
                button(messages, "inspector.rules.add", "rule-add", () -> actions.add(presets.getValue())),
                button(messages, "inspector.rules.duplicate", "rule-duplicate", () -> withRow.accept(actions::duplicate)),
                button(messages, "inspector.rules.remove", "rule-remove", () -> withRow.accept(actions::remove)));
        bar.getStyleClass().add("rule-bar");
        table.setOnKeyPressed(e -> {
            if (table.getEditingCell() != null) {
                return;
            }
            if (e.getCode() == javafx.scene.input.KeyCode.DELETE || e.getCode() == javafx.scene.input.KeyCode.BACK_SPACE) {
                withRow.accept(actions::remove);
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.D && e.isShortcutDown()) {
                withRow.accept(actions::duplicate);
                e.consume();
            }
        });
        root.getChildren().addAll(bar, table, errorLine(error));
    }
}
