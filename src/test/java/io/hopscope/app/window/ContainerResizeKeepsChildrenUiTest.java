package io.hopscope.app.window;

import io.hopscope.testing.MainWindowFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.app.HopscopeApp;
import io.hopscope.diagram.Diagram;
import io.hopscope.io.format.DiagramWriter;
import io.hopscope.ui.UiTestDiagrams;
import io.hopscope.ui.common.DiagramDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Resizing a container (a VPC or a subnet) re-creates its node; it used to be appended on top of
 * the containers layer, so a resized VPC covered its subnets for the rest of the session (undo,
 * fit and reopening the file kept the node where it was). Each child must stay present, visible
 * and on top: a click on a child selects the child, not the container under it.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ContainerResizeKeepsChildrenUiTest {

    @TempDir
    Path folder;

    private MainWindowView window;
    private DiagramDocument document;

    @BeforeAll
    static void englishStrings() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage, 1200, 800);
        document = window.getViewModel().document();
    }

    @ParameterizedTest
    @ValueSource(strings = {UiTestDiagrams.APP_VPC, UiTestDiagrams.PUBLIC_SUBNET})
    void resizedContainerNeverHidesItsChildren(String container, FxRobot robot) throws Exception {
        Path file = folder.resolve("two-tier.json");
        Files.writeString(file, DiagramWriter.toJson(UiTestDiagrams.twoTier()));
        robot.interact(() -> window.getViewModel().open(file));
        robot.interact(() -> window.getViewModel().canvas().setScale(0.6));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> children = container.equals(UiTestDiagrams.APP_VPC)
                ? List.of(UiTestDiagrams.PUBLIC_SUBNET, UiTestDiagrams.PRIVATE_SUBNET, UiTestDiagrams.WEB, UiTestDiagrams.DB)
                : List.of(UiTestDiagrams.WEB);
        assertChildrenOnTop(robot, children, "before");

        // Select the container by its header strip and pull its corner handle a little.
        robot.clickOn(at(shape(container), 0.5, container.equals(UiTestDiagrams.APP_VPC) ? 0.04 : 0.1));
        assertEquals(Set.of(container), document.getSelection());
        Node handle = robot.lookup(".resize-handle").query();
        Point2D corner = center(handle);
        robot.drag(corner, MouseButton.PRIMARY).moveTo(corner.add(24, 24)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(document.undoTextProperty().get().startsWith("Resize"), document.undoTextProperty().get());
        assertChildrenOnTop(robot, children, "after the resize");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertChildrenOnTop(robot, children, "after undo");
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertChildrenOnTop(robot, children, "after redo");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertChildrenOnTop(robot, children, "after fit");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.getViewModel().open(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertChildrenOnTop(robot, children, "after reopening the file");
    }

    private void assertChildrenOnTop(FxRobot robot, List<String> children, String when) {
        for (String child : children) {
            Node node = shape(child);
            assertTrue(node.isVisible() && node.getScene() != null, child + " is shown " + when);
            Bounds b = node.getBoundsInParent();
            assertTrue(b.getWidth() > 0 && b.getHeight() > 0, child + " has a size " + when);
            assertNotEquals(null, node.getParent(), child + " is in a layer " + when);
        }
        for (String child : children) {
            // A click near the top-left of the child (clear of cards and badges) must select it.
            robot.clickOn(at(shape(child), 0.5, 0.05));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(Set.of(child), document.getSelection(), child + " is on top of its container " + when);
        }
        robot.push(KeyCode.ESCAPE);
    }

    private Node shape(String id) {
        return window.getCanvasView().nodeFor(id).orElseThrow(() -> new AssertionError("no node for " + id));
    }

    private static Point2D center(Node node) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    private static Point2D at(Node node, double fx, double fy) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(b.getMinX() + b.getWidth() * fx, b.getMinY() + b.getHeight() * fy);
    }
}
