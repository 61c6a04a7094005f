package io.hopscope.ui.inspector;

import io.hopscope.check.Problem;
import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Hop;
import io.hopscope.engine.RuleRef;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.Resource;
import io.hopscope.model.RouteTable;
import io.hopscope.model.SecurityGroup;
import io.hopscope.ui.common.DiagramDocument;
import java.util.ArrayList;
import java.util.List;
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
 * with {@link #revealRule(RuleRef)}.
 */
public final class InspectorView {

    /** Tab ids: {@code inbound}, {@code outbound}, {@code routes}. */
    public static final String INBOUND = "inbound";
    public static final String OUTBOUND = "outbound";
    public static final String ROUTES = "routes";

    private static final Pattern DIRECTION_PATH = Pattern.compile("\\.(inbound|outbound)$");

    private final DiagramDocument document;
    private final ResourceBundle messages;
    private final PropertiesViewModel properties;
    private final TabPane ruleTabs = new TabPane();
    private final List<RuleTableView> tables = new ArrayList<>();
    private final ScrollPane root;
    private String shownTablesOf;
    private final TraceFinding finding;

    public InspectorView(DiagramDocument document, ResourceBundle messages) {
        this.document = document;
        this.messages = messages;
        this.properties = new PropertiesViewModel(document, messages);
        PropertiesView propertiesView = new PropertiesView(properties);
        ruleTabs.setId("rule-tabs");
        ruleTabs.getStyleClass().add("rule-tabs");
        ruleTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        ruleTabs.managedProperty().bind(ruleTabs.visibleProperty());
        finding = new TraceFinding(messages);
        VBox content = new VBox(10, finding.getRoot(), propertiesView.getRoot(),
                HybridSections.sections(document, messages), ruleTabs);
        content.getStyleClass().add("inspector");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.getStyleClass().add("inspector-view");
        root.setMinWidth(280);
        document.getSelection().addListener((SetChangeListener<String>) c -> {
            showTables();
            finding.selectionChanged(document.getSelection());
        });
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
        } else if (one instanceof io.hopscope.model.LoadBalancer lb) {
            LoadBalancerTabs.add(document, messages, lb.id(), this::addTab);
        }
        ruleTabs.setVisible(!ruleTabs.getTabs().isEmpty());
    }

    private void addTab(String id, String key, RuleTableView view) {
        Tab tab = new Tab(messages.getString(key), view.getRoot());
        tab.setId(id);
        tables.add(view);
        ruleTabs.getTabs().add(tab);
    }

    /**
     * Selects the resource holding {@code ref}'s rule list (the group whose rule matched, the ACL, the
     * route table), opens the tab of its list and selects the row. False when the ref names no row
     * shown here (no rule matched, connection tracking, a gateway).
     */
    public boolean revealRule(RuleRef ref) {
        select(ref.resourceId());
        for (int i = 0; i < tables.size(); i++) {
            int row = tables.get(i).rowOf(ref);
            if (row >= 0) {
                showRow(ruleTabs.getTabs().get(i), tables.get(i).table(), row);
                return true;
            }
        }
        return false;
    }

    /**
     * Shows a trace hop: selects the component that decided and, when a row decided, opens its table
     * there; when none did (no rule matched, no route, connection tracking, a gateway's own check) a
     * highlighted line says so above the component's fields. The focus stays where it is.
     */
    public void revealHop(Hop hop) {
        RuleRef ref = hop.ruleRef();
        String shown = ref.resourceId();
        if (hop.kind() == ComponentKind.NETWORK_INTERFACE && !hop.groups().isEmpty()) {
            // The interface stands for its groups: show the set's first group and name them all.
            shown = ref.kind() == RuleRef.Kind.RULE ? ref.resourceId() : hop.groups().get(0);
        }
        if (document.getDiagram().model().find(shown).isEmpty()) {
            shown = hop.componentId();
        }
        select(shown);
        finding.show(hop, shown);
        if (ref.kind() == RuleRef.Kind.RULE || ref.kind() == RuleRef.Kind.DEFAULT_RULE) {
            revealRule(ref);
        } else if (ref.direction() != null) {
            showList(ref.direction().isEgress() ? OUTBOUND : INBOUND);
        }
    }

    private void showList(String id) {
        ruleTabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> ruleTabs.getSelectionModel().select(t));
    }

    /** Selects a problem's culprit and, when the problem's location names a rule or route, opens its table there. */
    public void revealProblem(Problem problem) {
        if (problem.resourceId() == null) {
            return;
        }
        select(problem.resourceId());
        var ref = ProblemRules.refOf(document.getDiagram().model(), problem);
        if (ref.isPresent()) {
            revealRule(ref.get());
        } else {
            showDirectionTab(problem.location());
        }
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

    /** Shows the row without taking the focus: the trace explorer keeps it while the user steps. */
    private static void showRow(Tab tab, TableView<?> table, int row) {
        tab.getTabPane().getSelectionModel().select(tab);
        table.getSelectionModel().clearAndSelect(row);
        table.scrollTo(row);
    }
}
