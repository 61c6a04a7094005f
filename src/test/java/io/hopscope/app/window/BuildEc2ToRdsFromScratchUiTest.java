package io.hopscope.app.window;

import io.hopscope.testing.MainWindowFixture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.app.HopscopeApp;
import io.hopscope.check.ModelValidator;
import io.hopscope.check.Problem;
import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Shape;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.io.format.DiagramWriter;
import io.hopscope.diagram.render.Rect;
import io.hopscope.ui.common.DiagramDocument;
import io.hopscope.ui.inspector.InspectorView;
import io.hopscope.ui.trace.HopRow;
import io.hopscope.ui.trace.PortPreset;
import io.hopscope.ui.trace.TraceViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 4's "done means", end to end: from File > New, the ec2-to-rds sample is drawn again with
 * mouse and keyboard only (palette drags, moves and corner-handle resizes on the 20 px grid, drops
 * on workloads and subnets, the inspector's fields and rule tables), saved with File > Save As,
 * reopened with File > Open and Open Recent, and compared with the sample: the same model up to ids, the
 * same boxes, the same trace from web-1 to orders-db on tcp/3306. The native file choosers cannot
 * show under Monocle, so Save As and Open are handed the file where a person would pick it.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class BuildEc2ToRdsFromScratchUiTest {

    private static final Path SAMPLE = Path.of("diagrams/ec2-to-rds.json");

    private MainWindowView window;
    private EditorRobot ed;

    @BeforeAll
    static void englishStrings() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage, 1200, 800);
    }

    private DiagramDocument doc() {
        return window.getViewModel().document();
    }

    @Test
    void theEc2ToRdsSampleDrawnFromAnEmptyCanvasSavesReopensAndTracesLikeTheSample(FxRobot robot) throws IOException {
        ed = new EditorRobot(robot, window);
        Diagram sample = DiagramReader.read(SAMPLE).diagram();

        ed.menu("File", "New");
        assertTrue(doc().getDiagram().model().allResources().isEmpty());
        ed.widenInspector(600);
        // Zoom out with the keyboard until the whole sample (840 x 620 units) fits the viewport.
        ed.click(ed.viewport(0.5, 0.5));
        for (int i = 0; i < 5; i++) {
            ed.keys(KeyCode.SHORTCUT, KeyCode.MINUS);
        }

        String vpc = drawVpc();
        String[] subnets = drawSubnets(vpc);
        String webA = subnets[0];
        String dbA = subnets[1];
        String dbB = subnets[2];
        drawGateway(vpc);
        String web = drawWorkload("ec2", webA, "web-1", "10.0.1.10", "198.51.100.10", "Primary network interface",
                new Shape("", 180, 300, 140, 60));
        String db = drawWorkload("rds", dbA, "orders-db", "10.0.2.45", null, "RDSNetworkInterface",
                new Shape("", 180, 480, 140, 60));
        drawSecurityGroups(web, db);
        drawRouteTables(webA, dbA);
        drawNetworkAcls(webA, dbA, dbB);
        drawClient(vpc);
        // With nothing selected the inspector shows the diagram's own title and description.
        ed.click(ed.screen(vpc, 640, 100));
        assertTrue(doc().getSelection().isEmpty());
        ed.field("diagramTitle", sample.title());
        ed.field("diagramDescription", sample.description());

        Diagram drawn = doc().getDiagram();
        SampleComparison comparison = new SampleComparison(sample, drawn);
        comparison.assertModelsEqual();
        comparison.assertLayoutsEqual();
        comparison.assertFilesEqual();
        assertProblemsLikeTheSample(robot, sample, comparison);

        Path folder = Files.createTempDirectory("hopscope-e2e");
        Path saved = folder.resolve("shop.json");
        robot.interact(() -> window.setSaveTarget(current -> saved));
        ed.menu("File", "Save As…");
        assertFalse(doc().isDirty());
        byte[] firstBytes = Files.readAllBytes(saved);

        ed.menu("File", "New");
        assertTrue(doc().getDiagram().model().allResources().isEmpty());
        robot.interact(() -> window.setOpenTarget(lastFolder -> saved));
        ed.menu("File", "Open…");
        assertEquals(DiagramWriter.toJson(drawn), DiagramWriter.toJson(doc().getDiagram()), "reopened as saved");
        assertEquals(Set.copyOf(drawn.model().allResources()), Set.copyOf(doc().getDiagram().model().allResources()));
        assertEquals(drawn.layout(), doc().getDiagram().layout());
        // The reopened diagram is clean; Ctrl+S still writes it, and to the very same bytes.
        Files.delete(saved);
        ed.keys(KeyCode.SHORTCUT, KeyCode.S);
        assertArrayEquals(firstBytes, Files.readAllBytes(saved), "saving the reopened diagram writes the same bytes");
        ed.menu("File", "New");
        ed.menu("File", "Open Recent", saved.toAbsolutePath().normalize().toString());
        assertEquals(DiagramWriter.toJson(drawn), DiagramWriter.toJson(doc().getDiagram()), "Open Recent finds it too");

        traceLikeTheSample(robot, sample, comparison);
    }

    private String drawVpc() {
        String vpc = ed.drop("vpc", ed.viewport(0.5, 0.55));
        assertEquals("10.0.0.0/16", doc().getDiagram().model().vpc(vpc).ipv4Cidrs().get(0).toString());
        ed.field("name", "shop");
        ed.field("region", "us-east-1");
        ed.place(vpc, 200, 12, new Shape(vpc, 40, 200, 800, 420));
        return vpc;
    }

    private String[] drawSubnets(String vpc) {
        String[][] specs = {
                {"web-a", "10.0.1.0/24", "us-east-1a", "80", "260"},
                {"db-a", "10.0.2.0/24", "us-east-1a", "80", "440"},
                {"db-b", "10.0.3.0/24", "us-east-1b", "460", "440"}};
        String[] ids = new String[specs.length];
        for (int i = 0; i < specs.length; i++) {
            String[] s = specs[i];
            double x = Double.parseDouble(s[3]);
            double y = Double.parseDouble(s[4]);
            // Dropped where the subnet goes, on free VPC space; the planner centres its 260 x 170 box there.
            ids[i] = ed.drop("subnet", ed.screen(vpc, x + 170, y + 70));
            ed.field("name", s[0]);
            ed.field("cidr", s[1]);
            ed.field("zone", s[2]);
            ed.place(ids[i], 130, 16, new Shape(ids[i], x, y, 340, 140));
        }
        return ids;
    }

    private void drawGateway(String vpc) {
        String igw = ed.drop("internet-gateway", ed.screen(vpc, 640, 300));
        ed.field("name", "shop-igw");
        // It starts on the VPC's top border; the sample pins it there as a wide, low tile.
        ed.place(igw, ed.box(igw).width() / 2, ed.box(igw).height() / 2, new Shape(igw, 160, 180, 180, 40));
    }

    private String drawWorkload(String item, String subnet, String name, String ip, String publicIp, String description,
                                Shape where) {
        Rect subnetBox = ed.box(subnet);
        String id = ed.drop(item, ed.screen(subnet, subnetBox.centerX(), subnetBox.centerY()));
        ed.field("name", name);
        ed.field("interfaceName", name + "-eni");
        ed.field("privateIps", ip);
        if (publicIp != null) {
            ed.field("publicIp", publicIp);
        }
        ed.field("description", description);
        ed.place(id, 70, 30, new Shape(id, where.x(), where.y(), where.width(), where.height()));
        return id;
    }

    private void drawSecurityGroups(String web, String db) {
        // A group dropped on a workload is created and attached to it at once.
        ed.drop("security-group", centreOf(web));
        ed.field("name", "web-sg");
        ed.field("description", "HTTPS from anywhere");
        ed.addPreset(InspectorView.INBOUND, "HTTPS (443)");
        // New inbound rules start at the VPC's block, never the internet: opened on purpose here.
        ed.editCell(InspectorView.INBOUND, 0, "peer", "0.0.0.0/0");
        ed.editCell(InspectorView.INBOUND, 0, "description", "HTTPS");

        ed.drop("security-group", centreOf(db));
        ed.field("name", "orders-db-sg");
        ed.field("description", "MySQL from the web tier");
        ed.addPreset(InspectorView.INBOUND, "MySQL/Aurora (3306)");
        ed.editCell(InspectorView.INBOUND, 0, "peer", "web-sg");
        ed.editCell(InspectorView.INBOUND, 0, "description", "MySQL from web-sg");

        // New interfaces start in the VPC's default group, as in AWS; the sample's use only their own.
        ed.select(web);
        ed.checkOnly("securityGroups", "web-sg");
        ed.select(db);
        ed.checkOnly("securityGroups", "orders-db-sg");
        // The default group now shows as a badge nowhere; Edit > Find (Ctrl+F) still opens it.
        ed.keys(KeyCode.SHORTCUT, KeyCode.F);
        ed.type("default");
        ed.keys(KeyCode.ENTER);
        assertEquals("default", doc().getDiagram().model().securityGroup(doc().getSelection().iterator().next()).name());
        assertEquals("default VPC security group", ed.fieldText("description"));
    }

    private void drawRouteTables(String webA, String dbA) {
        // The main table, created with the VPC, shows as a badge on every subnet that has no table of its own.
        ed.click(ed.subnetBadge(dbA, "RT "));
        ed.field("name", "shop-main");

        Rect web = ed.box(webA);
        ed.drop("route-table", ed.screen(webA, web.x() + 40, web.y() + 40));
        ed.field("name", "shop-public");
        ed.ruleTab(InspectorView.ROUTES);
        ed.routeTo("0.0.0.0/0", "shop-igw");
    }

    private void drawNetworkAcls(String webA, String dbA, String dbB) {
        ed.click(ed.subnetBadge(webA, "ACL "));
        ed.field("name", "shop-default");

        Rect web = ed.box(webA);
        ed.drop("network-acl", ed.screen(webA, web.x() + 40, web.y() + 40));
        ed.field("name", "web-nacl");
        ed.addPreset(InspectorView.INBOUND, "HTTPS (443)");
        ed.editCell(InspectorView.INBOUND, 0, "cidr", "0.0.0.0/0");
        ed.addPreset(InspectorView.INBOUND, "Ephemeral ports (1024-65535)");
        ed.editCell(InspectorView.INBOUND, 1, "number", "110");
        ed.editCell(InspectorView.INBOUND, 1, "cidr", "10.0.2.0/23");
        ed.addPreset(InspectorView.OUTBOUND, "MySQL/Aurora (3306)");
        ed.editCell(InspectorView.OUTBOUND, 0, "cidr", "10.0.2.0/23");
        ed.addPreset(InspectorView.OUTBOUND, "Ephemeral ports (1024-65535)");
        ed.editCell(InspectorView.OUTBOUND, 1, "number", "110");

        Rect a = ed.box(dbA);
        ed.drop("network-acl", ed.screen(dbA, a.x() + 40, a.y() + 40));
        ed.field("name", "db-nacl");
        ed.addPreset(InspectorView.INBOUND, "MySQL/Aurora (3306)");
        ed.editCell(InspectorView.INBOUND, 0, "cidr", "10.0.1.0/24");
        ed.addPreset(InspectorView.OUTBOUND, "Ephemeral ports (1024-65535)");
        ed.editCell(InspectorView.OUTBOUND, 0, "cidr", "10.0.1.0/24");
        // Its badge dragged onto db-b associates db-b with it too.
        Rect b = ed.box(dbB);
        ed.dragTo(ed.subnetBadge(dbA, "ACL db-nacl"), ed.screen(dbB, b.centerX(), b.centerY()));
        assertEquals("db-nacl", doc().getDiagram().model().networkAclOf(dbB).name());
    }

    private void drawClient(String vpc) {
        String client = ed.drop("internet", ed.screen(vpc, 250, 90));
        ed.field("name", "client");
        ed.field("externalCidrs", "203.0.113.10/32");
        ed.place(client, ed.box(client).width() / 2, ed.box(client).height() / 2, new Shape(client, 220, 60, 60, 60));
    }

    /** The Problems panel lists what the validator finds in the sample, no more and no less. */
    private void assertProblemsLikeTheSample(FxRobot robot, Diagram sample, SampleComparison comparison) {
        TableView<?> panel = robot.lookup("#problems-table").queryAs(TableView.class);
        List<String> got = panel.getItems().stream().map(p -> describe((Problem) p)).sorted().toList();
        List<String> want = ModelValidator.validate(sample.model()).stream()
                .map(p -> comparison.withDrawnIds(describe(p))).sorted().toList();
        assertEquals(want, got);
    }

    private static String describe(Problem p) {
        return p.severity() + " " + p.resourceId() + ": " + p.message();
    }

    private Point2D centreOf(String id) {
        Rect b = ed.box(id);
        return ed.screen(id, b.centerX(), b.centerY());
    }

    /**
     * The sample's own traces (web-1 to orders-db on MySQL, client to web-1 on HTTPS), asked in the
     * Trace panel with the keyboard and the preset list, give the verdicts and hops they give on the sample.
     */
    private void traceLikeTheSample(FxRobot robot, Diagram sample, SampleComparison comparison) {
        ed.keys(KeyCode.SHORTCUT, KeyCode.T);
        traceInPanel(robot, sample, comparison, "web-1", "orders-db", PortPreset.MYSQL);
        traceInPanel(robot, sample, comparison, "client", "web-1", PortPreset.HTTPS);
    }

    private void traceInPanel(FxRobot robot, Diagram sample, SampleComparison comparison, String from, String to,
                              PortPreset preset) {
        TraceViewModel expected = new TraceViewModel(new DiagramDocument(sample),
                ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.ENGLISH));
        expected.fromProperty().set(from);
        expected.toProperty().set(to);
        expected.usePreset(preset);
        expected.traceNow();

        List<Node> boxes = List.copyOf(robot.lookup(".trace-query .combo-box").queryAll());
        for (int i = 0; i < 2; i++) {
            Node box = boxes.get(i);
            String text = i == 0 ? from : to;
            // Keys typed before the caret is in the box go elsewhere (the box kept "web-1" under load).
            ed.click(box);
            ed.awaitCaretIn(box, () -> ed.click(box));
            ed.keys(KeyCode.SHORTCUT, KeyCode.A);
            ed.type(text);
            assertEquals(text, ((javafx.scene.control.ComboBox<?>) box).getEditor().getText(), "typed into the box");
        }
        ed.click(boxes.get(3));
        ed.click(preset.toString());
        ed.click(".trace-run");

        assertEquals(comparison.withDrawnIds(expected.verdictProperty().get()),
                robot.lookup(".trace-verdict").queryAs(Label.class).getText());
        TableView<?> hops = robot.lookup(".trace-hops").queryAs(TableView.class);
        List<String> want = expected.getRows().stream().map(r -> comparison.withDrawnIds(describe(r))).toList();
        List<String> got = hops.getItems().stream().map(r -> describe((HopRow) r)).toList();
        assertFalse(want.isEmpty());
        assertEquals(String.join("\n", want), String.join("\n", got), from + " to " + to);
    }

    private static String describe(HopRow r) {
        return (r.reply() ? "reply " : "request ") + r.component() + " | " + r.packet() + " | " + r.rule() + " | " + r.decision();
    }
}
