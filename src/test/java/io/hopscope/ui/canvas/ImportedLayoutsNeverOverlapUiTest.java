package io.hopscope.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.hopscope.diagram.Diagram;
import io.hopscope.io.importing.AwsDiagramImporter;
import io.hopscope.app.window.MainWindowView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every real AWS snapshot, imported and drawn on the real canvas, shows every name and badge
 * uncovered: a gateway tile never sits on the VPC's name, a card's security group badges never
 * on the subnet's RT/ACL badges, an outside endpoint's caption never under the next tile. Checked
 * on what JavaFX laid out (text bounds, badge pills, tiles), not on estimates.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ImportedLayoutsNeverOverlapUiTest {

    private static final Path SHARED = Path.of("..", "shared");

    private DiagramCanvasViewModel viewModel;

    static List<Path> snapshots() throws IOException {
        List<Path> dirs = new ArrayList<>();
        for (String set : List.of("aws-samples", "aws-samples-v2")) {
            Path root = SHARED.resolve(set);
            if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.list(root)) {
                    s.filter(Files::isDirectory).sorted().forEach(dirs::add);
                }
            }
        }
        return dirs;
    }

    @Start
    void start(Stage stage) {
        ResourceBundle messages = ResourceBundle.getBundle("io.hopscope.i18n.messages", java.util.Locale.ROOT);
        viewModel = new DiagramCanvasViewModel(messages);
        DiagramCanvasView view = new DiagramCanvasView(viewModel, messages);
        Scene scene = new Scene(view, 1000, 700);
        scene.getStylesheets().add(MainWindowView.class.getResource(MainWindowView.LIGHT_THEME).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @ParameterizedTest
    @MethodSource("snapshots")
    void importedSnapshotShowsEveryNameAndBadgeUncovered(Path dir, FxRobot robot) {
        Diagram diagram = AwsDiagramImporter.importDirectory(dir, dir.getFileName().toString()).diagram();
        assumeFalse(diagram.model().vpcs().isEmpty(), dir + ": nothing the importer draws");
        robot.interact(() -> {
            viewModel.setDiagram(diagram);
            viewModel.setScale(1.0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Ink> inks = new ArrayList<>();
        for (Node shape : robot.lookup(".shape").queryAll()) {
            String owner = (String) shape.getProperties().get(DiagramCanvasView.RESOURCE_ID);
            collect(shape, owner, shape, inks);
        }
        assertTrue(inks.size() > 5, dir + ": too little drawn to check: " + inks.size());
        List<String> overlaps = new ArrayList<>();
        for (int i = 0; i < inks.size(); i++) {
            for (int j = i + 1; j < inks.size(); j++) {
                Ink a = inks.get(i);
                Ink b = inks.get(j);
                if (!a.owner().equals(b.owner()) && overlap(a.bounds(), b.bounds())) {
                    overlaps.add(a + " / " + b);
                }
            }
        }
        assertEquals(List.of(), overlaps, dir.toString());
    }

    private record Ink(String owner, String what, Bounds bounds) {
        @Override
        public String toString() {
            return owner + " " + what;
        }
    }

    /** What covers the canvas: texts, badge pills, and the opaque boxes of cards and tiles. */
    private static void collect(Node node, String owner, Node shape, List<Ink> inks) {
        if (!node.isVisible()) {
            return;
        }
        List<String> classes = node.getStyleClass();
        if (classes.contains("sg-badge") || classes.contains("subnet-badge")) {
            inks.add(new Ink(owner, ((Label) node).getText(), node.localToScene(node.getBoundsInLocal())));
            return;
        }
        if (classes.contains("card") || classes.contains("tile")) {
            inks.add(new Ink(owner, "box", node.localToScene(node.getLayoutBounds())));
        }
        if (node instanceof Text t && !t.getText().isEmpty()) {
            inks.add(new Ink(owner, "'" + t.getText() + "'", t.localToScene(t.getBoundsInLocal())));
        }
        if (node instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, owner, shape, inks);
            }
        }
    }

    private static boolean overlap(Bounds a, Bounds b) {
        // A pixel of anti-aliasing either side is not an overlap.
        return a.getMinX() + 1 < b.getMaxX() && b.getMinX() + 1 < a.getMaxX()
                && a.getMinY() + 1 < b.getMaxY() && b.getMinY() + 1 < a.getMaxY();
    }
}
