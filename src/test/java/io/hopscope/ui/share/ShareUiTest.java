package io.hopscope.ui.share;

import io.hopscope.testing.MainWindowFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.app.HopscopeApp;
import io.hopscope.check.Problem;
import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Shape;
import io.hopscope.edit.Edit;
import io.hopscope.io.format.DiagramLoad;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.ui.canvas.DiagramCanvasView;
import io.hopscope.app.window.MainWindowView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
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

/** Import, re-import, export and copy through the real main window, headless under Monocle. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ShareUiTest {

    private static final Path NAT = Path.of("..", "shared", "aws-samples", "batfish-test-nat-gateway")
            .toAbsolutePath().normalize();
    private static final Path PEERING = Path.of("..", "shared", "aws-samples", "batfish-test-vpc-peering")
            .toAbsolutePath().normalize();

    @BeforeAll
    static void englishStrings() {
        Locale.setDefault(Locale.ENGLISH);
    }

    private MainWindowView window;
    private ShareView share;
    private Stage stage;

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = MainWindowFixture.show(stage, f -> null, 1100, 750);
        share = window.getShareView();
    }

    private void importAndWait(FxRobot robot, Path dir, boolean reimport) throws Exception {
        robot.interact(() -> {
            if (reimport) {
                share.reimportFrom(dir);
            } else {
                share.importFrom(dir);
            }
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !share.getViewModel().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Diagram diagram() {
        return window.getViewModel().document().getDiagram();
    }

    private Set<Node> shapes(FxRobot robot, String styleClass) {
        return robot.lookup(n -> n.getStyleClass().contains("shape") && n.getStyleClass().contains(styleClass)).queryAll();
    }

    @Test
    void importingASampleFolderDrawsItsShapesOnTheCanvas(FxRobot robot) throws Exception {
        importAndWait(robot, PEERING, false);

        Diagram d = diagram();
        assertEquals(d.model().vpcs().size(), shapes(robot, "vpc").size());
        assertEquals(d.model().subnets().size(), shapes(robot, "subnet").size());
        d.model().vpcs().forEach(v -> assertTrue(window.getCanvasView().nodeFor(v.id()).isPresent(), v.id()));
        assertTrue(window.getViewModel().document().isDirty(), "an import is unsaved work");
        assertTrue(stage.getTitle().contains("Untitled"), stage.getTitle());
        assertTrue(share.getViewModel().getStatus().startsWith("Imported"), share.getViewModel().getStatus());
    }

    @Test
    void theFileMenuOffersImportAndExportAndTheEditMenuCopyAsImage(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        List<String> ids = bar.getMenus().stream().flatMap(m -> allItems(m).stream()).map(MenuItem::getId).toList();

        assertTrue(ids.containsAll(List.of("importAwsItem", "reimportAwsItem", "exportPng1Item", "exportPng2Item",
                "exportSvgItem", "copyAsImageItem")), ids.toString());
        List<MenuItem> file = bar.getMenus().get(0).getItems();
        assertEquals("_Quit", file.get(file.size() - 1).getText(), "Quit stays last");
    }

    private static List<MenuItem> allItems(javafx.scene.control.Menu menu) {
        List<MenuItem> all = new java.util.ArrayList<>();
        for (MenuItem i : menu.getItems()) {
            all.add(i);
            if (i instanceof javafx.scene.control.Menu sub) {
                all.addAll(allItems(sub));
            }
        }
        return all;
    }

    @Test
    void importProblemsAreListedInADialogThatStaysOpen(FxRobot robot) throws Exception {
        Path broken = temp.resolve("broken");
        Files.createDirectories(broken);
        Files.copy(NAT.resolve("aws_configs").resolve("Vpcs.json"), broken.resolve("Vpcs.json"));
        Files.writeString(broken.resolve("Subnets.json"), "{ \"Subnets\": [ { \"SubnetId\": ");

        importAndWait(robot, broken, false);

        DialogPane dialog = robot.lookup("." + ShareView.PROBLEMS_DIALOG_STYLE).queryAs(DialogPane.class);
        assertNotNull(dialog);
        assertFalse(share.getViewModel().getImportProblems().isEmpty());
        assertTrue(share.getViewModel().getImportProblems().stream().anyMatch(p -> p.file().contains("Subnets.json")),
                share.getViewModel().getImportProblems().toString());
        robot.interact(() -> dialog.getScene().getWindow().hide());

        // The Problems panel lists the same notes, marked as coming from the import.
        TableView<Problem> table = robot.lookup("#problems-table").queryTableView();
        List<Problem> notes = table.getItems().stream()
                .filter(p -> p.location().contains("Subnets.json")).toList();
        assertFalse(notes.isEmpty(), table.getItems().toString());
        int row = table.getItems().indexOf(notes.get(0));
        robot.interact(() -> {
            var tab = window.getProblemsView().getTab();
            tab.getTabPane().getSelectionModel().select(tab);
            table.scrollTo(row);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#problems-table .table-cell").queryAllAs(javafx.scene.control.Labeled.class)
                .stream().anyMatch(c -> "Import".equals(c.getText())), "a row marked Import is shown");
        assertTrue(window.getProblemsView().getTab().getText().startsWith("Problems ("),
                window.getProblemsView().getTab().getText());

        // A new document forgets them.
        robot.interact(() -> window.getViewModel().close());
        assertTrue(table.getItems().stream().noneMatch(p -> p.location().contains("Subnets.json")),
                table.getItems().toString());
    }

    @Test
    void exportWritesAPngThatReopensAsTheDiagramAndAnSvg(FxRobot robot) throws Exception {
        importAndWait(robot, NAT, false);
        Path png = temp.resolve("nat.png");
        Path svg = temp.resolve("nat.svg");

        robot.interact(() -> {
            share.exportPng(png, 2);
            share.exportSvg(svg);
        });

        DiagramLoad reopened = DiagramReader.read(png);
        assertFalse(reopened.hasErrors(), reopened.problems().toString());
        assertEquals(diagram().layout(), reopened.diagram().layout());
        Image picture = new Image(png.toUri().toString());
        assertTrue(picture.getWidth() > 200, "width " + picture.getWidth());
        String text = Files.readString(svg);
        assertTrue(text.contains("<svg"));
        diagram().model().subnets().forEach(s -> assertTrue(text.contains(s.id()), s.id()));
    }

    @Test
    void copyAsImagePutsThePictureOnTheClipboard(FxRobot robot) throws Exception {
        importAndWait(robot, NAT, false);
        robot.interact(() -> Clipboard.getSystemClipboard().clear());

        robot.interact(share::copyAsImage);

        Image[] copied = new Image[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getImage());
        assertNotNull(copied[0], "an image on the clipboard");
        assertTrue(copied[0].getWidth() > 100, "width " + copied[0].getWidth());
    }

    @Test
    void reimportKeepsTheShapeAPersonMoved(FxRobot robot) throws Exception {
        importAndWait(robot, NAT, false);
        String vpcId = diagram().model().vpcs().get(0).id();
        Shape moved = diagram().layout().shape(vpcId).movedBy(150, 90);
        robot.interact(() -> window.getViewModel().document().perform(new Edit() {
            @Override
            public String description() {
                return "Move " + vpcId;
            }

            @Override
            public Diagram apply(Diagram d) {
                return d.withLayout(d.layout().with(moved));
            }
        }));

        importAndWait(robot, NAT, true);

        assertEquals(moved, diagram().layout().shape(vpcId));
        Node node = window.getCanvasView().nodeFor(vpcId).orElseThrow();
        assertTrue(node.getProperties().get(DiagramCanvasView.RESOURCE_ID).equals(vpcId));
        assertTrue(window.getViewModel().document().undoTextProperty().get().startsWith("Re-import"));
    }

    @Test
    void aBigImportZoomedOutShowsWorkloadCountsInsteadOfCards(FxRobot robot) throws Exception {
        Path account = temp.resolve("account");
        new io.hopscope.io.aws.SyntheticAccount(3, io.hopscope.io.aws.SyntheticAccount.Scale.quotaTimes(0.05)).write(account);
        importAndWait(robot, account, false);

        robot.interact(() -> window.getViewModel().canvas().setScale(0.2));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.getCanvasView().showsWorkloadCounts());
        // Culling may not create the cards at all; any that exist are hidden.
        assertTrue(shapes(robot, "workload").stream().noneMatch(Node::isVisible), "no workload card shown");
        Label count = robot.lookup(".workload-count").queryAs(Label.class);
        assertTrue(count.isVisible() && count.getText().matches("\\d+ workloads"), count.getText());

        robot.interact(() -> window.getViewModel().canvas().setScale(0.1));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.getCanvasView().showsWorkloadCounts(), "counts too small to read are hidden in the overview");
        Set<Node> subnets = shapes(robot, "subnet");
        assertFalse(subnets.isEmpty());
        assertTrue(subnets.stream().allMatch(Node::isVisible), "subnets stay as coloured boxes");
        assertTrue(subnets.stream().noneMatch(s -> labelVisible(s, "title")), "their names would be under 8 px");

        robot.interact(() -> window.getViewModel().canvas().setScale(0.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.getCanvasView().showsWorkloadCounts(), "cards are back at 50 %");
        assertTrue(shapes(robot, "subnet").stream().allMatch(s -> labelVisible(s, "title")), "subnet names are back");
        Set<Node> compactCards = shapes(robot, "workload");
        assertFalse(compactCards.isEmpty());
        assertTrue(compactCards.stream().allMatch(Node::isVisible));
        assertTrue(compactCards.stream().allMatch(c -> labelVisible(c, "title")), "names stay at 50 %");
        assertTrue(compactCards.stream().noneMatch(c -> labelVisible(c, "detail")), "addresses too small to read are hidden");

        robot.interact(() -> window.getViewModel().canvas().setScale(1.0));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.getCanvasView().showsWorkloadCounts());
        Set<Node> cards = shapes(robot, "workload");
        assertFalse(cards.isEmpty(), "cards near the viewport are back");
        assertTrue(cards.stream().allMatch(Node::isVisible), "cards back at 100 %");
        assertTrue(cards.stream().allMatch(c -> labelVisible(c, "detail")), "addresses back at 100 %");
    }

    private static boolean labelVisible(Node card, String styleClass) {
        return ((javafx.scene.Parent) card).getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains(styleClass))
                .findFirst().orElseThrow().isVisible();
    }

    @Test
    void theProgressBadgeShowsWhileAnImportRuns(FxRobot robot) throws Exception {
        Node badge = robot.lookup("." + ShareView.PROGRESS_STYLE).query();
        assertFalse(badge.isVisible());
        robot.interact(() -> {
            share.importFrom(PEERING);
            assertTrue(badge.isVisible(), "visible as soon as the import starts");
            assertTrue(((Label) ((javafx.scene.layout.HBox) badge).getChildren().get(1)).getText().startsWith("Importing"));
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !share.getViewModel().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(badge.isVisible());
    }
}
