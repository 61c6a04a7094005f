package io.hopscope.ui.inspector;

import java.util.List;
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
        String focused = grid.getChildren().stream().filter(Node::isFocused).map(Node::getId).findFirst().orElse(null);
        grid.getChildren().clear();
        int row = 0;
        for (PropertyField f : fields) {
            Label label = new Label(f.label());
            label.getStyleClass().add("field-label");
            label.setMinWidth(Region.USE_PREF_SIZE);
            label.setWrapText(true);
            label.setMaxWidth(170);
            Node input = input(f);
            input.setId(idPrefix + f.key());
            grid.add(label, 0, row);
            grid.add(input, 1, row);
            Label error = new Label();
            error.setId("error-" + idPrefix + f.key());
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
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
            default -> {
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
    }
}
