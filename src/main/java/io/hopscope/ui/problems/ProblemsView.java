package io.hopscope.ui.problems;

import io.hopscope.check.Problem;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;

/**
 * The Problems tab under the canvas: severity, source (model or import), location and message of
 * every model problem and every note of the last AWS import, live.
 * Double-click (or Enter) selects the culprit and asks the inspector to open its table at the rule.
 */
public final class ProblemsView {

    private final ProblemsViewModel viewModel;
    private final TableView<Problem> table = new TableView<>();
    private final Tab tab;

    public ProblemsView(ProblemsViewModel viewModel, ResourceBundle messages, Consumer<Problem> reveal) {
        this.viewModel = viewModel;
        table.setId("problems-table");
        table.getStyleClass().add("problems-table");
        table.setPlaceholder(new Label(messages.getString("problems.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<Problem, Problem> severity = new TableColumn<>(messages.getString("problems.col.severity"));
        severity.setId("severity");
        severity.setPrefWidth(90);
        severity.setMaxWidth(120);
        severity.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        severity.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().removeAll("severity-error", "severity-warning");
                if (empty || p == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                // An icon by shape and colour, so severity reads without colour too.
                Label icon = new Label(p.isError() ? "\u2716" : "\u25B2");
                icon.getStyleClass().add(p.isError() ? "problem-icon-error" : "problem-icon-warning");
                setGraphic(icon);
                setText(viewModel.severityText(p));
                getStyleClass().add(p.isError() ? "severity-error" : "severity-warning");
            }
        });
        TableColumn<Problem, String> source = new TableColumn<>(messages.getString("problems.col.source"));
        source.setId("source");
        source.setPrefWidth(80);
        source.setMaxWidth(110);
        source.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(viewModel.sourceText(c.getValue())));
        TableColumn<Problem, String> location = new TableColumn<>(messages.getString("problems.col.location"));
        location.setId("location");
        location.setPrefWidth(300);
        location.setMaxWidth(420);
        location.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().location()));
        TableColumn<Problem, String> message = new TableColumn<>(messages.getString("problems.col.message"));
        message.setId("message");
        message.setPrefWidth(700);
        message.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().message()));
        table.getColumns().setAll(List.of(severity, source, location, message));
        table.setItems(viewModel.getProblems());
        table.setRowFactory(t -> {
            TableRow<Problem> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem(), reveal);
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            Problem p = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && p != null) {
                open(p, reveal);
            }
        });

        tab = new Tab();
        tab.setId("problems-tab");
        tab.textProperty().bind(viewModel.titleBinding());
        tab.setContent(table);
    }

    private void open(Problem p, Consumer<Problem> reveal) {
        // An import note's JSON path points into the AWS files, not at a rule of the model: select only.
        if (viewModel.selectCulprit(p) && !viewModel.isImportNote(p)) {
            reveal.accept(p);
        }
    }

    public Tab getTab() {
        return tab;
    }

    public TableView<Problem> getTable() {
        return table;
    }
}
