package io.hopscope.ui.canvas;

import io.hopscope.testing.MainWindowFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.app.HopscopeApp;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.Vpc;
import io.hopscope.ui.UiTestDiagrams;
import io.hopscope.ui.common.DiagramDocument;
import io.hopscope.app.window.MainWindowView;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A whole VPC copied, pasted and duplicated with the keyboard on the real canvas, headless. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class VpcCopyPasteUiTest {

    @BeforeAll
    static void englishStrings() {
        Locale.setDefault(Locale.ENGLISH);
    }

    private MainWindowView window;
    private DiagramDocument document;

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage, 1200, 800);
        document = window.getViewModel().document();
    }

    private Node shape(String id) {
        return window.getCanvasView().nodeFor(id).orElseThrow(() -> new AssertionError("no node for " + id));
    }

    private static Bounds screen(Node node) {
        return node.localToScreen(node.getBoundsInLocal());
    }

    private List<Vpc> appVpcs() {
        return document.getDiagram().model().vpcs().stream().filter(v -> v.name().startsWith("app-vpc")).toList();
    }

    private String status(FxRobot robot) {
        return robot.lookup(".status-text").queryAs(Label.class).getText();
    }

    @Test
    void ctrlCCtrlVAndCtrlDCopyAWholeVpcBesideItAndCtrlZTakesEachBack(FxRobot robot) {
        Diagram twoTier = UiTestDiagrams.twoTier();
        robot.interact(() -> {
            document.replace(twoTier, null);
            window.getViewModel().canvas().setScale(0.3);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // The VPC's left padding: inside the VPC, outside its subnets and off its border gateways.
        Bounds vpc = screen(shape(UiTestDiagrams.APP_VPC));
        robot.clickOn(new Point2D(vpc.getMinX() + 5, vpc.getCenterY()));
        assertEquals(Set.of(UiTestDiagrams.APP_VPC), document.getSelection());

        robot.push(KeyCode.CONTROL, KeyCode.C);
        robot.push(KeyCode.CONTROL, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, appVpcs().size());
        String copy = document.getSelection().iterator().next();
        Vpc pasted = document.getDiagram().model().vpc(copy);
        assertEquals("app-vpc (copy)", pasted.name());
        assertEquals(2, document.getDiagram().model().subnetsOf(copy).size(), "its subnets came along");
        Node copyNode = shape(copy);
        assertTrue(copyNode.isVisible());
        assertTrue(screen(copyNode).getMinX() >= screen(shape(UiTestDiagrams.APP_VPC)).getMaxX(),
                "drawn beside the original, not on top of it");
        assertTrue(status(robot).startsWith("Pasted VPC app-vpc (copy) with "), status(robot));
        assertEquals("Paste VPC app-vpc (copy)", document.undoTextProperty().get());

        Bounds original = screen(shape(UiTestDiagrams.APP_VPC));
        robot.clickOn(new Point2D(original.getMinX() + 5, original.getCenterY()));
        assertEquals(Set.of(UiTestDiagrams.APP_VPC), document.getSelection());
        robot.push(KeyCode.CONTROL, KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, appVpcs().size());
        String duplicate = document.getSelection().iterator().next();
        assertTrue(screen(shape(duplicate)).getMinX() >= screen(shape(copy)).getMaxX(), "clear of the first copy too");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, appVpcs().size());
        assertTrue(window.getCanvasView().nodeFor(duplicate).isEmpty());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(twoTier, document.getDiagram(), "undo restores the exact diagram");
        assertTrue(window.getCanvasView().nodeFor(copy).isEmpty(), "the copy is gone from the canvas");
    }
}
