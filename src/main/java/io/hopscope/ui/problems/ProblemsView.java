package io.hopscope.ui.problems;

import io.hopscope.check.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/**
 * The Problems tab under the canvas ({@code Problems.fxml}): severity, source (model, import or a
 * feature's feed), location and message of every row of {@link ProblemsViewModel}, live.
 * Double-click (or Enter) selects the culprit and asks the inspector to open its table at the rule,
 * or runs a feed row's action (also on the row's context menu).
 */
public final class ProblemsView {

    private final ProblemsViewModel viewModel;
    private final Consumer<Problem> reveal;
    private final Tab tab;

    @FXML private TableView<Problem> table;
    @FXML private TableColumn<Problem, Problem> severityColumn;
    @FXML private TableColumn<Problem, String> sourceColumn;
    @FXML private TableColumn<Problem, String> locationColumn;
    @FXML private TableColumn<Problem, String> messageColumn;

    public ProblemsView(ProblemsViewModel viewModel, ResourceBundle messages, Consumer<Problem> reveal) {
        this.viewModel = viewModel;
        this.reveal = reveal;
        FXMLLoader fxml = new FXMLLoader(ProblemsView.class.getResource("/io/hopscope/ui/problems/Problems.fxml"), messages);
        fxml.setController(this);
        try {
            tab = fxml.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load Problems.fxml", e);
        }
        severityColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        severityColumn.setCellFactory(c -> new SeverityCell());
        sourceColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(viewModel.sourceText(c.getValue())));
        locationColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().location()));
        messageColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(viewModel.messageText(c.getValue())));
        table.setItems(viewModel.getProblems());
        table.setRowFactory(t -> row());
        table.setOnKeyPressed(e -> {
            Problem p = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && p != null) {
                viewModel.open(p, reveal);
            }
        });
        tab.textProperty().bind(viewModel.titleBinding());
    }

    private TableRow<Problem> row() {
        TableRow<Problem> row = new TableRow<>();
        row.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                viewModel.open(row.getItem(), reveal);
            } else if (e.getButton() == MouseButton.SECONDARY && row.getContextMenu() != null
                    && !row.getContextMenu().isShowing()) {
                // Not every platform (headless Monocle among them) turns a right click into a context menu event.
                row.getContextMenu().show(row, e.getScreenX(), e.getScreenY());
            }
        });
        row.itemProperty().addListener((obs, old, p) -> row.setContextMenu(p == null ? null
                : viewModel.actionText(p).map(text -> {
                    MenuItem item = new MenuItem(text);
                    item.getStyleClass().add("problem-action");
                    item.setOnAction(e -> viewModel.open(p, reveal));
                    return new ContextMenu(item);
                }).orElse(null)));
        return row;
    }

    public Tab getTab() {
        return tab;
    }

    public TableView<Problem> getTable() {
        return table;
    }

    public ProblemsViewModel getViewModel() {
        return viewModel;
    }

    /** An icon by shape and colour, so severity reads without colour too. */
    private final class SeverityCell extends TableCell<Problem, Problem> {
        @Override
        protected void updateItem(Problem p, boolean empty) {
            super.updateItem(p, empty);
            getStyleClass().removeAll("severity-error", "severity-warning");
            if (empty || p == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label icon = new Label(p.isError() ? "\u2716" : "\u25B2");
            icon.getStyleClass().add(p.isError() ? "problem-icon-error" : "problem-icon-warning");
            setGraphic(icon);
            setText(viewModel.severityText(p));
            getStyleClass().add(p.isError() ? "severity-error" : "severity-warning");
        }
    }
}
