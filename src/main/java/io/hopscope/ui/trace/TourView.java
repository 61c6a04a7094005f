package io.hopscope.ui.trace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help > Tour: a small window beside the main one that walks through {@link Tour#STEPS}, each
 * page opening its trace in the trace panel. On another diagram it offers to open the sample.
 */
public final class TourView {

    public static final String STYLE = "trace-tour";

    private final TraceViewModel viewModel;
    private final ResourceBundle messages;
    private final Consumer<Path> opener;
    private final Stage stage = new Stage();
    private final Label counter = new Label();
    private final Label title = new Label();
    private final Label text = new Label();
    private final Button back = new Button();
    private final Button next = new Button();
    private final Button openSample = new Button();
    private int step;
    private javafx.scene.Node canvas;

    public TourView(TraceViewModel viewModel, ResourceBundle messages, Consumer<Path> opener, Window owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.opener = opener;
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(messages.getString("tour.title"));
        title.getStyleClass().add("tour-step-title");
        text.setWrapText(true);
        text.setPrefWidth(440);
        text.getStyleClass().add("tour-step-text");
        back.setText(messages.getString("tour.back"));
        back.getStyleClass().add("tour-back");
        back.setOnAction(e -> go(step - 1));
        next.setText(messages.getString("tour.next"));
        next.getStyleClass().add("tour-next");
        next.setOnAction(e -> go(step + 1));
        openSample.setText(messages.getString("tour.openSample"));
        openSample.getStyleClass().add("tour-open-sample");
        openSample.setOnAction(e -> {
            opener.accept(extractSample());
            go(0);
        });
        Button close = new Button(messages.getString("tour.close"));
        close.getStyleClass().add("tour-close");
        close.setOnAction(e -> stage.hide());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(6, openSample, gap, back, next, close);
        VBox root = new VBox(10, counter, title, text, buttons);
        root.setPadding(new Insets(14));
        root.getStyleClass().add(STYLE);
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }

    public void show() {
        go(0);
        stage.show();
        stage.toFront();
        placeClearOf(canvas);
    }

    /** The canvas the tour must not cover; its bounds are read at each step, as the panels move. */
    public TourView avoiding(javafx.scene.Node canvasNode) {
        this.canvas = canvasNode;
        return this;
    }

    private void placeClearOf(javafx.scene.Node node) {
        Window owner = stage.getOwner();
        if (node == null || owner == null || node.getScene() == null) {
            return;
        }
        javafx.geometry.Bounds onScreen = node.localToScreen(node.getBoundsInLocal());
        if (onScreen == null) {
            return;
        }
        javafx.geometry.Bounds window = new javafx.geometry.BoundingBox(owner.getX(), owner.getY(),
                owner.getWidth(), owner.getHeight());
        javafx.geometry.Rectangle2D visual = javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(),
                owner.getWidth(), owner.getHeight()).stream().findFirst().orElse(javafx.stage.Screen.getPrimary())
                .getVisualBounds();
        javafx.geometry.Bounds screen = new javafx.geometry.BoundingBox(visual.getMinX(), visual.getMinY(),
                visual.getWidth(), visual.getHeight());
        javafx.geometry.Bounds at = TourPlacement.place(onScreen, window, screen, stage.getWidth(), stage.getHeight());
        stage.setX(at.getMinX());
        stage.setY(at.getMinY());
    }

    public Stage getStage() {
        return stage;
    }

    private void go(int index) {
        boolean fits = Tour.fits(viewModel.document().getDiagram().model());
        openSample.setVisible(!fits);
        openSample.setManaged(!fits);
        if (!fits) {
            counter.setText("");
            title.setText(messages.getString("tour.title"));
            text.setText(messages.getString("tour.needsSample"));
            back.setDisable(true);
            next.setDisable(true);
            return;
        }
        step = Math.max(0, Math.min(index, Tour.STEPS.size() - 1));
        TourStep s = Tour.STEPS.get(step);
        counter.setText(MessageFormat.format(messages.getString("tour.step"), step + 1, Tour.STEPS.size()));
        title.setText(messages.getString(s.titleKey()));
        text.setText(messages.getString(s.textKey()));
        back.setDisable(step == 0);
        next.setDisable(step == Tour.STEPS.size() - 1);
        Tour.show(s, viewModel);
        if (stage.isShowing()) {
            // A step can grow the trace panel and so move the canvas: keep clear of where it is now.
            stage.sizeToScene();
            placeClearOf(canvas);
        }
    }

    /** The sample shipped in the jar, copied to a temporary file so it opens like any other. */
    private static Path extractSample() {
        try (InputStream in = TourView.class.getResourceAsStream(Tour.SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + Tour.SAMPLE_RESOURCE);
            }
            Path dir = Files.createTempDirectory("hopscope-tour");
            Path file = dir.resolve("ec2-to-rds.json");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
