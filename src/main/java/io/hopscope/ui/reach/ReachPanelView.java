package io.hopscope.ui.reach;

import io.hopscope.ui.canvas.DiagramCanvasView;
import io.hopscope.ui.canvas.ReachMarks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;

/**
 * The reachability panel ({@code ReachPanel.fxml}) in a tab of the bottom panel, and its two
 * entries on the canvas's context menu. Clicking a row (or Enter on it) runs its example packet in
 * the trace explorer; selecting one with the arrow keys marks its path on the canvas.
 */
public final class ReachPanelView {
    /** Style classes of the context menu items, for tests. */
    public static final String WHO_ITEM = "reach-who-item";
    public static final String WHAT_ITEM = "reach-what-item";

    private final ReachPanelViewModel viewModel;
    private final ResourceBundle messages;
    private final BorderPane root;
    private final Tab tab;

    @FXML private Label titleLabel;
    @FXML private ComboBox<String> protocolBox;
    @FXML private TextField portsField;
    @FXML private Button askButton;
    @FXML private Button cancelButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private TableView<ReachRow> table;
    @FXML private TableColumn<ReachRow, String> sourceColumn;
    @FXML private TableColumn<ReachRow, String> destinationColumn;
    @FXML private TableColumn<ReachRow, String> protocolColumn;
    @FXML private TableColumn<ReachRow, String> portsColumn;
    @FXML private TableColumn<ReachRow, String> verdictColumn;
    @FXML private TableColumn<ReachRow, String> addressesColumn;
    @FXML private TableColumn<ReachRow, String> allowedColumn;

    public ReachPanelView(ReachPanelViewModel viewModel, ResourceBundle messages, DiagramCanvasView canvas) {
        this.viewModel = viewModel;
        this.messages = messages;
        FXMLLoader fxml = new FXMLLoader(ReachPanelView.class.getResource("/io/hopscope/ui/reach/ReachPanel.fxml"), messages);
        fxml.setController(this);
        try {
            root = fxml.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load ReachPanel.fxml", e);
        }
        root.getStylesheets().add(ReachPanelView.class.getResource("/io/hopscope/ui/reach/reach.css").toExternalForm());
        tab = new Tab(messages.getString("reach.tab"), root);
        tab.setId("reach-tab");
        tab.setClosable(false);
        bind();
        if (canvas != null) {
            ReachMarks marks = new ReachMarks(canvas);
            viewModel.highlightProperty().addListener((obs, old, h) -> marks.show(h.sources(), h.targets(), h.paths()));
            canvas.contextMenu().contribute(this::menuItems);
        }
    }

    private void bind() {
        titleLabel.textProperty().bind(viewModel.titleProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        protocolBox.getItems().setAll("all", "tcp", "udp", "icmp", "icmpv6");
        // The value stays the protocol's name ("all"), which is what the question parses; only its word is translated.
        String allWord = messages.getString("reach.protocol.all");
        protocolBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : value.equals("all") ? allWord : value;
            }

            @Override
            public String fromString(String text) {
                return text != null && text.trim().equals(allWord) ? "all" : text;
            }
        });
        protocolBox.valueProperty().bindBidirectional(viewModel.protocolProperty());
        portsField.textProperty().bindBidirectional(viewModel.portsProperty());
        portsField.setOnAction(e -> onAsk());
        protocolBox.setOnAction(e -> {
            if (viewModel.subjectId() != null && !viewModel.runningProperty().get()) {
                onAsk();
            }
        });
        askButton.disableProperty().bind(viewModel.titleProperty().isEmpty());
        cancelButton.disableProperty().bind(viewModel.runningProperty().not());
        progressBar.visibleProperty().bind(viewModel.runningProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        table.setItems(viewModel.getRows());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        column(sourceColumn, ReachRow::source);
        column(destinationColumn, ReachRow::destination);
        column(protocolColumn, ReachRow::protocol);
        column(portsColumn, ReachRow::ports);
        column(verdictColumn, r -> messages.getString("reach.verdict." + r.verdict().name()));
        column(addressesColumn, ReachRow::addresses);
        column(allowedColumn, ReachRow::allowedBy);
        verdictColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().removeAll("reach-verdict-REACHABLE", "reach-verdict-PORT_DEPENDENT", "reach-verdict-UNKNOWN");
                ReachRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : text);
                if (row != null) {
                    getStyleClass().add("reach-verdict-" + row.verdict().name());
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> viewModel.selectedProperty().set(row));
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (row != table.getSelectionModel().getSelectedItem()) {
                if (row == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(row);
                }
            }
        });
        table.setRowFactory(t -> {
            TableRow<ReachRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !row.isEmpty()) {
                    viewModel.traceRow(row.getItem());
                }
            });
            row.itemProperty().addListener((obs, old, item) -> row.setTooltip(item == null ? null
                    : new Tooltip(messages.getString("reach.row.tooltip"))));
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                viewModel.traceRow(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
    }

    private static void column(TableColumn<ReachRow, String> c, Function<ReachRow, String> value) {
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
    }

    private List<MenuItem> menuItems(String id) {
        if (id == null || !viewModel.canAsk(id)) {
            return List.of();
        }
        MenuItem who = new MenuItem(messages.getString("reach.menu.who"));
        who.getStyleClass().add(WHO_ITEM);
        who.setOnAction(e -> ask(id, ReachDirection.WHO_CAN_REACH));
        MenuItem what = new MenuItem(messages.getString("reach.menu.what"));
        what.getStyleClass().add(WHAT_ITEM);
        what.setOnAction(e -> ask(id, ReachDirection.WHAT_CAN_IT_REACH));
        return List.of(who, what);
    }

    /** Asks about {@code id} and brings the panel forward, the row list focused. */
    public void ask(String id, ReachDirection direction) {
        viewModel.ask(id, direction);
        if (tab.getTabPane() != null) {
            tab.getTabPane().getSelectionModel().select(tab);
        }
        // After the context menu has closed and handed the focus back to the canvas.
        javafx.application.Platform.runLater(() -> javafx.application.Platform.runLater(() -> {
            table.requestFocus();
            PanelRoom.ensureRows(table, 4);
        }));
    }

    @FXML
    private void onAsk() {
        protocolBox.commitValue();
        viewModel.rerun();
    }

    @FXML
    private void onCancel() {
        viewModel.cancel();
    }

    public Tab getTab() {
        return tab;
    }

    public TableView<ReachRow> getTable() {
        return table;
    }

    public ReachPanelViewModel getViewModel() {
        return viewModel;
    }
}
