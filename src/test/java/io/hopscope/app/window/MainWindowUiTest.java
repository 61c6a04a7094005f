package io.hopscope.app.window;

import io.hopscope.testing.MainWindowFixture;
import io.hopscope.app.files.DiagramLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.app.HopscopeApp;
import io.hopscope.check.Problem;
import io.hopscope.ui.UiTestDiagrams;
import io.hopscope.ui.canvas.DiagramCanvasView;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window, headless under Monocle, with files answered by diagrams built in code. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {

    @BeforeAll
    static void englishStrings() {
        // The assertions read English labels; a developer's Korean locale would pick messages_ko.
        Locale.setDefault(Locale.ENGLISH);
    }

    private static final Path GOOD = Path.of("/diagrams/two-tier.json").toAbsolutePath();
    private static final Path BROKEN = Path.of("/diagrams/broken.json").toAbsolutePath();

    private final Map<Path, DiagramLoader.Loaded> files = new HashMap<>();
    private MainWindowView window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        files.put(GOOD, new DiagramLoader.Loaded(UiTestDiagrams.twoTier(), List.of()));
        files.put(BROKEN, new DiagramLoader.Loaded(null,
                List.of(Problem.error("$", "malformed JSON at line 3, column 7: unexpected end of input"))));
        window = MainWindowFixture.show(stage, f -> files.get(f), 1100, 750);
    }

    private void open(FxRobot robot, Path file) {
        MainWindowFixture.open(robot, window, file);
    }

    private Set<Node> shapes(FxRobot robot, String styleClass) {
        return robot.lookup(n -> n.getStyleClass().contains("shape") && n.getStyleClass().contains(styleClass)).queryAll();
    }

    private Node shape(FxRobot robot, String resourceId) {
        return robot.lookup(n -> resourceId.equals(n.getProperties().get(DiagramCanvasView.RESOURCE_ID))).query();
    }

    private static Set<String> texts(Node shape) {
        return shape.lookupAll(".label").stream().map(n -> ((Label) n).getText()).collect(Collectors.toSet());
    }

    @Test
    void openingADiagramDrawsANodePerVpcSubnetAndWorkloadWithTheirLabels(FxRobot robot) {
        assertEquals("Hopscope", stage.getTitle());
        assertTrue(robot.lookup(".canvas-empty-hint").query().isVisible());
        open(robot, GOOD);

        assertEquals("Hopscope — two-tier.json", stage.getTitle());
        assertEquals(2, shapes(robot, "vpc").size());
        assertEquals(3, shapes(robot, "subnet").size());
        assertEquals(3, shapes(robot, "workload").size());
        assertTrue(texts(shape(robot, UiTestDiagrams.APP_VPC)).containsAll(Set.of("app-vpc", "10.0.0.0/16 · eu-west-1")));
        assertTrue(texts(shape(robot, UiTestDiagrams.PRIVATE_SUBNET)).containsAll(Set.of("private-a", "10.0.2.0/24 · eu-west-1a")));
        assertTrue(texts(shape(robot, UiTestDiagrams.WEB)).containsAll(Set.of("web-1", "10.0.1.10 · 54.1.2.3", "web")),
                "name, addresses and the security group badge");
        assertTrue(texts(shape(robot, UiTestDiagrams.DB)).contains("orders-db"));
        assertTrue(shape(robot, UiTestDiagrams.IGW).getStyleClass().contains("gateway"));
        assertTrue(shape(robot, UiTestDiagrams.INTERNET).getStyleClass().contains("external"));
        assertTrue(shape(robot, UiTestDiagrams.PEERING).getStyleClass().contains("peering-link"));
        assertFalse(robot.lookup(".canvas-empty-hint").query().isVisible());
        assertTrue(robot.lookup(".status-text").queryAs(Label.class).getText().startsWith("two-tier.json: 2 VPCs"));
    }

    @Test
    void publicAndPrivateSubnetsCarryDifferentStyleClassesAndTags(FxRobot robot) {
        open(robot, GOOD);
        Node pub = shape(robot, UiTestDiagrams.PUBLIC_SUBNET);
        Node priv = shape(robot, UiTestDiagrams.PRIVATE_SUBNET);
        assertTrue(pub.getStyleClass().contains("subnet-public"));
        assertFalse(pub.getStyleClass().contains("subnet-private"));
        assertTrue(priv.getStyleClass().contains("subnet-private"));
        assertEquals("public", ((Label) pub.lookup(".tag")).getText());
        assertEquals("private", ((Label) priv.lookup(".tag")).getText());
        // The looks differ for real: the header bands resolve to different colours.
        Node pubHeader = pub.lookup(".header");
        Node privHeader = priv.lookup(".header");
        assertNotEquals(((Region) pubHeader).getBackground().getFills().get(0).getFill(),
                ((Region) privHeader).getBackground().getFills().get(0).getFill());
    }

    @Test
    void anInvalidFileShowsTheErrorDialogWithPathAndReasonAndKeepsThePreviousDiagram(FxRobot robot) {
        open(robot, GOOD);
        open(robot, BROKEN);

        DialogPane dialog = robot.lookup("." + MainWindowView.OPEN_FAILURE_DIALOG).queryAs(DialogPane.class);
        assertTrue(dialog.getHeaderText().contains(BROKEN.toString()), dialog.getHeaderText());
        assertTrue(dialog.getContentText().contains(BROKEN.toString()));
        assertTrue(dialog.getContentText().contains("malformed JSON at line 3"));
        assertEquals("Hopscope — two-tier.json", stage.getTitle());
        assertEquals(2, shapes(robot, "vpc").size(), "the previous diagram is still drawn");

        robot.interact(() -> dialog.getScene().getWindow().hide());
    }

    @Test
    void ctrlWheelZoomsAndFitToWindowChangesTheScale(FxRobot robot) {
        open(robot, GOOD);
        var canvas = window.getViewModel().canvas();
        Node world = robot.lookup(".canvas-world").query();

        robot.interact(canvas::resetZoom);
        ScrollPane scrollPane = robot.lookup(".canvas-scroll").queryAs(ScrollPane.class);
        Point2D mouse = scrollPane.localToScreen(scrollPane.getViewportBounds().getWidth() / 2,
                scrollPane.getViewportBounds().getHeight() / 2);
        robot.moveTo(mouse);
        robot.press(KeyCode.CONTROL);
        try {
            robot.scroll(2, VerticalDirection.UP);
        } finally {
            robot.release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        double wheeled = canvas.getScale();
        assertEquals(2 * Math.log(1.2), Math.abs(Math.log(wheeled)), 1e-9, "two wheel notches are two 20 % steps");
        assertEquals(wheeled, world.getTransforms().get(0).getMxx(), 1e-9, "the world is drawn at the new scale");
        assertEquals(Math.round(wheeled * 100) + " %", robot.lookup(".status-zoom").queryAs(Label.class).getText());

        // Turning the wheel away from the user (positive delta) zooms in around the mouse.
        robot.interact(canvas::resetZoom);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D anchor = world.screenToLocal(mouse);
        Point2D inScene = scrollPane.getScene().getRoot().screenToLocal(mouse);
        robot.interact(() -> Event.fireEvent(scrollPane, new ScrollEvent(
                ScrollEvent.SCROLL, inScene.getX(), inScene.getY(), mouse.getX(), mouse.getY(),
                false, true, false, false, false, false, 0, 40, 0, 40,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        WaitForAsyncUtils.waitForFxEvents();
        double zoomed = canvas.getScale();
        assertEquals(1.2, zoomed, 1e-9);
        assertEquals(mouse.getX(), world.localToScreen(anchor).getX(), 2.0, "the point under the mouse stays put");
        assertEquals(mouse.getY(), world.localToScreen(anchor).getY(), 2.0);

        robot.interact(() -> window.getCanvasView().fitToWindow());
        double fitted = canvas.getScale();
        assertNotEquals(zoomed, fitted, 1e-9);
        ScrollPane scroll = robot.lookup(".canvas-scroll").queryAs(ScrollPane.class);
        double viewportW = scroll.getViewportBounds().getWidth();
        double viewportH = scroll.getViewportBounds().getHeight();
        assertTrue(canvas.contentWidth() * fitted <= viewportW + 0.5 && canvas.contentHeight() * fitted <= viewportH + 0.5,
                "the whole diagram fits the viewport after Fit");
    }

    @Test
    void draggingEmptyCanvasPans(FxRobot robot) {
        open(robot, GOOD);
        robot.interact(() -> window.getViewModel().canvas().setScale(2.0));
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane scroll = robot.lookup(".canvas-scroll").queryAs(ScrollPane.class);
        // The inspector and problems panels leave a smaller viewport: look for empty canvas at a few
        // scroll positions that still leave room to scroll further right and down.
        Point2D start = null;
        double h0 = 0;
        double v0 = 0;
        for (double[] at : new double[][] {{0.5, 0.5}, {0.5, 0.25}, {0.25, 0.5}, {0.75, 0.5}, {0.25, 0.25}, {0.75, 0.25}}) {
            robot.interact(() -> {
                scroll.setHvalue(at[0]);
                scroll.setVvalue(at[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            start = findEmptyPointOrNull(robot, scroll);
            h0 = at[0];
            v0 = at[1];
            if (start != null) {
                break;
            }
        }
        assertTrue(start != null, "no empty canvas in view");
        robot.moveTo(start).press(MouseButton.PRIMARY).moveBy(-120, -80).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scroll.getHvalue() > h0, "dragging left scrolls right: " + scroll.getHvalue());
        assertTrue(scroll.getVvalue() > v0, "dragging up scrolls down: " + scroll.getVvalue());
    }

    private Node pick(FxRobot robot, Point2D screen) {
        Node world = robot.lookup(".canvas-world").query();
        Point2D local = world.screenToLocal(screen);
        if (local == null) {
            return null;
        }
        return pickIn((Pane) world, local);
    }

    /** The topmost shape or line under a world point, looking inside the drawing layers; else the world. */
    private static Node pickIn(Pane world, Point2D local) {
        for (Node child : world.getChildren()) {
            if (child.getProperties().containsKey(io.hopscope.ui.canvas.DiagramCanvasView.RESOURCE_ID)) {
                if (child.getBoundsInParent().contains(local)) {
                    return child;
                }
            } else if (child instanceof Pane layer && !layer.isManaged()) {
                Point2D inLayer = layer.parentToLocal(local);
                for (Node shape : layer.getChildren()) {
                    if (shape.getBoundsInParent().contains(inLayer)) {
                        return shape;
                    }
                }
            } else if (child.getBoundsInParent().contains(local)) {
                return child;
            }
        }
        return world;
    }

    private Point2D findEmptyPointOrNull(FxRobot robot, ScrollPane scroll) {
        // The scroll pane's own box, less a margin for the scroll bars (viewport bounds carry the scroll offset).
        Bounds b = scroll.localToScreen(scroll.getBoundsInLocal());
        for (double y = b.getMinY() + 30; y < b.getMaxY() - 30; y += 10) {
            for (double x = b.getMinX() + 30; x < b.getMaxX() - 30; x += 10) {
                Point2D p = new Point2D(x, y);
                if (pick(robot, p) != null && pick(robot, p).getStyleClass().contains("canvas-world")) {
                    return p;
                }
            }
        }
        return null;
    }

    @Test
    void darkThemeChangesTheCanvasColoursByLayeringTokensOverTheLightTheme(FxRobot robot) {
        open(robot, GOOD);
        Region world = robot.lookup(".canvas-world").queryAs(Region.class);
        Paint light = world.getBackground().getFills().get(0).getFill();
        robot.interact(() -> window.setDarkTheme(true));
        assertNotEquals(light, world.getBackground().getFills().get(0).getFill());
        assertEquals(2, stage.getScene().getStylesheets().size(), "light.css, then dark.css on top");
        robot.interact(() -> window.setDarkTheme(false));
        assertEquals(light, world.getBackground().getFills().get(0).getFill());
    }

    @Test
    void theFileMenuListsRecentFilesAndClosesTheDiagram(FxRobot robot) {
        robot.clickOn("File").clickOn("Open Recent");
        assertTrue(robot.lookup("No recent files").tryQuery().isPresent(), "an empty list says so");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE).press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        open(robot, GOOD);
        robot.clickOn("File").clickOn("Open Recent");
        assertTrue(robot.lookup(GOOD.toString()).tryQuery().isPresent(), "the opened file is listed");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE).press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        robot.clickOn("File").clickOn("Close");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Hopscope", stage.getTitle());
        assertEquals(0, shapes(robot, "vpc").size());
        assertTrue(robot.lookup(".canvas-empty-hint").query().isVisible());
    }

    @Test
    void helpAboutNamesTheApp(FxRobot robot) {
        robot.clickOn("Help").clickOn("About Hopscope");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane about = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(about.getHeaderText().startsWith("Hopscope "), about.getHeaderText());
        robot.interact(() -> about.getScene().getWindow().hide());
    }

    @Test
    void zoomMenuShortcutsStepTheScale(FxRobot robot) {
        open(robot, GOOD);
        var canvas = window.getViewModel().canvas();
        robot.interact(canvas::resetZoom);
        robot.clickOn(".canvas-world");
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.2, canvas.getScale(), 1e-9);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.0, canvas.getScale(), 1e-9);
    }
}
