package io.hopscope.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.io.format.DiagramWriter;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.RouteTable;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.TransitGatewayRouteTable;
import io.hopscope.model.TransitResource;
import io.hopscope.testing.MainWindowFixture;
import io.hopscope.ui.common.DiagramDocument;
import io.hopscope.ui.trace.HopRow;
import io.hopscope.ui.trace.PortPreset;
import io.hopscope.ui.trace.TraceViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/**
 * A hub and a spoke joined by hand: a transit gateway dragged from the palette, both VPCs attached
 * in the inspector, their route tables pointed at it, a trace across it, a blackhole static route
 * that stops the trace, and Undo that takes the route away again — mouse and keyboard only.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TransitGatewayFromThePaletteUiTest {

    private static final String APP_SUBNET = "subnet-0a1b2c3d4e5f61105";
    private static final String HUB_SUBNET = "subnet-0a1b2c3d4e5f61104";

    @TempDir
    Path tmp;
    private MainWindowView window;
    private EditorRobot ed;

    @BeforeAll
    static void englishStrings() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage, 1280, 800);
    }

    /** The hub-and-spoke sample before any transit gateway: no gateway, no attachment, no route to one. */
    private Path withoutTheGateway() throws Exception {
        Diagram d = DiagramReader.read(Path.of("diagrams", "tgw-hub-spoke.json")).diagram();
        NetworkModel m = d.model();
        for (TransitResource r : m.transit()) {
            m = m.without(r.id());
        }
        for (RouteTable t : m.routeTables()) {
            m = m.with(t.withRoutes(t.routes().stream().filter(r -> r.targetKind() != RouteTargetKind.TRANSIT_GATEWAY).toList()));
        }
        Diagram start = d.withModel(m);
        Path file = tmp.resolve("spokes.json");
        Files.writeString(file, DiagramWriter.toJson(start));
        return file;
    }

    @Test
    void aGatewayFromThePaletteJoinsTwoVpcsCarriesATraceAndAStaticRouteIsUndone(FxRobot robot) throws Exception {
        ed = new EditorRobot(robot, window);
        MainWindowFixture.open(robot, window, withoutTheGateway());
        ed.widenInspector(460);

        String tgw = ed.drop("transit-gateway", ed.viewport(0.5, 0.9));
        assertTrue(tgw.startsWith("tgw-"), tgw);
        attach("spoke-app");
        attach("hub-shared");
        assertEquals(2, model().transitAttachments().size());
        assertEquals(2, table().propagations().size(), "both VPCs propagate into the default table");
        assertEquals(2, window.getViewModel().canvas().getPicture().links().stream()
                .filter(l -> tgw.equals(l.fromId())).count(), "the canvas draws both attachments");

        for (String subnet : List.of(APP_SUBNET, HUB_SUBNET)) {
            ed.click(ed.subnetBadge(subnet, "RT "));
            routeToGateway(tgw);
        }
        String across = trace();
        assertTrue(hops().stream().anyMatch(r -> r.component().contains("tgw-attach-")), "the trace crosses an attachment");
        assertEquals(expectedVerdict(), across);

        ed.select(tgw);
        Node destination = ed.await(() -> robot.lookup("#transit-route-destination").tryQuery(), "route destination");
        reveal(destination);
        ed.click(destination);
        ed.type("10.1.1.0/24");
        ComboBox<?> target = robot.lookup("#transit-route-target").queryAs(ComboBox.class);
        reveal(target);
        ed.click(target);
        pick("blackhole");
        Node add = robot.lookup("#transit-route-add").query();
        reveal(add);
        ed.click(add);
        assertFalse(robot.lookup("#transit-error").queryAs(Label.class).isVisible(),
                robot.lookup("#transit-error").queryAs(Label.class).getText());
        assertTrue(table().staticRoutes().get(0).blackhole());
        String blackholed = trace();
        assertNotEquals(across, blackholed, "the blackhole stops the request");
        assertEquals(expectedVerdict(), blackholed);

        ed.keys(KeyCode.SHORTCUT, KeyCode.Z);
        assertTrue(table().staticRoutes().isEmpty(), "Undo takes the static route away");
        assertEquals(across, trace());
    }

    private NetworkModel model() {
        return window.getViewModel().document().getDiagram().model();
    }

    private TransitGatewayRouteTable table() {
        return model().transitRouteTables().get(0);
    }

    /** Picks the VPC in the transit tab's list (its subnet per zone comes chosen) and clicks Attach. */
    private void attach(String vpcName) {
        ComboBox<?> vpcs = (ComboBox<?>) ed.await(() -> ed.robot.lookup("#transit-attach-vpc").tryQuery(), "VPC list");
        reveal(vpcs);
        ed.click(vpcs);
        pick(vpcName);
        Node attach = ed.robot.lookup("#transit-attach").query();
        reveal(attach);
        ed.click(attach);
        Label error = ed.robot.lookup("#transit-error").queryAs(Label.class);
        assertFalse(error.isVisible(), error.getText());
    }

    /** In the route table's Routes tab: 10.0.0.0/8 to the gateway, picked from the target list. */
    private void routeToGateway(String tgw) {
        Node content = ed.ruleTab(io.hopscope.ui.inspector.InspectorView.ROUTES);
        Node destination = ed.await(() -> ed.robot.from(content).lookup("#route-destination").tryQuery(), "route destination");
        reveal(destination);
        ed.click(destination);
        ed.type("10.0.0.0/8");
        Node target = ed.robot.from(content).lookup("#route-target").query();
        ed.click(target);
        ed.click(ed.await(() -> ed.robot.lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getText() != null && c.getText().startsWith(tgw) && RobotHands.shown(n)).tryQuery(), "target " + tgw));
        ed.click(ed.robot.from(content).lookup(".rule-add").query());
        long routes = model().routeTables().stream().flatMap(t -> t.routes().stream())
                .filter(r -> tgw.equals(r.targetId())).count();
        assertTrue(routes > 0, "the route to " + tgw + " was added");
    }

    /**
     * Scrolls the inspector until {@code node} is inside its visible part, as a person drags its
     * scroll bar (the wheel over the panel would scroll the tables under the pointer instead).
     */
    private void reveal(Node node) {
        javafx.scene.control.ScrollPane pane = (javafx.scene.control.ScrollPane) ed.robot.lookup(".inspector-view").query();
        ed.robot.interact(() -> {
            Node content = pane.getContent();
            double contentHeight = content.getLayoutBounds().getHeight();
            double viewHeight = pane.getViewportBounds().getHeight();
            double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
            if (contentHeight > viewHeight) {
                double wanted = (y + node.getLayoutBounds().getHeight() + 40 - viewHeight) / (contentHeight - viewHeight);
                pane.setVvalue(Math.max(0, Math.min(1, wanted)));
            }
        });
        ed.settle();
        javafx.geometry.Bounds view = pane.localToScreen(pane.getLayoutBounds());
        javafx.geometry.Bounds b = node.localToScreen(node.getLayoutBounds());
        assertTrue(b.getMaxY() <= view.getMaxY() && b.getMinY() >= view.getMinY(), "scrolled to " + node.getId());
    }

    /** Clicks the entry of the open pick list that reads {@code text} (not a shape of that name on the canvas). */
    private void pick(String text) {
        ed.click(ed.await(() -> ed.robot.lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && text.equals(c.getText()) && RobotHands.shown(n)).tryQuery(), "list entry " + text));
    }

    /** Runs app-1 to shared-1 on HTTPS in the Trace panel; returns the verdict it shows. */
    private String trace() {
        ed.keys(KeyCode.SHORTCUT, KeyCode.T);
        List<Node> boxes = List.copyOf(ed.robot.lookup(".trace-query .combo-box").queryAll());
        String[] ends = {"app-1", "shared-1"};
        for (int i = 0; i < 2; i++) {
            Node box = boxes.get(i);
            ed.click(box);
            ed.awaitCaretIn(box, () -> ed.click(box));
            ed.keys(KeyCode.SHORTCUT, KeyCode.A);
            ed.type(ends[i]);
        }
        ed.click(boxes.get(3));
        ed.click(PortPreset.HTTPS.toString());
        ed.click(".trace-run");
        return ed.robot.lookup(".trace-verdict").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private List<HopRow> hops() {
        return List.copyOf(((TableView<HopRow>) ed.robot.lookup(".trace-hops").queryAs(TableView.class)).getItems());
    }

    /** The verdict the same question gets on the window's diagram, asked without a window. */
    private String expectedVerdict() {
        TraceViewModel expected = new TraceViewModel(new DiagramDocument(window.getViewModel().document().getDiagram()),
                ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.ENGLISH));
        expected.fromProperty().set("app-1");
        expected.toProperty().set("shared-1");
        expected.usePreset(PortPreset.HTTPS);
        expected.traceNow();
        return expected.verdictProperty().get();
    }
}
