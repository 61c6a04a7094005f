package io.hopscope.ui.inspector;

import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
        FieldRows.fill(grid, viewModel.getFields(), "field-", "error-", this::input, false);
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
                return FieldRows.flag(f);
            }
            default -> {
                return FieldRows.text(f);
            }
        }
    }
}
