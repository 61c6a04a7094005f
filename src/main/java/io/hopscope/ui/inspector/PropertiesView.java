package io.hopscope.ui.inspector;

import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;

/**
 * The properties form: a label, an input and, under it, the validation message of each field. Text
 * fields commit on Enter or when focus leaves them, Esc puts the model's value back; pick lists
 * and flags commit at once. Node ids are {@code field-<key>} and {@code error-<key>}.
 */
public final class PropertiesView {

    private final PropertiesViewModel viewModel;
    private final VBox root = new VBox(6);
    private final Label heading = new Label();
    private final GridPane grid = new GridPane();
    /** The check list a tick just committed: it opens again once the form is rebuilt. */
    private String reopen;

    public PropertiesView(PropertiesViewModel viewModel) {
        this.viewModel = viewModel;
        root.getStyleClass().add("properties-view");
        heading.getStyleClass().add("inspector-heading");
        heading.textProperty().bind(viewModel.headingProperty());
        grid.getStyleClass().add("properties-grid");
        grid.setHgap(8);
        grid.setVgap(2);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, inputs);
        root.getChildren().addAll(heading, grid);
        viewModel.getFields().addListener((ListChangeListener<PropertyField>) c -> rebuild());
        rebuild();
    }

    public Node getRoot() {
        return root;
    }

    private void rebuild() {
        // After Enter the form is rebuilt from the changed model; keep the caret in the same field.
        String focused = grid.getChildren().stream().filter(Node::isFocused).map(Node::getId).findFirst().orElse(null);
        grid.getChildren().clear();
        int row = 0;
        for (PropertyField f : viewModel.getFields()) {
            Label label = new Label(f.label());
            label.getStyleClass().add("field-label");
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Node input = input(f);
            input.setId("field-" + f.key());
            grid.add(label, 0, row);
            grid.add(input, 1, row);
            Label error = new Label();
            error.setId("error-" + f.key());
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            // A long message wraps within the column instead of ending in "…": a small preferred
            // width keeps the column from asking for the whole line, and the height follows the lines.
            error.setPrefWidth(120);
            error.setMaxWidth(Double.MAX_VALUE);
            error.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
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

    /**
     * Several picks (an interface's security groups): each tick commits one undoable edit; the form
     * is rebuilt from the changed model, so the list opens again on the new control for the next tick.
     */
    private Node checks(PropertyField f) {
        CheckComboBox<Choice> box = new CheckComboBox<>();
        box.getItems().setAll(f.choices());
        box.setMaxWidth(Double.MAX_VALUE);
        List<String> on = f.checkedValues();
        f.choices().stream().filter(c -> on.contains(c.value())).forEach(box.getCheckModel()::check);
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<Choice>) c -> {
            // Read from the items: while a tick is cleared, the checked-items list can hold a null.
            List<String> ticked = box.getItems().stream().filter(box.getCheckModel()::isChecked).map(Choice::value).toList();
            reopen = "field-" + f.key();
            if (!f.commitChecked(ticked)) {
                reopen = null;
            }
        });
        if (("field-" + f.key()).equals(reopen)) {
            reopen = null;
            Platform.runLater(() -> reopen(box));
        }
        return box;
    }

    /** Opens the rebuilt list once it is on screen with its skin; a form rebuilt again meanwhile drops it. */
    private static void reopen(CheckComboBox<Choice> box) {
        if (box.getScene() == null) {
            return;
        }
        box.requestFocus();
        if (box.getSkin() != null) {
            box.show();
        } else {
            box.skinProperty().addListener((obs, old, skin) -> {
                if (skin != null && box.getScene() != null) {
                    Platform.runLater(box::show);
                }
            });
        }
    }

    private Node input(PropertyField f) {
        switch (f.kind()) {
            case CHOICE -> {
                ComboBox<Choice> box = new org.controlsfx.control.SearchableComboBox<>();
                box.getItems().setAll(f.choices());
                f.choices().stream().filter(c -> c.value().equals(f.textProperty().get())).findFirst()
                        .ifPresent(box::setValue);
                box.setMaxWidth(Double.MAX_VALUE);
                box.setOnAction(e -> {
                    if (box.getValue() != null) {
                        f.textProperty().set(box.getValue().value());
                        f.commit();
                    }
                });
                return box;
            }
            case CHECKS -> {
                return checks(f);
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
