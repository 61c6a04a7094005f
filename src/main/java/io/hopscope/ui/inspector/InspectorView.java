package io.hopscope.ui.inspector;

import io.hopscope.check.Problem;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.RouteTable;
import io.hopscope.model.SecurityGroup;
import io.hopscope.ui.common.DiagramDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * The right-hand panel: the selection's properties and, for one security group, network ACL or
 * route table, its rule tables. The trace explorer and the problems panel open a table at a rule
 * with {@link #revealRule(String, String, String)}.
 */
public final class InspectorView {

    /** Tab ids: {@code inbound}, {@code outbound}, {@code routes}. */
    public static final String INBOUND = "inbound";
    public static final String OUTBOUND = "outbound";
    public static final String ROUTES = "routes";

    private static final Pattern RULE_PATH = Pattern.compile("\\.(inbound|outbound|routes)\\[(\\d+)\\]");
    private static final Pattern DIRECTION_PATH = Pattern.compile("\\.(inbound|outbound)$");

    private final DiagramDocument document;
    private final ResourceBundle messages;
    private final PropertiesViewModel properties;
    private final TabPane ruleTabs = new TabPane();
    private final List<RuleTableView> tables = new ArrayList<>();
    private final ScrollPane root;
    private String shownTablesOf;

    public InspectorView(DiagramDocument document, ResourceBundle messages) {
        this.document = document;
        this.messages = messages;
        this.properties = new PropertiesViewModel(document, messages);
        PropertiesView propertiesView = new PropertiesView(properties);
        ruleTabs.setId("rule-tabs");
        ruleTabs.getStyleClass().add("rule-tabs");
        ruleTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        ruleTabs.managedProperty().bind(ruleTabs.visibleProperty());
        VBox content = new VBox(10, propertiesView.getRoot(), ruleTabs);
        content.getStyleClass().add("inspector");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.getStyleClass().add("inspector-view");
        root.setMinWidth(280);
        document.getSelection().addListener((SetChangeListener<String>) c -> showTables());
        document.diagramProperty().addListener((obs, old, now) -> showTables());
        showTables();
    }

    public Node getRoot() {
        return root;
    }

    public PropertiesViewModel properties() {
        return properties;
    }

    /** Rebuilds the rule tables only when another resource is shown, so a table keeps its selected row across edits. */
    private void showTables() {
        List<Resource> selected = properties.selectedResources();
        Resource one = selected.size() == 1 ? selected.get(0) : null;
        String key = one == null ? null : one.id() + "|" + one.kind();
        if (key != null && key.equals(shownTablesOf)) {
            return;
        }
        shownTablesOf = key;
        tables.forEach(RuleTableView::dispose);
        tables.clear();
        ruleTabs.getTabs().clear();
        if (one instanceof SecurityGroup g) {
            addTab(INBOUND, "inspector.tab.inbound",
                    new SecurityGroupRulesView(new SecurityGroupRulesViewModel(document, messages, g.id(), true), messages));
            addTab(OUTBOUND, "inspector.tab.outbound",
                    new SecurityGroupRulesView(new SecurityGroupRulesViewModel(document, messages, g.id(), false), messages));
        } else if (one instanceof NetworkAcl a) {
            addTab(INBOUND, "inspector.tab.inbound", new AclEntriesView(new AclEntriesViewModel(document, messages, a.id(), false), messages));
            addTab(OUTBOUND, "inspector.tab.outbound", new AclEntriesView(new AclEntriesViewModel(document, messages, a.id(), true), messages));
        } else if (one instanceof RouteTable t) {
            addTab(ROUTES, "inspector.tab.routes", new RoutesView(new RoutesViewModel(document, messages, t.id()), messages));
        }
        ruleTabs.setVisible(!ruleTabs.getTabs().isEmpty());
    }

    private void addTab(String id, String key, RuleTableView view) {
        Tab tab = new Tab(messages.getString(key), view.getRoot());
        tab.setId(id);
        tables.add(view);
        ruleTabs.getTabs().add(tab);
    }

    /** Selects {@code componentId} and opens its table at the rule traces call {@code ruleRef}, in either direction. */
    public boolean revealRule(String componentId, String ruleRef) {
        return revealRule(componentId, null, ruleRef);
    }

    /**
     * Selects the component, opens the tab of {@code direction} ("inbound", "outbound", or null for
     * whichever has the rule) and selects the row of {@code ruleRef}: a NACL rule number or "*", a
     * security group rule as the engine describes it ("tcp 443 from 0.0.0.0/0") or a route
     * ("0.0.0.0/0 -> igw-0a"). False when no such rule is shown.
     */
    public boolean revealRule(String componentId, String direction, String ruleRef) {
        select(componentId);
        for (int i = 0; i < tables.size(); i++) {
            Tab tab = ruleTabs.getTabs().get(i);
            if (direction != null && !tab.getId().equals(ROUTES) && !tab.getId().equals(direction)) {
                continue;
            }
            int row = tables.get(i).rowOf(ruleRef);
            if (row >= 0) {
                showRow(tab, tables.get(i).table(), row);
                return true;
            }
        }
        return false;
    }

    /** Selects a problem's culprit and, when the problem's location names a rule or route, opens its table there. */
    public void revealProblem(Problem problem) {
        if (problem.resourceId() == null) {
            return;
        }
        select(problem.resourceId());
        Matcher m = RULE_PATH.matcher(problem.location());
        if (!m.find()) {
            showDirectionTab(problem.location());
            return;
        }
        String list = m.group(1);
        int index = Integer.parseInt(m.group(2));
        NetworkModel model = document.getDiagram().model();
        Optional<String> ref = Optional.empty();
        NetworkAcl acl = model.networkAcl(problem.resourceId());
        if (acl != null) {
            var entries = list.equals(INBOUND) ? acl.inbound() : acl.outbound();
            ref = index < entries.size() ? Optional.of(entries.get(index).ruleLabel()) : Optional.empty();
        }
        SecurityGroup sg = model.securityGroup(problem.resourceId());
        if (sg != null) {
            var rules = list.equals(INBOUND) ? sg.inbound() : sg.outbound();
            ref = index < rules.size() ? Optional.of(rules.get(index).describe(list.equals(OUTBOUND))) : Optional.empty();
        }
        RouteTable table = model.routeTable(problem.resourceId());
        if (table != null && index < table.routes().size()) {
            ref = Optional.of(table.routes().get(index).toString());
        }
        ref.ifPresent(r -> revealRule(problem.resourceId(), list.equals(ROUTES) ? null : list, r));
    }

    /** A problem about a whole direction ("...networkAcls[1].outbound": no rule for ephemeral ports) opens its tab. */
    private void showDirectionTab(String location) {
        Matcher m = DIRECTION_PATH.matcher(location);
        if (m.find()) {
            ruleTabs.getTabs().stream().filter(t -> m.group(1).equals(t.getId())).findFirst()
                    .ifPresent(t -> ruleTabs.getSelectionModel().select(t));
        }
    }

    private void select(String componentId) {
        if (!(document.getSelection().size() == 1 && document.getSelection().contains(componentId))) {
            document.getSelection().clear();
            document.getSelection().add(componentId);
        }
    }

    private static void showRow(Tab tab, TableView<?> table, int row) {
        tab.getTabPane().getSelectionModel().select(tab);
        table.getSelectionModel().clearAndSelect(row);
        table.scrollTo(row);
        table.requestFocus();
    }
}
