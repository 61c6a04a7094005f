package io.hopscope.ui.inspector;

import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * Fills a two-column grid with {@link PropertyField}s the way the properties form shows them: text
 * commits on Enter or focus loss and Esc reverts, pick lists and flags commit at once, and a refused
 * value shows its reason under the input. Node ids are {@code <prefix><key>} and {@code error-<prefix><key>}.
 */
final class FieldRows {

    private FieldRows() {
    }

    static void fill(GridPane grid, List<PropertyField> fields, String idPrefix) {
        fill(grid, fields, idPrefix, "error-" + idPrefix, FieldRows::input, true);
    }

    /**
     * The grid of label, input and error rows; {@code inputs} makes each input (the properties form
     * has its own pick lists), and labels wrap at 170 px when {@code wrapLabels}.
     */
    static void fill(GridPane grid, List<PropertyField> fields, String inputIdPrefix, String errorIdPrefix,
                     Function<PropertyField, Node> inputs, boolean wrapLabels) {
        // After Enter the form is rebuilt from the changed model; keep the caret in the same field.
        String focused = grid.getChildren().stream().filter(Node::isFocused).map(Node::getId).findFirst().orElse(null);
        grid.getChildren().clear();
        int row = 0;
        for (PropertyField f : fields) {
            Label label = new Label(f.label());
            label.getStyleClass().add("field-label");
            label.setMinWidth(Region.USE_PREF_SIZE);
            if (wrapLabels) {
                label.setWrapText(true);
                label.setMaxWidth(170);
            }
            Node input = inputs.apply(f);
            input.setId(inputIdPrefix + f.key());
            grid.add(label, 0, row);
            grid.add(input, 1, row);
            Label error = new Label();
            error.setId(errorIdPrefix + f.key());
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            // A long message wraps within the column instead of ending in "…": a small preferred
            // width keeps the column from asking for the whole line, and the height follows the lines.
            error.setPrefWidth(120);
            error.setMaxWidth(Double.MAX_VALUE);
            error.setMinHeight(Region.USE_PREF_SIZE);
            error.textProperty().bind(f.errorProperty());
            error.visibleProperty().bind(f.errorProperty().isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
            grid.add(error, 1, row + 1);
            row += 2;
            if (input.getId().equals(focused)) {
                input.requestFocus();
            }
        }
    }

    private static Node input(PropertyField f) {
        switch (f.kind()) {
            case CHOICE -> {
                ComboBox<Choice> box = new ComboBox<>();
                box.getItems().setAll(f.choices());
                f.choices().stream().filter(c -> c.value().equals(f.textProperty().get())).findFirst()
                        .ifPresent(box::setValue);
                box.setMaxWidth(Double.MAX_VALUE);
                box.setOnAction(e -> {
                    if (box.getValue() != null && !box.getValue().value().equals(f.textProperty().get())) {
                        f.textProperty().set(box.getValue().value());
                        f.commit();
                    }
                });
                return box;
            }
            case FLAG -> {
                return flag(f);
            }
            default -> {
                return text(f);
            }
        }
    }

    /** A flag commits at once; a refused change unticks it again. */
    static Node flag(PropertyField f) {
        CheckBox box = new CheckBox();
        box.setSelected(Boolean.parseBoolean(f.textProperty().get()));
        box.setOnAction(e -> {
            f.textProperty().set(Boolean.toString(box.isSelected()));
            if (!f.commit() && !f.getError().isEmpty()) {
                box.setSelected(!box.isSelected());
            }
        });
        return box;
    }

    /** Text commits on Enter or focus loss, Esc reverts, a refused value marks the field invalid. */
    static Node text(PropertyField f) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(f.textProperty());
        field.setEditable(f.kind() == FieldKind.TEXT);
        if (f.kind() == FieldKind.READ_ONLY) {
            field.getStyleClass().add("read-only");
            field.setFocusTraversable(false);
        }
        field.setOnAction(e -> f.commit());
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                f.commit();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                f.revert();
            }
        });
        f.errorProperty().addListener((obs, old, now) -> {
            if (now.isEmpty()) {
                field.getStyleClass().remove("invalid");
            } else if (!field.getStyleClass().contains("invalid")) {
                field.getStyleClass().add("invalid");
            }
        });
        return field;
    }
}
