package io.hopscope.app.window;

import io.hopscope.testing.MainWindowFixture;
import io.hopscope.app.files.Autosave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.app.HopscopeApp;
import io.hopscope.diagram.Diagram;
import io.hopscope.io.format.DiagramWriter;
import io.hopscope.model.Workload;
import io.hopscope.model.WorkloadKind;
import io.hopscope.ui.UiTestDiagrams;
import io.hopscope.ui.canvas.DiagramCanvasView;
import io.hopscope.ui.common.DiagramDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor driven through the real window, headless: palette drags, rubber band, moves, drops
 * on workloads, delete with children, clipboard, undo/redo, save and reopen, recovery.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CanvasEditingUiTest {

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

    private void show(FxRobot robot, Diagram diagram, double scale) {
        robot.interact(() -> {
            document.replace(diagram, null);
            window.getViewModel().canvas().setScale(scale);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node shape(String id) {
        return window.getCanvasView().nodeFor(id).orElseThrow(() -> new AssertionError("no node for " + id));
    }

    private static Point2D center(Node node) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    /** A screen point inside a shape, {@code fx}/{@code fy} of the way across it. */
    private static Point2D at(Node node, double fx, double fy) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(b.getMinX() + b.getWidth() * fx, b.getMinY() + b.getHeight() * fy);
    }

    private void dragPalette(FxRobot robot, String item, Point2D to) {
        robot.drag("#palette-" + item, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D canvasPoint(FxRobot robot, double fx, double fy) {
        ScrollPane scroll = robot.lookup(".canvas-scroll").queryAs(ScrollPane.class);
        Bounds b = scroll.localToScreen(scroll.getLayoutBounds());
        return new Point2D(b.getMinX() + b.getWidth() * fx, b.getMinY() + b.getHeight() * fy);
    }

    @Test
    void networkDrawnFromThePaletteNestsAndUndoesStepByStep(FxRobot robot) {
        show(robot, Diagram.EMPTY, 1.0);
        dragPalette(robot, "vpc", canvasPoint(robot, 0.5, 0.5));
        assertEquals(1, document.getDiagram().model().vpcs().size());
        String vpc = document.getDiagram().model().vpcs().get(0).id();
        assertEquals(Set.of(vpc), document.getSelection(), "the new VPC is selected");

        dragPalette(robot, "subnet", at(shape(vpc), 0.4, 0.5));
        assertEquals(1, document.getDiagram().model().subnets().size());
        String subnet = document.getDiagram().model().subnets().get(0).id();
        assertEquals("10.0.0.0/24", document.getDiagram().model().subnet(subnet).cidr().toString());

        dragPalette(robot, "ec2", center(shape(subnet)));
        Workload ec2 = document.getDiagram().model().workloads().get(0);
        assertEquals(WorkloadKind.EC2, ec2.workloadKind());
        assertEquals(subnet, document.getDiagram().model().networkInterface(ec2.networkInterfaceIds().get(0)).subnetId());
        assertEquals("10.0.0.4", document.getDiagram().model().networkInterface(ec2.networkInterfaceIds().get(0))
                .primaryIp().toString());
        assertNotNull(shape(ec2.id()));

        MenuItems.click(robot, "Edit", "Undo Add EC2 instance");
        assertTrue(document.getDiagram().model().workloads().isEmpty());
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals(1, document.getDiagram().model().workloads().size(), "Ctrl+Y redoes");
    }

    @Test
    void illegalDropIsRefusedWithAVisibleReason(FxRobot robot) {
        // At 30 % the diagram sits small in the middle of the viewport: its corner is outside every VPC.
        show(robot, UiTestDiagrams.twoTier(), 0.3);
        dragPalette(robot, "subnet", canvasPoint(robot, 0.97, 0.97));
        Label message = robot.lookup(".canvas-message").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertTrue(message.getText().contains("VPC"), message.getText());
        assertFalse(document.isDirty());
        assertEquals(message.getText(), robot.lookup(".status-text").queryAs(Label.class).getText());
    }

    @Test
    void rubberBandSelectsAndMovingAContainerTakesItsChildren(FxRobot robot) {
        show(robot, UiTestDiagrams.twoTier(), 0.6);
        Node subnet = shape(UiTestDiagrams.PUBLIC_SUBNET);
        Bounds b = subnet.localToScreen(subnet.getBoundsInLocal());
        // Shift+drag from empty VPC space around the public subnet.
        robot.press(KeyCode.SHIFT);
        robot.drag(new Point2D(b.getMinX() - 10, b.getMinY() - 10), MouseButton.PRIMARY)
                .moveTo(new Point2D(b.getMaxX() + 8, b.getMaxY() + 10)).release(MouseButton.PRIMARY);
        robot.release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(document.getSelection().containsAll(Set.of(UiTestDiagrams.PUBLIC_SUBNET, UiTestDiagrams.WEB)),
                document.getSelection().toString());
        assertEquals("3 selected", robot.lookup(".status-selection").queryAs(Label.class).getText());

        robot.clickOn(at(shape(UiTestDiagrams.PUBLIC_SUBNET), 0.5, 0.08));
        Point2D webBefore = center(shape(UiTestDiagrams.WEB));
        Point2D grab = at(shape(UiTestDiagrams.PUBLIC_SUBNET), 0.5, 0.08);
        robot.drag(grab, MouseButton.PRIMARY).moveTo(grab.add(0, 80)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D webAfter = center(shape(UiTestDiagrams.WEB));
        assertEquals(webBefore.getY() + 80, webAfter.getY(), 0.6 * 20, "the child moved with its subnet (snapped)");
        assertEquals("Move 1 shape", document.undoTextProperty().get());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(webBefore.getY(), center(shape(UiTestDiagrams.WEB)).getY(), 0.5);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(webAfter.getY(), center(shape(UiTestDiagrams.WEB)).getY(), 0.5);
    }

    @Test
    void securityGroupDroppedOnAWorkloadShowsAsABadge(FxRobot robot) {
        show(robot, UiTestDiagrams.twoTier(), 0.6);
        int before = shape(UiTestDiagrams.DB).lookupAll(".sg-badge").size();
        dragPalette(robot, "security-group", center(shape(UiTestDiagrams.DB)));
        assertEquals(before + 1, shape(UiTestDiagrams.DB).lookupAll(".sg-badge").size());
        assertEquals(2, document.getDiagram().model().networkInterface("eni-0db").securityGroupIds().size());

        // An existing group's badge dragged onto another workload attaches it there too.
        Node webBadge = shape(UiTestDiagrams.WEB).lookup(".sg-badge");
        robot.drag(center(webBadge), MouseButton.PRIMARY).moveTo(center(shape(UiTestDiagrams.DB))).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(document.getDiagram().model().networkInterface("eni-0db").securityGroupIds().contains(UiTestDiagrams.SG_WEB));
        assertEquals("Attach web to orders-db", document.undoTextProperty().get(), "named by name, not id");
    }

    @Test
    void deleteAsksWithTheChildrenAndUndoBringsThemBack(FxRobot robot) {
        show(robot, UiTestDiagrams.twoTier(), 0.6);
        robot.clickOn(at(shape(UiTestDiagrams.PUBLIC_SUBNET), 0.5, 0.08));
        robot.push(KeyCode.DELETE);
        DialogPane dialog = robot.lookup("." + MainWindowView.DELETE_DIALOG).queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().contains("web-1 (i-0web)"), dialog.getContentText());
        robot.clickOn((Button) dialog.lookupButton(javafx.scene.control.ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(document.getDiagram().model().find(UiTestDiagrams.WEB).isEmpty());
        assertTrue(window.getCanvasView().nodeFor(UiTestDiagrams.WEB).isEmpty());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertTrue(window.getCanvasView().nodeFor(UiTestDiagrams.WEB).isPresent());
    }

    @Test
    void copyPasteMakesAFreshCopyNextToTheOriginal(FxRobot robot) {
        show(robot, UiTestDiagrams.twoTier(), 0.6);
        robot.clickOn(center(shape(UiTestDiagrams.DB)));
        robot.push(KeyCode.CONTROL, KeyCode.C);
        robot.push(KeyCode.CONTROL, KeyCode.V);
        List<Workload> databases = document.getDiagram().model().workloads().stream()
                .filter(w -> w.workloadKind() == WorkloadKind.RDS).toList();
        assertEquals(2, databases.size());
        String copy = document.getSelection().iterator().next();
        assertFalse(copy.equals(UiTestDiagrams.DB));
        assertTrue(center(shape(copy)).getX() > center(shape(UiTestDiagrams.DB)).getX());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(1, document.getDiagram().model().workloads().stream()
                .filter(w -> w.workloadKind() == WorkloadKind.RDS).count());
    }

    @Test
    void savedDiagramReopensIdentical(FxRobot robot) throws IOException {
        show(robot, UiTestDiagrams.twoTier(), 0.6);
        dragPalette(robot, "lambda", center(shape(UiTestDiagrams.PRIVATE_SUBNET)));
        Path file = Files.createTempDirectory("hopscope-save").resolve("edited.json");
        robot.interact(() -> window.setSaveTarget(current -> file));
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.exists(file));
        assertFalse(document.isDirty());
        assertEquals("Hopscope — edited.json", ((Stage) window.getRoot().getScene().getWindow()).getTitle());
        Diagram saved = document.getDiagram();
        robot.interact(() -> window.openFile(file));
        // The file lists resources sorted by id; the same diagram writes the same text.
        assertEquals(DiagramWriter.toJson(saved), DiagramWriter.toJson(document.getDiagram()));
        assertEquals(Set.copyOf(saved.model().allResources()), Set.copyOf(document.getDiagram().model().allResources()));
        assertEquals(saved.layout(), document.getDiagram().layout());
    }

    @Test
    void autosavedChangesAreOfferedAndRecovered(FxRobot robot) throws IOException {
        Path folder = Files.createTempDirectory("hopscope-recovery");
        Autosave autosave = new Autosave(folder, 60_000);
        robot.interact(() -> window.getViewModel().useAutosave(autosave));
        show(robot, UiTestDiagrams.twoTier(), 0.6);
        robot.clickOn(center(shape(UiTestDiagrams.DB)));
        robot.push(KeyCode.RIGHT);
        Diagram edited = document.getDiagram();
        autosave.flushNow(document);
        // A crash: the next session finds the recovery file and starts empty.
        List<Autosave.Recovery> pending = autosave.pending();
        assertEquals(1, pending.size());
        assertEquals(DiagramWriter.toJson(edited), DiagramWriter.toJson(pending.get(0).diagram()));
        robot.interact(() -> document.replace(Diagram.EMPTY, null));
        robot.interact(() -> window.offerRecovery(pending));
        DialogPane dialog = robot.lookup("." + MainWindowView.RECOVERY_DIALOG).queryAs(DialogPane.class);
        robot.clickOn(robot.from(dialog).lookup("Open recovered diagram").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(DiagramWriter.toJson(edited), DiagramWriter.toJson(document.getDiagram()));
        assertTrue(document.isDirty());
        assertEquals("Recover unsaved changes", document.undoTextProperty().get());
        autosave.close();
    }

    @Test
    void escCancelsADragAndTheCornerHandleResizesASubnet(FxRobot robot) {
        show(robot, UiTestDiagrams.twoTier(), 0.5);
        Point2D web = center(shape(UiTestDiagrams.WEB));
        robot.drag(web, MouseButton.PRIMARY).moveTo(web.add(60, 40));
        // Translations are in canvas units: 60 screen px at 50 % is 120, on the 20 grid.
        assertEquals(60 / 0.5, shape(UiTestDiagrams.WEB).getTranslateX(), 20, "the card follows the mouse live");
        robot.push(KeyCode.ESCAPE);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(document.isDirty(), "Esc ended the drag without an edit");
        assertEquals(0, web.distance(center(shape(UiTestDiagrams.WEB))), 0.01);

        robot.clickOn(at(shape(UiTestDiagrams.PRIVATE_SUBNET), 0.5, 0.08));
        Node handle = robot.lookup(".resize-handle").query();
        double widthBefore = shape(UiTestDiagrams.PRIVATE_SUBNET).getBoundsInParent().getWidth();
        Point2D corner = center(handle);
        robot.drag(corner, MouseButton.PRIMARY).moveTo(corner.add(-80, -40)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Resize private-a", document.undoTextProperty().get(), "named by name, not id");
        assertTrue(shape(UiTestDiagrams.PRIVATE_SUBNET).getBoundsInParent().getWidth() < widthBefore);

        robot.clickOn(center(shape(UiTestDiagrams.DB)));
        double x = document.getDiagram().layout().shape(UiTestDiagrams.DB).x();
        robot.push(KeyCode.RIGHT);
        assertEquals(x + 20, document.getDiagram().layout().shape(UiTestDiagrams.DB).x(), 1e-9, "arrow: one grid cell");
        robot.push(KeyCode.CONTROL, KeyCode.LEFT);
        assertEquals(x + 19, document.getDiagram().layout().shape(UiTestDiagrams.DB).x(), 1e-9, "Ctrl+arrow: one pixel");
    }

    @Test
    void newWithUnsavedChangesAsksSaveDiscardOrCancel(FxRobot robot) {
        show(robot, UiTestDiagrams.twoTier(), 0.6);
        robot.clickOn(center(shape(UiTestDiagrams.DB)));
        robot.push(KeyCode.DOWN);
        assertTrue(((Stage) window.getRoot().getScene().getWindow()).getTitle().endsWith("•"));
        robot.push(KeyCode.CONTROL, KeyCode.N);
        DialogPane dialog = robot.lookup("." + MainWindowView.UNSAVED_DIALOG).queryAs(DialogPane.class);
        robot.clickOn(robot.from(dialog).lookup("Cancel").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(document.isDirty(), "Cancel keeps the changes");
        robot.push(KeyCode.CONTROL, KeyCode.N);
        DialogPane again = robot.lookup("." + MainWindowView.UNSAVED_DIALOG).queryAs(DialogPane.class);
        robot.clickOn(robot.from(again).lookup("Discard").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(document.isDirty());
        assertTrue(document.getDiagram().model().allResources().isEmpty(), "New after Discard");
    }

    /** Opens a menu and clicks an item by their visible texts. */
    static final class MenuItems {
        static void click(FxRobot robot, String menu, String item) {
            robot.clickOn(menu);
            robot.clickOn(item);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    static String idOf(Node n) {
        return (String) n.getProperties().get(DiagramCanvasView.RESOURCE_ID);
    }
}
