package io.hopscope.app.window;

import io.hopscope.testing.MainWindowFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.app.HopscopeApp;
import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Shape;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.ui.UiTestDiagrams;
import io.hopscope.diagram.render.Rect;
import io.hopscope.ui.common.DiagramDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Where dropped and nudged shapes end up: inside their container, clear of its badges, where they were put. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PlacementStaysInsideUiTest {

    @TempDir
    Path folder;

    private MainWindowView window;
    private DiagramDocument document;
    private EditorRobot ed;

    @BeforeAll
    static void englishStrings() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage, 1200, 800);
        document = window.getViewModel().document();
    }

    private void show(FxRobot robot, Diagram diagram) {
        robot.interact(() -> {
            document.replace(diagram, null);
            window.getViewModel().canvas().setScale(0.6);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ed = new EditorRobot(robot, window);
    }

    @Test
    void subnetDroppedNearTheVpcEdgeIsClampedInside(FxRobot robot) {
        show(robot, UiTestDiagrams.twoTier());
        Rect vpc = ed.box(UiTestDiagrams.APP_VPC);
        // Below both subnets, 10 units from the VPC's bottom-right corner: centred there it would stick out.
        String subnet = ed.drop("subnet", ed.screen(UiTestDiagrams.APP_VPC, vpc.maxX() - 10, vpc.maxY() - 10));
        Shape s = document.getDiagram().layout().shape(subnet);
        assertTrue(s.x() >= vpc.x() && s.y() >= vpc.y() + 52 && s.x() + s.width() <= vpc.maxX()
                && s.y() + s.height() <= vpc.maxY(), "subnet " + s + " inside " + vpc);
    }

    @Test
    void arrowKeysKeepACardInsideItsSubnetAndOffItsBadges(FxRobot robot) {
        show(robot, UiTestDiagrams.twoTier());
        ed.select(UiTestDiagrams.WEB);
        for (int i = 0; i < 25; i++) {
            robot.push(KeyCode.DOWN);
            robot.push(KeyCode.LEFT);
        }
        WaitForAsyncUtils.waitForFxEvents();
        Rect subnet = ed.box(UiTestDiagrams.PUBLIC_SUBNET);
        Rect card = ed.box(UiTestDiagrams.WEB);
        assertTrue(subnet.contains(card), "card " + card + " inside " + subnet);
        assertFalse(overlap(ed.shape(UiTestDiagrams.WEB), robot.from(ed.shape(UiTestDiagrams.PUBLIC_SUBNET))
                .lookup(".subnet-badges").query()), "the card does not cover the RT badge");
        for (int i = 0; i < 40; i++) {
            robot.push(KeyCode.RIGHT);
        }
        card = ed.box(UiTestDiagrams.WEB);
        assertTrue(subnet.contains(card), "nudged right, still inside: " + card);
        assertEquals(UiTestDiagrams.PUBLIC_SUBNET, document.getDiagram().model()
                .networkInterface("eni-0web").subnetId(), "arrows never re-home a card");
    }

    @Test
    void gatewayDroppedOnTheVpcTopEdgeKeepsItsPlaceAndIsSaved(FxRobot robot) throws Exception {
        show(robot, UiTestDiagrams.twoTier());
        Rect vpc = ed.box(UiTestDiagrams.APP_VPC);
        double dropX = vpc.x() + 300;
        String eigw = ed.drop("egress-only-internet-gateway", ed.screen(UiTestDiagrams.APP_VPC, dropX, vpc.y() - 4));
        Shape s = document.getDiagram().layout().shape(eigw);
        assertNotNull(s, "the drop is in the layout");
        assertEquals(vpc.y(), s.y() + s.height() / 2, 0.01, "astride the top edge");
        assertEquals(dropX, s.x() + s.width() / 2, 20, "where it was dropped along the edge");
        assertFalse(ed.shape(eigw).getStyleClass().contains("fallback-position"), "not drawn dashed");

        Path file = folder.resolve("placed.json");
        robot.interact(() -> window.getViewModel().saveAs(file));
        Diagram saved = DiagramReader.read(file).diagram();
        assertEquals(s, saved.layout().shape(eigw), "saved where it was dropped");
    }

    private static boolean overlap(Node a, Node b) {
        Bounds x = a.localToScene(a.getBoundsInLocal());
        Bounds y = b.localToScene(b.getBoundsInLocal());
        return x.intersects(y);
    }
}
