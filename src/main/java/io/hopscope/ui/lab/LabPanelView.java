package io.hopscope.ui.lab;

import io.hopscope.reach.Counterexample;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The lab side panel: goal, the live status of each assertion (a failing one's trace one click
 * away), hints one at a time, Check, Reset, Save attempt and Close.
 */
public final class LabPanelView {

    public static final String ASSERTION_STYLE = "lab-assertion";

    private final LabPanelViewModel viewModel;
    private final ResourceBundle messages;
    private final BorderPane root;
    private Consumer<Counterexample> traceOpener = x -> { };
    private Runnable saver = () -> { };
    private Runnable closer = () -> { };

    @FXML private ScrollPane scroll;
    @FXML private Label titleLabel;
    @FXML private Label factsLabel;
    @FXML private Label goalLabel;
    @FXML private Label statusLabel;
    @FXML private VBox assertionsBox;
    @FXML private VBox violationsBox;
    @FXML private VBox hintsBox;
    @FXML private Button hintButton;
    @FXML private Label resultLabel;
    @FXML private Label explanationLabel;

    public LabPanelView(LabPanelViewModel viewModel, ResourceBundle messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        FXMLLoader fxml = new FXMLLoader(LabPanelView.class.getResource("/io/hopscope/ui/lab/LabPanel.fxml"), messages);
        fxml.setController(this);
        try {
            root = fxml.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load LabPanel.fxml", e);
        }
        root.getStylesheets().add(LabPanelView.class.getResource("/io/hopscope/ui/lab/lab.css").toExternalForm());
        titleLabel.setText(viewModel.title());
        factsLabel.setText(viewModel.facts());
        goalLabel.setText(viewModel.goal());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        resultLabel.textProperty().bind(viewModel.resultProperty());
        explanationLabel.textProperty().bind(viewModel.explanationProperty());
        explanationLabel.visibleProperty().bind(viewModel.explanationProperty().isNotEmpty());
        explanationLabel.managedProperty().bind(explanationLabel.visibleProperty());
        viewModel.solvedProperty().addListener((obs, was, now) -> {
            resultLabel.getStyleClass().remove("lab-solved");
            if (now) {
                resultLabel.getStyleClass().add("lab-solved");
                // The explanation is the reward: bring it into view.
                javafx.application.Platform.runLater(() -> scrollTo(explanationLabel));
            }
        });
        hintButton.disableProperty().bind(viewModel.moreHintsProperty().not());
        hintButton.setText(viewModel.hintButtonText());
        viewModel.getRows().addListener((ListChangeListener<AssertionRow>) c -> showRows());
        viewModel.getViolations().addListener((ListChangeListener<String>) c -> showViolations());
        showRows();
    }

    private void showRows() {
        assertionsBox.getChildren().clear();
        for (AssertionRow row : viewModel.getRows()) {
            Label mark = new Label(row.mark());
            mark.getStyleClass().add(row.holds() == null ? "lab-pending" : row.holds() ? "lab-pass" : "lab-fail");
            mark.setMinWidth(18);
            Label label = new Label(row.label());
            label.setWrapText(true);
            VBox text = new VBox(2, label);
            if (!row.detail().isEmpty()) {
                Label detail = new Label(row.detail());
                detail.setWrapText(true);
                detail.getStyleClass().add("lab-assertion-detail");
                text.getChildren().add(detail);
            }
            if (row.counterexample() != null) {
                Hyperlink trace = new Hyperlink(messages.getString("lab.panel.showTrace"));
                trace.getStyleClass().add("lab-show-trace");
                trace.setOnAction(e -> traceOpener.accept(row.counterexample()));
                text.getChildren().add(trace);
            }
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox line = new HBox(6, mark, text);
            line.getStyleClass().add(ASSERTION_STYLE);
            assertionsBox.getChildren().add(line);
        }
    }

    private void showViolations() {
        violationsBox.getChildren().clear();
        for (String v : viewModel.getViolations()) {
            Label l = new Label("✗ " + v);
            l.setWrapText(true);
            l.getStyleClass().add("lab-violation");
            violationsBox.getChildren().add(l);
        }
    }

    @FXML
    private void onHint() {
        if (viewModel.revealHint()) {
            Label hint = new Label(viewModel.getHints().get(viewModel.getHints().size() - 1));
            hint.setWrapText(true);
            hint.getStyleClass().add("lab-hint");
            hintsBox.getChildren().add(hint);
            javafx.application.Platform.runLater(() -> scrollTo(hintButton));
        }
        hintButton.setText(viewModel.hintButtonText());
    }

    /** Scrolls the panel so that {@code node} (inside it) is in view. */
    public void scrollTo(Node node) {
        Node content = scroll.getContent();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewHeight = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewHeight) {
            return;
        }
        double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMaxY();
        scroll.setVvalue(Math.max(0, Math.min(1, (y - viewHeight) / (contentHeight - viewHeight))));
    }

    @FXML
    private void onCheck() {
        viewModel.check();
    }

    @FXML
    private void onReset() {
        viewModel.reset();
    }

    @FXML
    private void onSave() {
        saver.run();
    }

    @FXML
    private void onClose() {
        closer.run();
    }

    public void setTraceOpener(Consumer<Counterexample> opener) {
        this.traceOpener = opener;
    }

    public void setSaver(Runnable saver) {
        this.saver = saver;
    }

    public void setCloser(Runnable closer) {
        this.closer = closer;
    }

    public BorderPane getRoot() {
        return root;
    }

    public LabPanelViewModel getViewModel() {
        return viewModel;
    }
}
