package io.hopscope.app.window;

import io.hopscope.testing.MainWindowFixture;
import io.hopscope.app.files.Autosave;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.app.FileDiagramLoader;
import io.hopscope.app.HopscopeApp;
import io.hopscope.diagram.Diagram;
import io.hopscope.export.PngExporter;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.io.format.DiagramWriter;
import io.hopscope.ui.UiTestDiagrams;
import io.hopscope.ui.share.ShareView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 11, "never lose work": every path that used to lose an edit, driven with keys and mouse on
 * the real window reading and writing real files.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class NeverLoseWorkUiTest {

    @BeforeAll
    static void englishStrings() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @TempDir
    Path dir;

    private MainWindowView window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = MainWindowFixture.show(stage, 1200, 800);
    }

    private Path saved(String name, Diagram diagram) throws IOException {
        Path file = dir.resolve(name);
        DiagramWriter.save(diagram, file);
        return file;
    }

    private void open(FxRobot robot, Path file) {
        MainWindowFixture.open(robot, window, file);
        assertEquals("Hopscope — " + file.getFileName(), stage.getTitle());
    }

    /** One real edit: click the database card and move it one grid step with the arrow key. */
    private void edit(FxRobot robot) {
        Node db = window.getCanvasView().nodeFor(UiTestDiagrams.DB).orElseThrow();
        var b = db.localToScreen(db.getBoundsInLocal());
        robot.clickOn(new Point2D(b.getCenterX(), b.getCenterY()));
        robot.push(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getTitle().endsWith("•"), stage.getTitle());
    }

    private DialogPane dialog(FxRobot robot, String styleClass) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("." + styleClass).queryAs(DialogPane.class);
    }

    private boolean showing(FxRobot robot, String styleClass) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("." + styleClass).tryQuery().filter(n -> n.getScene().getWindow().isShowing()).isPresent();
    }

    private void answer(FxRobot robot, DialogPane pane, String button) {
        robot.clickOn(robot.from(pane).lookup(button).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks through menus by their texts, ignoring items of menus shown before and closed. */
    private static void menu(FxRobot robot, String... texts) {
        for (String text : texts) {
            // A popup lays its items out again as it opens: aim at an item of a showing menu, and
            // aim again if the one found was replaced meanwhile.
            for (int attempt = 0; ; attempt++) {
                WaitForAsyncUtils.waitForFxEvents();
                try {
                    robot.clickOn(robot.lookup(text).match((Node n) -> n.getScene() != null
                            && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).<Node>query());
                    break;
                } catch (RuntimeException e) {
                    if (attempt == 3) {
                        throw e;
                    }
                    WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                }
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void quitWithUnsavedChangesAsks(FxRobot robot) throws IOException {
        Path file = saved("two-tier.json", UiTestDiagrams.twoTier());
        open(robot, file);
        edit(robot);

        robot.push(KeyCode.CONTROL, KeyCode.Q);
        DialogPane asked = dialog(robot, MainWindowView.UNSAVED_DIALOG);
        assertTrue(stage.isShowing(), "Ctrl+Q does not close a window with unsaved changes before the answer");
        answer(robot, asked, "Cancel");
        assertTrue(stage.isShowing());
        assertTrue(window.getViewModel().hasUnsavedChanges(), "Cancel keeps the edit");

        // The window's close button asks the same question.
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        answer(robot, dialog(robot, MainWindowView.UNSAVED_DIALOG), "Cancel");
        assertTrue(stage.isShowing());

        robot.push(KeyCode.CONTROL, KeyCode.Q);
        answer(robot, dialog(robot, MainWindowView.UNSAVED_DIALOG), "Save");
        assertFalse(stage.isShowing(), "saved, then quit");
        assertEquals(DiagramWriter.toJson(window.getViewModel().getDiagram()), Files.readString(file));
    }

    @Test
    void importWithUnsavedChangesAsksFirst(FxRobot robot) throws IOException {
        Path file = saved("two-tier.json", UiTestDiagrams.twoTier());
        open(robot, file);
        edit(robot);
        Diagram edited = window.getViewModel().getDiagram();
        List<Path> chosen = new ArrayList<>();
        ShareView share = window.getShareView();
        robot.interact(() -> share.setImportTarget(start -> {
            chosen.add(Path.of("../shared/aws-samples/batfish-test-public-private-subnet/aws_configs").toAbsolutePath().normalize());
            return chosen.get(chosen.size() - 1);
        }));

        menu(robot, "File", "Import/Export", "Import AWS JSON…");
        DialogPane asked = dialog(robot, MainWindowView.UNSAVED_DIALOG);
        assertTrue(chosen.isEmpty(), "asked before the folder is even chosen");
        answer(robot, asked, "Cancel");
        assertEquals(edited, window.getViewModel().getDiagram(), "Cancel keeps the edited diagram");

        // Re-import from its menu item (the submenu, reopened at once, is not always laid out for the robot).
        javafx.scene.control.Menu shareMenu = (javafx.scene.control.Menu) menuItem("shareMenu");
        javafx.scene.control.MenuItem reimport = shareMenu.getItems().stream()
                .filter(i -> "reimportAwsItem".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(reimport::fire);
        answer(robot, dialog(robot, MainWindowView.UNSAVED_DIALOG), "Cancel");
        assertEquals(edited, window.getViewModel().getDiagram(), "Re-import asks too");
        assertTrue(chosen.isEmpty());

        menu(robot, "File", "Import/Export", "Import AWS JSON…");
        answer(robot, dialog(robot, MainWindowView.UNSAVED_DIALOG), "Discard");
        assertEquals(1, chosen.size());
        for (int i = 0; i < 200 && window.getViewModel().getDiagram().model().vpcs().isEmpty(); i++) {
            WaitForAsyncUtils.sleep(50, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertFalse(window.getViewModel().getDiagram().model().vpcs().isEmpty(), "imported after Discard");
        assertEquals(DiagramWriter.toJson(UiTestDiagrams.twoTier()), Files.readString(file), "the file was not touched");
    }

    @Test
    void saveOnADiagramOpenedFromAPngAsksForAJsonName(FxRobot robot) throws IOException {
        byte[] picture = PngExporter.export(UiTestDiagrams.twoTier(), 1);
        Path png = Files.write(dir.resolve("broken.png"), picture);
        open(robot, png);
        edit(robot);
        AtomicReference<Path> suggested = new AtomicReference<>();
        robot.interact(() -> window.setSaveTarget(s -> {
            suggested.set(s);
            return s;
        }));

        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(dir.resolve("broken.json"), suggested.get(), "Save behaves as Save As with a .json name");
        assertArrayEquals(picture, Files.readAllBytes(png), "the picture is never overwritten");
        assertEquals(window.getViewModel().getDiagram(), DiagramReader.read(dir.resolve("broken.json")).diagram());
        assertEquals("Hopscope — broken.json", stage.getTitle());

        // A picture name typed into Save As still gets JSON only under a .json name.
        robot.interact(() -> window.setSaveTarget(s -> dir.resolve("copy.png")));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Files.exists(dir.resolve("copy.png")));
        assertTrue(Files.exists(dir.resolve("copy.json")));
    }

    @Test
    void saveAsksBeforeOverwritingAFileChangedOnDisk(FxRobot robot) throws IOException {
        Path file = saved("two-tier.json", UiTestDiagrams.twoTier());
        open(robot, file);
        edit(robot);
        String theirs = DiagramWriter.toJson(Diagram.EMPTY);
        Files.writeString(file, theirs);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

        robot.push(KeyCode.CONTROL, KeyCode.S);
        DialogPane asked = dialog(robot, MainWindowView.DISK_CHANGED_DIALOG);
        assertTrue(asked.getHeaderText().contains(file.toString()), asked.getHeaderText());
        answer(robot, asked, "Cancel");
        assertEquals(theirs, Files.readString(file), "nothing is overwritten without an answer");
        assertTrue(window.getViewModel().hasUnsavedChanges());

        robot.push(KeyCode.CONTROL, KeyCode.S);
        answer(robot, dialog(robot, MainWindowView.DISK_CHANGED_DIALOG), "Overwrite");
        assertEquals(DiagramWriter.toJson(window.getViewModel().getDiagram()), Files.readString(file));
        assertFalse(window.getViewModel().hasUnsavedChanges());
    }

    @Test
    void focusOffersToReloadAnUnmodifiedDiagramChangedOnDisk(FxRobot robot) throws IOException {
        Path file = saved("two-tier.json", UiTestDiagrams.twoTier());
        open(robot, file);
        // Another program rewrites the file while the window is in use.
        Files.writeString(file, DiagramWriter.toJson(Diagram.EMPTY));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        robot.clickOn(".canvas-scroll");
        for (int i = 0; i < 100 && !showing(robot, MainWindowView.RELOAD_DIALOG); i++) {
            WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        DialogPane offer = dialog(robot, MainWindowView.RELOAD_DIALOG);
        assertTrue(offer.getHeaderText().contains(file.toString()), offer.getHeaderText());
        answer(robot, offer, "Reload from disk");
        assertTrue(window.getViewModel().getDiagram().model().allResources().isEmpty(), "the file as it is on disk now");
        assertFalse(window.getViewModel().hasUnsavedChanges());
    }

    @Test
    void failedSaveShowsADialogNamingFileAndReasonAndOffersSaveAs(FxRobot robot) throws IOException {
        Path recovery = dir.resolve("recovery");
        Autosave autosave = new Autosave(recovery, 20);
        robot.interact(() -> window.getViewModel().useAutosave(autosave));
        Path file = saved("two-tier.json", UiTestDiagrams.twoTier());
        open(robot, file);
        edit(robot);
        robot.interact(() -> autosave.flushNow(window.getViewModel().document()));
        Path plainFile = Files.writeString(dir.resolve("notes.txt"), "a file, not a folder");
        Path impossible = plainFile.resolve("two-tier.json");
        robot.interact(() -> window.setSaveTarget(s -> impossible));

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        DialogPane failed = dialog(robot, MainWindowView.SAVE_FAILED_DIALOG);
        assertTrue(failed.getHeaderText().contains(impossible.toString()), failed.getHeaderText());
        assertTrue(failed.getContentText().contains("Reason: "), failed.getContentText());
        assertTrue(window.getViewModel().hasUnsavedChanges(), "the document stays dirty");
        assertEquals(1, autosave.pending().size(), "the autosave is kept");

        Path good = dir.resolve("elsewhere.json");
        robot.interact(() -> window.setSaveTarget(s -> good));
        answer(robot, failed, "Save As…");
        assertFalse(window.getViewModel().hasUnsavedChanges());
        assertEquals(window.getViewModel().getDiagram(), DiagramReader.read(good).diagram());
        assertTrue(autosave.pending().isEmpty(), "saved: the autosave is no longer needed");
        autosave.close();
    }

    @Test
    void fileNewOpensAnEmptyEditableDiagramAndSaveIsDisabledWhenNothingIsOpen(FxRobot robot) {
        robot.clickOn("File");
        assertTrue(menuItem("saveItem").isDisable(), "nothing open: nothing to save");
        assertTrue(menuItem("closeItem").isDisable());
        robot.push(KeyCode.ESCAPE);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Hopscope — Untitled", stage.getTitle());
        assertFalse(menuItem("saveItem").isDisable());
        javafx.scene.control.Label hint = robot.lookup(".canvas-empty-hint").queryAs(javafx.scene.control.Label.class);
        assertFalse(hint.getText().contains("No diagram open"), hint.getText());
        var scroll = robot.lookup(".canvas-scroll").query();
        var b = scroll.localToScreen(scroll.getLayoutBounds());
        robot.drag("#palette-vpc", javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(new Point2D(b.getCenterX(), b.getCenterY())).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, window.getViewModel().getDiagram().model().vpcs().size(), "the new diagram takes a VPC");
    }

    private javafx.scene.control.MenuItem menuItem(String id) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) window.getRoot().lookup("#menuBar");
        return bar.getMenus().get(0).getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void openingAnAwsDescribeFileSaysItIsAwsDataAndOffersImport(FxRobot robot) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("snapshot"));
        Path source = Path.of("../shared/aws-samples/batfish-test-public-private-subnet/aws_configs").toAbsolutePath().normalize();
        for (String name : List.of("Vpcs.json", "Subnets.json", "RouteTables.json", "SecurityGroups.json",
                "NetworkAcls.json", "InternetGateways.json", "Reservations.json")) {
            if (Files.exists(source.resolve(name))) {
                String aws = name.replace(".json", "").toLowerCase(Locale.ROOT);
                Files.copy(source.resolve(name), folder.resolve("describe-" + aws + ".json"));
            }
        }
        Path vpcs = folder.resolve("describe-vpcs.json");
        robot.interact(() -> window.setOpenTarget(start -> vpcs));
        robot.push(KeyCode.CONTROL, KeyCode.O);
        DialogPane said = dialog(robot, MainWindowView.AWS_DATA_DIALOG);
        assertTrue(said.getHeaderText().contains("AWS data"), said.getHeaderText());
        assertFalse(said.getContentText().contains("$.format"), said.getContentText());
        answer(robot, said, "Import folder");
        for (int i = 0; i < 200 && window.getViewModel().getDiagram().model().vpcs().isEmpty(); i++) {
            WaitForAsyncUtils.sleep(50, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertFalse(window.getViewModel().getDiagram().model().vpcs().isEmpty(), "the folder was imported");
    }

    @Test
    void openingATerraformPlanSaysWhatItIsAndImportsIt(FxRobot robot) {
        Path plan = Path.of("../shared/terraform-samples/checkov-terragoat-plan-tf0.12.json").toAbsolutePath().normalize();
        robot.interact(() -> window.setOpenTarget(start -> plan));
        robot.push(KeyCode.CONTROL, KeyCode.O);
        DialogPane said = dialog(robot, OpenFailureDialogs.TERRAFORM_DATA_DIALOG);
        assertTrue(said.getHeaderText().contains("Terraform plan or state"), said.getHeaderText());
        assertFalse(said.getContentText().contains("$.format"), said.getContentText());
        answer(robot, said, "Import");
        for (int i = 0; i < 200 && window.getViewModel().getDiagram().model().vpcs().isEmpty(); i++) {
            WaitForAsyncUtils.sleep(50, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertFalse(window.getViewModel().getDiagram().model().vpcs().isEmpty(), "the plan was imported");
    }

    @Test
    void theOpenDialogsDefaultFilterShowsPngs() {
        var first = Choosers.openFilters(HopscopeApp.messages()).get(0);
        assertTrue(first.getExtensions().containsAll(List.of("*.json", "*.png")), first.getExtensions().toString());
        assertTrue(first.getDescription().contains("png"), first.getDescription());
    }

    @Test
    void doubleClickingAnOutboundProblemOpensTheOutboundTab(FxRobot robot) {
        Path broken = Path.of("diagrams/ec2-to-rds-broken-return.json").toAbsolutePath();
        open(robot, broken);
        var problems = window.getProblemsView();
        robot.interact(() -> problems.getTab().getTabPane().getSelectionModel().select(problems.getTab()));
        WaitForAsyncUtils.waitForFxEvents();
        var outbound = problems.getTable().getItems().stream().filter(p -> p.location().endsWith(".outbound"))
                .findFirst().orElseThrow(() -> new AssertionError("the sample has an outbound NACL warning"));
        robot.interact(() -> problems.getTable().scrollTo(outbound));
        WaitForAsyncUtils.waitForFxEvents();
        Node row = robot.lookup(".table-row-cell").match((javafx.scene.control.TableRow<?> r) -> outbound.equals(r.getItem()))
                .query();
        robot.doubleClickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TabPane tabs = robot.lookup("#rule-tabs").queryAs(javafx.scene.control.TabPane.class);
        assertEquals("outbound", tabs.getSelectionModel().getSelectedItem().getId());
    }
}
