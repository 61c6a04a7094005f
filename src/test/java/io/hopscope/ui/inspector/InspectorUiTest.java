package io.hopscope.ui.inspector;

import io.hopscope.testing.MainWindowFixture;
import static io.hopscope.ui.inspector.InspectorFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.engine.Direction;
import io.hopscope.engine.RuleRef;
import io.hopscope.app.HopscopeApp;
import io.hopscope.check.Problem;
import io.hopscope.model.AclEntry;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.SgRule;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.PortRange;
import io.hopscope.ui.common.DiagramDocument;
import io.hopscope.app.files.DiagramLoader;
import io.hopscope.app.window.MainWindowView;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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

/** The inspector and problems panels in the real main window, on the ec2-to-rds sample, headless. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class InspectorUiTest {

    private static final Path FILE = Path.of("/diagrams/ec2-to-rds.json").toAbsolutePath();

    private MainWindowView window;
    private DiagramDocument doc;

    @BeforeAll
    static void englishStrings() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Start
    void start(Stage stage) {
        DiagramLoader loader = f -> new DiagramLoader.Loaded(ec2ToRds(), List.of());
        window = MainWindowFixture.show(stage, loader, 1100, 750);
        // Within Monocle's headless screen (1280x800): a larger stage overflows its painter.
        window.openFile(FILE);
        doc = window.getViewModel().document();
    }

    private void select(FxRobot robot, String id) {
        robot.interact(() -> {
            doc.getSelection().clear();
            doc.getSelection().add(id);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private NetworkModel model() {
        return doc.getDiagram().model();
    }

    /** The bottom panel holds several tabs (problems, trace): bring the one holding {@code node} to the front. */
    private static void showTabOf(FxRobot robot, Node node) {
        TabPane bottom = robot.lookup(".bottom-tabs").queryAs(TabPane.class);
        robot.interact(() -> bottom.getTabs().stream()
                .filter(t -> t.getContent() != null && isInside(node, t.getContent()))
                .findFirst().ifPresent(t -> bottom.getSelectionModel().select(t)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private Node inTab(FxRobot robot, String tabId, String query) {
        TabPane tabs = robot.lookup("#rule-tabs").queryAs(TabPane.class);
        Tab tab = tabs.getTabs().stream().filter(t -> t.getId().equals(tabId)).findFirst().orElseThrow();
        if (tabs.getSelectionModel().getSelectedItem() != tab) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
        }
        return robot.from(tab.getContent()).lookup(query).query();
    }

    private void preset(FxRobot robot, String tabId, String presetLabel) {
        robot.clickOn(inTab(robot, tabId, ".rule-presets"));
        robot.clickOn(presetLabel);
        robot.clickOn(inTab(robot, tabId, ".rule-add"));
    }

    private static String visibleError(FxRobot robot, String tabId, InspectorUiTest test) {
        Label l = (Label) test.inTab(robot, tabId, ".rule-error");
        return l.isVisible() ? l.getText() : "";
    }

    @Test
    void anInvalidCidrShowsItsMessageAtTheFieldAndAValidOneCommitsUndoably(FxRobot robot) {
        select(robot, DB_B_SUBNET);
        Cidr before = model().subnet(DB_B_SUBNET).cidr();
        robot.clickOn("#field-cidr");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("10.0.300.0/24");
        Label error = robot.lookup("#error-cidr").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertTrue(error.getText().contains("not a valid CIDR"), error.getText());
        robot.push(KeyCode.ENTER);
        assertEquals(before, model().subnet(DB_B_SUBNET).cidr(), "an invalid value is never committed");

        robot.push(KeyCode.CONTROL, KeyCode.A).write("10.1.0.0/24");
        assertTrue(robot.lookup("#error-cidr").queryAs(Label.class).getText().contains("outside its VPC"));

        robot.push(KeyCode.CONTROL, KeyCode.A).write("10.0.60.0/24").push(KeyCode.ENTER);
        assertEquals(Cidr.parse("10.0.60.0/24"), model().subnet(DB_B_SUBNET).cidr());
        assertEquals("10.0.60.0/24", robot.lookup("#field-cidr").queryAs(TextField.class).getText());
        robot.interact(doc::undo);
        assertEquals(before, model().subnet(DB_B_SUBNET).cidr());
        assertEquals(before.toString(), robot.lookup("#field-cidr").queryAs(TextField.class).getText());
        robot.interact(doc::redo);
        assertEquals(Cidr.parse("10.0.60.0/24"), model().subnet(DB_B_SUBNET).cidr());
    }

    @Test
    void aLongValidationMessageWrapsInsteadOfBeingCut(FxRobot robot) {
        select(robot, DB_B_SUBNET);
        robot.clickOn("#field-cidr");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("10.1.0.0/24");
        Label error = robot.lookup("#error-cidr").queryAs(Label.class);
        assertTrue(error.isVisible() && error.getText().length() > 30, error.getText());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.text.Text shown = (javafx.scene.text.Text) robot.from(error).lookup(".text").query();
        assertEquals(error.getText().replaceAll("\\s+", " "), shown.getText().replaceAll("\\s+", " "),
                "the whole message is shown, wrapped, never cut with an ellipsis");
        assertTrue(error.getHeight() > error.getFont().getSize() * 2, "it takes more than one line: " + error.getHeight());
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void theRouteTargetPickerShowsNamesWithIdsAndFiltersAsYouType(FxRobot robot) {
        select(robot, MAIN_RTB);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<RouteTarget> picker = robot.lookup("#route-target").queryAs(javafx.scene.control.ComboBox.class);
        assertTrue(picker instanceof org.controlsfx.control.SearchableComboBox, "a searchable picker");
        assertTrue(picker.getItems().stream().anyMatch(t -> t.toString().equals(IGW + " (shop-igw)")), picker.getItems().toString());
        robot.clickOn(picker);
        robot.write("shop-i");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListView<?> list = robot.lookup(".list-view").match(n -> n.isVisible()
                && ((javafx.scene.control.ListView<?>) n).getItems().stream().anyMatch(t -> String.valueOf(t).contains("shop-igw")))
                .queryAs(javafx.scene.control.ListView.class);
        assertTrue(list.getItems().stream().allMatch(t -> String.valueOf(t).toLowerCase().contains("shop-i")),
                "only matching targets are listed: " + list.getItems());
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void securityGroupRulesAreAddedFromAPresetAndRemovedUndoably(FxRobot robot) {
        select(robot, DB_SG);
        int before = model().securityGroup(DB_SG).inbound().size();
        preset(robot, InspectorView.INBOUND, "PostgreSQL (5432)");
        List<SgRule> rules = model().securityGroup(DB_SG).inbound();
        assertEquals(before + 1, rules.size());
        assertEquals(PortRange.single(5432), rules.get(before).ports());

        @SuppressWarnings("unchecked")
        TableView<SgRuleRow> table = (TableView<SgRuleRow>) inTab(robot, InspectorView.INBOUND, ".sg-rules");
        assertEquals(before + 1, table.getItems().size());
        robot.interact(() -> table.getSelectionModel().select(before));
        robot.clickOn(inTab(robot, InspectorView.INBOUND, ".rule-remove"));
        assertEquals(before, model().securityGroup(DB_SG).inbound().size());

        robot.interact(doc::undo);
        assertEquals(before + 1, model().securityGroup(DB_SG).inbound().size());
        assertEquals(before + 1, table.getItems().size());
        robot.interact(doc::redo);
        assertEquals(before, table.getItems().size());
    }

    @Test
    void aclRulesComeFromPresetsAndADuplicateNumberIsRefused(FxRobot robot) {
        select(robot, DB_ACL);
        preset(robot, InspectorView.INBOUND, "HTTPS (443)");
        AclEntry added = model().networkAcl(DB_ACL).inbound().stream().filter(e -> e.ruleNumber() == 200).findFirst().orElseThrow();
        assertEquals(PortRange.single(443), added.ports());

        @SuppressWarnings("unchecked")
        TableView<AclRow> table = (TableView<AclRow>) inTab(robot, InspectorView.INBOUND, ".acl-entries");
        assertEquals("*", table.getItems().get(table.getItems().size() - 1).number(), "the fixed deny row is last");
        Node cell = robot.from(table).lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && "200".equals(c.getText())).query();
        robot.doubleClickOn(cell);
        robot.push(KeyCode.CONTROL, KeyCode.A).write("100").push(KeyCode.ENTER);
        assertTrue(visibleError(robot, InspectorView.INBOUND, this).contains("Rule number 100 is already used"));
        assertTrue(model().networkAcl(DB_ACL).inbound().stream().anyMatch(e -> e.ruleNumber() == 200), "refused: unchanged");

        robot.interact(() -> table.getSelectionModel().select(1));
        robot.clickOn(inTab(robot, InspectorView.INBOUND, ".rule-remove"));
        assertFalse(model().networkAcl(DB_ACL).inbound().stream().anyMatch(e -> e.ruleNumber() == 200));
        robot.interact(doc::undo);
        assertTrue(model().networkAcl(DB_ACL).inbound().stream().anyMatch(e -> e.ruleNumber() == 200));
        robot.interact(doc::undo);
        assertFalse(model().networkAcl(DB_ACL).inbound().stream().anyMatch(e -> e.ruleNumber() == 200));
        robot.interact(doc::redo);
        assertTrue(model().networkAcl(DB_ACL).inbound().stream().anyMatch(e -> e.ruleNumber() == 200));
    }

    @Test
    void aRouteTargetIsPickedFromTheGatewaysThatExist(FxRobot robot) {
        select(robot, MAIN_RTB);
        robot.clickOn("#route-destination").write("0.0.0.0/0");
        robot.clickOn("#route-target");
        robot.clickOn(IGW + " (shop-igw)");
        robot.clickOn(inTab(robot, InspectorView.ROUTES, ".rule-add"));
        Route added = model().routeTable(MAIN_RTB).routes().get(1);
        assertEquals(RouteTargetKind.INTERNET_GATEWAY, added.targetKind());
        assertEquals(IGW, added.targetId());

        @SuppressWarnings("unchecked")
        TableView<RouteRow> table = (TableView<RouteRow>) inTab(robot, InspectorView.ROUTES, ".routes");
        assertEquals("active", table.getItems().get(1).state());
        robot.interact(doc::undo);
        assertEquals(1, model().routeTable(MAIN_RTB).routes().size());
        assertEquals(1, table.getItems().size());
        robot.interact(doc::redo);
        assertEquals(2, table.getItems().size());
    }

    @Test
    void aProblemAppearsAndDisappearsAsTheModelChangesAndOpensItsCulprit(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<Problem> problems = robot.lookup("#problems-table").queryAs(TableView.class);
        showTabOf(robot, problems);
        int before = problems.getItems().size();
        select(robot, DB_ACL);
        @SuppressWarnings("unchecked")
        TableView<AclRow> outbound = (TableView<AclRow>) inTab(robot, InspectorView.OUTBOUND, ".acl-entries");
        robot.interact(() -> outbound.getSelectionModel().select(0));
        robot.clickOn(inTab(robot, InspectorView.OUTBOUND, ".rule-remove"));
        assertTrue(problems.getItems().size() > before, "removing the ephemeral-port rule warns");
        Problem warning = problems.getItems().stream().filter(p -> DB_ACL.equals(p.resourceId())).findFirst().orElseThrow();

        select(robot, WEB_SG);
        Node row = robot.from(problems).lookup(".table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> r
                && r.getItem() == warning).query();
        robot.doubleClickOn(row);
        assertEquals(java.util.Set.of(DB_ACL), doc.getSelection());
        assertEquals("db-nacl", robot.lookup(".inspector-heading").queryAs(Label.class).getText());

        robot.interact(doc::undo);
        assertEquals(before, problems.getItems().size());
    }

    @Test
    void revealRuleOpensTheTableAtTheRuleATraceNames(FxRobot robot) {
        SgRule rule = model().securityGroup(DB_SG).outbound().get(0);
        boolean[] found = new boolean[1];
        robot.interact(() -> found[0] = window.getInspector().revealRule(RuleRef.sgRule(DB_SG, Direction.EGRESS, 0)));
        assertTrue(found[0]);
        assertEquals(java.util.Set.of(DB_SG), doc.getSelection());
        TabPane tabs = robot.lookup("#rule-tabs").queryAs(TabPane.class);
        assertEquals(InspectorView.OUTBOUND, tabs.getSelectionModel().getSelectedItem().getId());
        @SuppressWarnings("unchecked")
        TableView<SgRuleRow> table = (TableView<SgRuleRow>) inTab(robot, InspectorView.OUTBOUND, ".sg-rules");
        assertEquals(0, table.getSelectionModel().getSelectedIndex());
        robot.interact(() -> found[0] = window.getInspector().revealRule(RuleRef.defaultRule(DB_ACL, Direction.EGRESS)));
        assertTrue(found[0]);
        @SuppressWarnings("unchecked")
        TableView<AclRow> acl = (TableView<AclRow>) inTab(robot, InspectorView.OUTBOUND, ".acl-entries");
        assertTrue(acl.getSelectionModel().getSelectedItem().isFinalDeny());
    }

    @Test
    void aBrokenRouteIsOpenedFromItsProblemAndRepairedByPickingATargetInPlace(FxRobot robot) {
        robot.interact(() -> doc.perform(new io.hopscope.edit.ReplaceRouteTargetEdit(PUBLIC_RTB, "0.0.0.0/0",
                RouteTargetKind.NAT_GATEWAY, "nat-0gone")));
        @SuppressWarnings("unchecked")
        TableView<Problem> problems = robot.lookup("#problems-table").queryAs(TableView.class);
        showTabOf(robot, problems);
        Problem broken = problems.getItems().stream().filter(p -> PUBLIC_RTB.equals(p.resourceId())).findFirst().orElseThrow();
        Node problemRow = robot.from(problems).lookup(".table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> r
                && r.getItem() == broken).query();
        robot.doubleClickOn(problemRow);

        @SuppressWarnings("unchecked")
        TableView<RouteRow> routes = (TableView<RouteRow>) inTab(robot, InspectorView.ROUTES, ".routes");
        assertEquals(1, routes.getSelectionModel().getSelectedIndex(), "the problem opens the table at its route");
        assertEquals("blackhole", routes.getItems().get(1).state());

        Node targetCell = robot.from(routes).lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && c.getTableColumn() != null && "target".equals(c.getTableColumn().getId()) && c.getIndex() == 1).query();
        robot.doubleClickOn(targetCell);
        javafx.scene.control.ComboBox<?> combo = robot.from(targetCell).lookup(".combo-box").queryAs(javafx.scene.control.ComboBox.class);
        // The in-cell combo's popup is opened directly: a click on it lands on the table cell under Monocle.
        robot.interact(combo::show);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(IGW + " (shop-igw)");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(IGW, model().routeTable(PUBLIC_RTB).routes().get(1).targetId());
        assertEquals("active", routes.getItems().get(1).state());
        assertTrue(problems.getItems().stream().noneMatch(p -> PUBLIC_RTB.equals(p.resourceId())), "the problem is gone");
        robot.interact(doc::undo);
        assertEquals("nat-0gone", model().routeTable(PUBLIC_RTB).routes().get(1).targetId());
    }

    @Test
    void theRouteTableTargetCellFiltersAsYouType(FxRobot robot) {
        robot.interact(() -> doc.perform(new io.hopscope.edit.ReplaceRouteTargetEdit(PUBLIC_RTB, "0.0.0.0/0",
                RouteTargetKind.NAT_GATEWAY, "nat-0gone")));
        select(robot, PUBLIC_RTB);
        @SuppressWarnings("unchecked")
        TableView<RouteRow> routes = (TableView<RouteRow>) inTab(robot, InspectorView.ROUTES, ".routes");
        assertEquals("nat-0gone", routes.getItems().get(1).route().targetId());
        Node targetCell = robot.from(routes).lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && c.getTableColumn() != null && "target".equals(c.getTableColumn().getId()) && c.getIndex() == 1).query();
        robot.doubleClickOn(targetCell);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<RouteTarget> combo = robot.from(targetCell).lookup(".combo-box")
                .queryAs(javafx.scene.control.ComboBox.class);
        int offered = combo.getItems().size();
        assertTrue(offered > 1, "every target is on offer before typing: " + combo.getItems() + " text=" + combo.getEditor().getText() + " value=" + combo.getValue() + " focus=" + combo.isFocused());
        // The old target's text is selected so the words typed replace it.
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("shop-i");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("shop-i", combo.getEditor().getText(), "the typed text stays in the cell");
        assertTrue(combo.getItems().stream().anyMatch(t -> t.id().equals(IGW)), combo.getItems().toString());
        assertTrue(combo.getItems().size() < offered, "the list is narrowed: " + combo.getItems());
        assertTrue(combo.getItems().stream().allMatch(t -> t.toString().toLowerCase().contains("shop-i")),
                "only matching targets are offered: " + combo.getItems());
        assertTrue(combo.isShowing(), "the narrowed list is shown while typing");
        robot.clickOn(IGW + " (shop-igw)");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(IGW, model().routeTable(PUBLIC_RTB).routes().get(1).targetId());
        assertEquals("active", routes.getItems().get(1).state());
        robot.interact(doc::undo);
        assertEquals("nat-0gone", model().routeTable(PUBLIC_RTB).routes().get(1).targetId());
    }

    @Test
    void keysDeleteAndDuplicateRulesAndEnterKeepsTheCaretInTheField(FxRobot robot) {
        select(robot, DB_SG);
        int before = model().securityGroup(DB_SG).outbound().size();
        @SuppressWarnings("unchecked")
        TableView<SgRuleRow> table = (TableView<SgRuleRow>) inTab(robot, InspectorView.OUTBOUND, ".sg-rules");
        robot.clickOn(robot.from(table).lookup(".table-row-cell").nth(0).queryAs(Node.class));
        robot.push(KeyCode.CONTROL, KeyCode.D);
        assertEquals(before + 1, model().securityGroup(DB_SG).outbound().size());
        robot.interact(() -> table.getSelectionModel().select(before));
        robot.interact(table::requestFocus);
        robot.push(KeyCode.DELETE);
        assertEquals(before, model().securityGroup(DB_SG).outbound().size());

        robot.clickOn("#field-name");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("orders-sg").push(KeyCode.ENTER);
        assertEquals("orders-sg", model().securityGroup(DB_SG).name());
        assertTrue(robot.lookup("#field-name").query().isFocused(), "the rebuilt form keeps the caret where it was");
    }
}
