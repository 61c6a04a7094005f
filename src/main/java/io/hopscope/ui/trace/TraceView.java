package io.hopscope.ui.trace;

import io.hopscope.edit.Edit;
import io.hopscope.engine.Blocker;
import io.hopscope.ui.canvas.DiagramCanvasView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The trace explorer panel ({@code TracePanel.fxml}): asks the question, lists the hops, steps and
 * plays through them, explains the current hop, lists blockers with "Apply fix", exports. All
 * state is in {@link TraceViewModel}; this class wires controls, keys, the clipboard and files.
 */
public final class TraceView {

    private final TraceViewModel viewModel;
    private final ResourceBundle messages;
    private final VBox root;
    private final TraceExport export;
    private RuleRevealer ruleRevealer = RuleRevealer.NONE;
    private Tab tab;

    @FXML private ComboBox<String> fromBox;
    @FXML private ComboBox<String> toBox;
    @FXML private ToggleButton pickButton;
    @FXML private ComboBox<String> protocolBox;
    @FXML private TextField portField;
    @FXML private ComboBox<PortPreset> presetBox;
    @FXML private ComboBox<ClientChoice> clientBox;
    @FXML private TextField sourcePortField;
    @FXML private Button traceButton;
    @FXML private MenuButton exportButton;
    @FXML private Button keepButton;
    @FXML private MenuButton keptButton;
    @FXML private Label errorLabel;
    @FXML private Label verdictLabel;
    @FXML private TableView<HopRow> hopTable;
    @FXML private Button firstButton;
    @FXML private Button previousButton;
    @FXML private ToggleButton playButton;
    @FXML private ToggleButton enlargeButton;
    @FXML private FlowPane queryForm;
    @FXML private Button nextButton;
    @FXML private Button lastButton;
    @FXML private Slider speedSlider;
    @FXML private Label hopTitleLabel;
    @FXML private Label explanationLabel;
    @FXML private Label blockersTitle;
    @FXML private VBox blockersBox;

    public TraceView(TraceViewModel viewModel, ResourceBundle messages, DiagramCanvasView canvas) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.export = new TraceExport(viewModel, messages);
        FXMLLoader fxml = new FXMLLoader(TraceView.class.getResource("/io/hopscope/ui/trace/TracePanel.fxml"), messages);
        fxml.setController(this);
        try {
            root = fxml.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load TracePanel.fxml", e);
        }
        bindQuery();
        bindResult();
        new TracePlayback(viewModel, playButton.selectedProperty(), speedSlider.valueProperty());
        playButton.textProperty().bind(javafx.beans.binding.Bindings.when(playButton.selectedProperty())
                .then(messages.getString("trace.pause.short")).otherwise(messages.getString("trace.play.short")));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::stepKeys);
        TraceKeys.enlargeWith(enlargeButton, root);
        TraceKeys.roomWhileTracing(viewModel, hopTable, root);
        if (canvas != null) {
            new TraceCanvasLink(viewModel, canvas, messages);
        }
    }

    private void bindQuery() {
        fromBox.setItems(viewModel.getEndpointChoices());
        toBox.setItems(viewModel.getEndpointChoices());
        fromBox.valueProperty().bindBidirectional(viewModel.fromProperty());
        toBox.valueProperty().bindBidirectional(viewModel.toProperty());
        pickButton.selectedProperty().bindBidirectional(viewModel.pickingDestinationProperty());
        protocolBox.getItems().setAll("tcp", "udp", "icmp", "all");
        protocolBox.valueProperty().bindBidirectional(viewModel.protocolProperty());
        portField.textProperty().bindBidirectional(viewModel.portProperty());
        presetBox.getItems().setAll(PortPreset.values());
        presetBox.valueProperty().addListener((obs, old, preset) -> {
            if (preset != null) {
                viewModel.usePreset(preset);
            }
        });
        clientBox.getItems().setAll(ClientChoice.values());
        clientBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(ClientChoice c) {
                return c == null ? "" : messages.getString(c.messageKey());
            }

            @Override
            public ClientChoice fromString(String s) {
                return null;
            }
        });
        clientBox.valueProperty().bindBidirectional(viewModel.clientProperty());
        sourcePortField.textProperty().bindBidirectional(viewModel.customSourcePortProperty());
        sourcePortField.disableProperty().bind(viewModel.clientProperty().isNotEqualTo(ClientChoice.CUSTOM));
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && TraceKeys.inForm(e, queryForm)) {
                e.consume();
                onTrace();
            }
        });
    }

    private void bindResult() {
        HopTable.configure(hopTable, messages);
        hopTable.setItems(viewModel.getRows());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        errorLabel.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        verdictLabel.textProperty().bind(viewModel.verdictProperty());
        viewModel.traceProperty().addListener((obs, old, t) -> {
            verdictLabel.getStyleClass().removeAll("trace-pass", "trace-fail", "trace-partial", "trace-unknown");
            if (t != null) {
                verdictLabel.getStyleClass().add(TraceVerdicts.styleClass(t.verdict()));
            }
        });
        hopTitleLabel.textProperty().bind(viewModel.hopTitleProperty());
        explanationLabel.textProperty().bind(viewModel.explanationProperty());
        hopTable.getSelectionModel().selectedIndexProperty().addListener((obs, old, i) -> {
            if (i.intValue() >= 0) {
                viewModel.currentIndexProperty().set(i.intValue());
            }
        });
        viewModel.currentIndexProperty().addListener((obs, old, i) -> selectRow(i.intValue()));
        viewModel.getRows().addListener((ListChangeListener<HopRow>) c -> selectRow(viewModel.currentIndexProperty().get()));
        viewModel.currentRowProperty().addListener((obs, old, row) -> {
            if (row != null) {
                ruleRevealer.reveal(row.hop());
            }
        });
        viewModel.getBlockers().addListener((ListChangeListener<Blocker>) c -> renderBlockers());
        viewModel.getPortFixes().addListener((ListChangeListener<Edit>) c -> renderBlockers());
        renderBlockers();
        exportButton.disableProperty().bind(viewModel.traceProperty().isNull());
        keepButton.disableProperty().bind(viewModel.traceProperty().isNull());
        KeptTracesMenu.bind(keptButton, viewModel, messages);
        for (javafx.scene.control.ButtonBase b : new javafx.scene.control.ButtonBase[] {
                firstButton, previousButton, playButton, nextButton, lastButton}) {
            b.disableProperty().bind(viewModel.traceProperty().isNull());
        }
    }

    private void selectRow(int index) {
        if (index < 0 || index >= hopTable.getItems().size()) {
            hopTable.getSelectionModel().clearSelection();
            return;
        }
        if (hopTable.getSelectionModel().getSelectedIndex() != index) {
            hopTable.getSelectionModel().clearAndSelect(index);
        }
        hopTable.getFocusModel().focus(index);
        hopTable.scrollTo(Math.max(0, index - 2));
    }

    private void renderBlockers() {
        BlockerList.render(blockersBox, viewModel.getBlockers(), viewModel, messages);
        blockersTitle.setVisible(!viewModel.getBlockers().isEmpty() || !viewModel.getPortFixes().isEmpty());
        blockersTitle.setManaged(blockersTitle.isVisible());
    }

    /** Left/Right step, Home/End jump, Space plays or pauses; typing in a field is left alone. */
    private void stepKeys(KeyEvent e) {
        if (TraceKeys.ownedByTarget(e) || viewModel.getRows().isEmpty()) {
            return;
        }
        boolean used = switch (e.getCode()) {
            case RIGHT, PAGE_DOWN -> { viewModel.next(); yield true; }
            case LEFT, PAGE_UP -> { viewModel.previous(); yield true; }
            case HOME -> { viewModel.first(); yield true; }
            case END -> { viewModel.last(); yield true; }
            case SPACE -> { playButton.setSelected(!playButton.isSelected()); yield true; }
            default -> false;
        };
        if (used) {
            e.consume();
        }
    }

    /** The "Trace" tab for the main window's bottom panel. */
    public Tab createTab() {
        if (tab == null) {
            tab = new Tab(messages.getString("trace.tab"), root);
            tab.setId("trace-tab");
            tab.setClosable(false);
        }
        return tab;
    }

    /** Help > Tour: the built-in tour; {@code opener} opens the sample when another diagram is open. */
    public void startTour(Consumer<Path> opener) {
        TourLauncher.start(this, messages, opener);
    }

    /** Ctrl+T: traces when From and To are filled in, else brings the form forward to fill it. */
    public void runOrAsk() {
        if (viewModel.fromProperty().get().isBlank() || viewModel.toProperty().get().isBlank()) {
            focusQuery();
        } else {
            if (tab != null && tab.getTabPane() != null) {
                tab.getTabPane().getSelectionModel().select(tab);
            }
            onTrace();
        }
    }

    /** Brings the trace panel forward with the source field focused. */
    public void focusQuery() {
        if (tab != null && tab.getTabPane() != null) {
            tab.getTabPane().getSelectionModel().select(tab);
        }
        Platform.runLater(fromBox::requestFocus);
    }

    /** Where the current hop's deciding rule is shown; the inspector plugs in here. */
    /** The rule list a hop's direction reads: ingress hops decide by inbound rules, egress by outbound. */
    public void setRuleRevealer(RuleRevealer revealer) {
        ruleRevealer = revealer == null ? RuleRevealer.NONE : revealer;
    }

    public VBox getRoot() {
        return root;
    }

    public TraceViewModel getViewModel() {
        return viewModel;
    }

    /** Traces what the fields ask (the Trace button, Enter in a field, Trace > Run). */
    @FXML
    /** Trace > Run Trace (Ctrl+Shift+T) and the Trace button. */
    public void onTrace() {
        // An editable combo box keeps typed text in its editor until committed.
        fromBox.commitValue();
        toBox.commitValue();
        protocolBox.commitValue();
        viewModel.traceNow();
        if (!viewModel.getRows().isEmpty()) {
            hopTable.requestFocus();
        }
    }

    @FXML
    private void onKeep() {
        viewModel.keepShown();
    }

    @FXML private void onFirst() { viewModel.first(); }
    @FXML private void onPrevious() { viewModel.previous(); }
    @FXML private void onNext() { viewModel.next(); }
    @FXML private void onLast() { viewModel.last(); }

    @FXML private void onCopyText() { export.copyText(); }
    @FXML private void onCopyJson() { export.copyJson(); }
    @FXML private void onSaveText() { export.saveText(root.getScene().getWindow()); }
    @FXML private void onSaveJson() { export.saveJson(root.getScene().getWindow()); }
}
