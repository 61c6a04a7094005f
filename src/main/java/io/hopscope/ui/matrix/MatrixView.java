package io.hopscope.ui.matrix;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Paint;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * View > Reachability Matrix: a window of its own ({@code Matrix.fxml}) beside the main window, so
 * the trace explorer there shows the pair a cell stands for while the grid stays in sight. Thin
 * over {@link MatrixViewModel}; the grid is {@link MatrixGridView}. Esc cancels a run, or closes.
 */
public final class MatrixView {
    private final MatrixViewModel viewModel;
    private final ResourceBundle messages;
    private final BorderPane root;
    private final MatrixGridView grid;
    private final Map<MatrixVerdict, Region> swatches = new EnumMap<>(MatrixVerdict.class);
    private Stage stage;

    @FXML private Label serviceLabel;
    @FXML private Label fromLabel;
    @FXML private Label toLabel;
    @FXML private TextField serviceField;
    @FXML private TextField fromField;
    @FXML private TextField toField;
    @FXML private Button computeButton;
    @FXML private Button cancelButton;
    @FXML private Button exportButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label serviceError;
    @FXML private Label fromError;
    @FXML private Label toError;
    @FXML private HBox staleBar;
    @FXML private StackPane gridHost;
    @FXML private Label placeholder;
    @FXML private FlowPane legend;
    @FXML private Label cellText;
    @FXML private Label statusLabel;

    public MatrixView(MatrixViewModel viewModel, ResourceBundle messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        FXMLLoader fxml = new FXMLLoader(MatrixView.class.getResource("/io/hopscope/ui/matrix/Matrix.fxml"), messages);
        fxml.setController(this);
        try {
            root = fxml.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load Matrix.fxml", e);
        }
        grid = new MatrixGridView(viewModel);
        gridHost.getChildren().add(0, grid);
        bind();
    }

    private void bind() {
        serviceLabel.setLabelFor(serviceField);
        fromLabel.setLabelFor(fromField);
        toLabel.setLabelFor(toField);
        serviceField.textProperty().bindBidirectional(viewModel.serviceProperty());
        fromField.textProperty().bindBidirectional(viewModel.fromProperty());
        toField.textProperty().bindBidirectional(viewModel.toProperty());
        error(serviceField, serviceError, viewModel.serviceErrorProperty());
        error(fromField, fromError, viewModel.fromErrorProperty());
        error(toField, toError, viewModel.toErrorProperty());
        computeButton.disableProperty().bind(viewModel.validProperty().not());
        cancelButton.disableProperty().bind(viewModel.runningProperty().not());
        exportButton.disableProperty().bind(viewModel.gridProperty().isNull().or(viewModel.runningProperty()));
        progressBar.visibleProperty().bind(viewModel.runningProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        staleBar.visibleProperty().bind(viewModel.staleProperty().and(viewModel.runningProperty().not()));
        placeholder.visibleProperty().bind(viewModel.gridProperty().isNull());
        grid.visibleProperty().bind(viewModel.gridProperty().isNotNull());
        cellText.textProperty().bind(viewModel.focusTextProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        for (Node n : List.of(serviceError, fromError, toError, staleBar, progressBar)) {
            n.managedProperty().bind(n.visibleProperty());
        }
        for (MatrixVerdict v : MatrixVerdict.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("matrix-swatch", v.styleClass());
            swatch.backgroundProperty().addListener((obs, old, now) -> paints());
            swatches.put(v, swatch);
            Label l = new Label(messages.getString(v.messageKey()), swatch);
            l.getStyleClass().add("matrix-legend-label");
            l.textFillProperty().addListener((obs, old, now) -> paints());
            legend.getChildren().add(l);
        }
        // Focus the grid once the first answer is in: arrows and Enter work at once.
        viewModel.gridProperty().addListener((obs, old, now) -> {
            if (old == null && now != null) {
                grid.canvas().requestFocus();
            }
        });
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                if (viewModel.runningProperty().get()) {
                    viewModel.cancel();
                } else if (stage != null) {
                    stage.hide();
                }
                e.consume();
            }
        });
    }

    private static void error(TextField field, Label label, javafx.beans.value.ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        Runnable mark = () -> {
            field.getStyleClass().remove("invalid");
            if (!text.get().isEmpty()) {
                field.getStyleClass().add("invalid");
            }
        };
        text.addListener((obs, old, now) -> mark.run());
        mark.run();
    }

    /** The grid's colours: the verdict swatches' backgrounds and the legend's text, as the theme styled them. */
    private void paints() {
        Map<MatrixVerdict, Paint> colours = new EnumMap<>(MatrixVerdict.class);
        swatches.forEach((v, s) -> {
            if (s.getBackground() != null && !s.getBackground().getFills().isEmpty()) {
                colours.put(v, s.getBackground().getFills().get(0).getFill());
            }
        });
        Paint text = ((Label) legend.getChildren().get(0)).getTextFill();
        grid.setPaints(colours, text, text);
    }

    /** Shows the window beside {@code owner} (made on first use, styled like it), the service field focused. */
    public void show(Window owner) {
        if (stage == null) {
            stage = new Stage();
            stage.setTitle(messages.getString("matrix.title"));
            Scene scene = new Scene(root, 760, 520);
            if (owner != null) {
                stage.initOwner(owner);
                stage.setWidth(Math.min(760, Math.max(480, owner.getWidth() - 40)));
                stage.setHeight(Math.min(560, Math.max(360, owner.getHeight() - 40)));
                if (owner.getScene() != null) {
                    javafx.collections.ObservableList<String> theme = owner.getScene().getStylesheets();
                    Runnable restyle = () -> {
                        scene.getStylesheets().setAll(theme);
                        scene.getStylesheets().add(stylesheet());
                    };
                    theme.addListener((ListChangeListener<String>) c -> restyle.run());
                    restyle.run();
                }
            } else {
                scene.getStylesheets().add(stylesheet());
            }
            stage.setScene(scene);
        }
        stage.show();
        stage.toFront();
        focusInside();
        // Once more after the window system has shown it: some (and headless Monocle) hand the
        // focus to a new window only on a later pulse.
        javafx.application.Platform.runLater(this::focusInside);
    }

    private void focusInside() {
        stage.requestFocus();
        if (viewModel.gridProperty().get() == null) {
            serviceField.requestFocus();
            serviceField.selectAll();
        } else {
            grid.canvas().requestFocus();
        }
    }

    private static String stylesheet() {
        return MatrixView.class.getResource("/io/hopscope/ui/matrix/matrix.css").toExternalForm();
    }

    @FXML
    private void onCompute() {
        viewModel.compute();
    }

    @FXML
    private void onCancel() {
        viewModel.cancel();
    }

    @FXML
    private void onExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString("matrix.export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        chooser.setInitialFileName("matrix-" + viewModel.gridProperty().get().service().text().replace('/', '-') + ".csv");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            viewModel.exportCsv(file.toPath());
        }
    }

    public Stage stage() {
        return stage;
    }

    public MatrixViewModel getViewModel() {
        return viewModel;
    }

    /** The grid's canvas (focus and clicks land there), for tests. */
    public Node gridCanvas() {
        return grid.canvas();
    }

    /** Where the centre of a cell is, in screen coordinates, for tests that click it. */
    public javafx.geometry.Point2D screenCentreOf(int row, int column) {
        double[] p = grid.centreOf(row, column);
        return grid.canvas().localToScreen(p[0], p[1]);
    }
}
