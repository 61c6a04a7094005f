package io.hopscope.ui.inspector;

import io.hopscope.check.Problem;
import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Hop;
import io.hopscope.engine.RuleRef;
import io.hopscope.model.LoadBalancer;
import io.hopscope.model.Resource;
import io.hopscope.ui.common.DiagramDocument;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;

/**
 * The inspector's state without a toolkit: the properties of the selection, which sub-editor tabs
 * and action buttons show for it (from what is registered with {@link InspectorEditors}), the
 * trace-finding line, and where a trace hop, a rule or a problem takes the user (selection first,
 * then a {@link Reveal} that the view turns into an open tab and a selected row).
 */
public final class InspectorViewModel {

    /** A registered tab shown now, for {@code resource}, titled in the reader's language. */
    public record ShownSection(InspectorSection section, String title, Resource resource) {
    }

    /** A registered action offered now for the selected resource. */
    public record ShownAction(InspectorAction action, String label, String resourceId) {
    }

    /** Where a reveal lands: the row of {@code rule} when one is named, else the tab {@code tabId}; both may be null. */
    /** What to open: a rule's row, else a tab by id, in it the item {@code item} names (a target group) when set. */
    public record Reveal(RuleRef rule, String tabId, String item) {
        static final Reveal NOTHING = new Reveal(null, null);

        Reveal(RuleRef rule, String tabId) {
            this(rule, tabId, null);
        }
    }

    private static final Pattern DIRECTION_PATH = Pattern.compile("\\.(inbound|outbound)$");

    private final DiagramDocument document;
    private final ResourceBundle messages;
    private final PropertiesViewModel properties;
    private final Supplier<List<InspectorSection>> sectionSpecs;
    private final Supplier<List<InspectorAction>> actionSpecs;
    private final FindingTexts findings;
    private final ObservableList<ShownSection> sections = FXCollections.observableArrayList();
    private final ObservableList<ShownAction> actions = FXCollections.observableArrayList();
    // One read-only view each: an unmodifiable wrapper listens weakly, so a wrapper made per call would lose its listeners.
    private final ObservableList<ShownSection> sectionsView = FXCollections.unmodifiableObservableList(sections);
    private final ObservableList<ShownAction> actionsView = FXCollections.unmodifiableObservableList(actions);
    private final ReadOnlyStringWrapper finding = new ReadOnlyStringWrapper(this, "finding", "");
    /** The resource the tabs were built for ("id|kind"): tabs are rebuilt only for another one, so a table keeps its row. */
    private String shownKey;
    private String findingFor;

    public InspectorViewModel(DiagramDocument document, ResourceBundle messages,
                              Supplier<List<InspectorSection>> sections, Supplier<List<InspectorAction>> actions) {
        this.document = document;
        this.messages = messages;
        this.properties = new PropertiesViewModel(document, messages);
        this.sectionSpecs = sections;
        this.actionSpecs = actions;
        this.findings = new FindingTexts(messages);
        document.getSelection().addListener((SetChangeListener<String>) c -> {
            refresh();
            hideFindingUnlessShown();
        });
        document.diagramProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    public PropertiesViewModel properties() {
        return properties;
    }

    /** The tabs for the one selected resource, in registration order; empty for none or several. */
    public ObservableList<ShownSection> getSections() {
        return sectionsView;
    }

    public ObservableList<ShownAction> getActions() {
        return actionsView;
    }

    /** The highlighted line about a hop no row stands for; empty when hidden. */
    public ReadOnlyStringProperty findingProperty() {
        return finding.getReadOnlyProperty();
    }

    /** The heading over the fields: the resource's name, "3 selected", or the hint to select. */
    public ReadOnlyStringProperty headingProperty() {
        return properties.headingProperty();
    }

    /** Rebuilds tabs and actions as if the selection changed: something was registered. */
    public void registrationsChanged() {
        shownKey = "";
        refresh();
    }

    private void refresh() {
        List<Resource> selected = properties.selectedResources();
        Resource one = selected.size() == 1 ? selected.get(0) : null;
        String key = one == null ? null : one.id() + "|" + one.kind();
        if (java.util.Objects.equals(key, shownKey)) {
            return;
        }
        shownKey = key;
        sections.setAll(one == null ? List.of() : sectionSpecs.get().stream().filter(s -> s.showsFor(one))
                .map(s -> new ShownSection(s, messages.getString(s.titleKey()), one)).toList());
        actions.setAll(one == null ? List.of() : actionSpecs.get().stream().filter(a -> a.showsFor(one))
                .map(a -> new ShownAction(a, messages.getString(a.labelKey()), one.id())).toList());
    }

    /** Runs {@code action} on the resource as the model holds it now; false when it is gone. */
    public boolean run(ShownAction action) {
        var now = document.getDiagram().model().find(action.resourceId());
        now.ifPresent(r -> action.action().run().accept(r));
        return now.isPresent();
    }

    /** Selects the resource holding {@code ref}'s rule list; the view then opens the row. */
    public Reveal revealRule(RuleRef ref) {
        select(ref.resourceId());
        return new Reveal(ref, null);
    }

    /**
     * A trace hop: selects the component that decided and, when a row decided, names it; when none
     * did (no rule matched, no route, connection tracking, a gateway's own check) the finding line
     * says so and the list of the hop's direction opens.
     */
    public Reveal revealHop(Hop hop) {
        RuleRef ref = hop.ruleRef();
        String shown = ref.resourceId();
        if (hop.kind() == ComponentKind.NETWORK_INTERFACE && !hop.groups().isEmpty()) {
            // The interface stands for its groups: show the set's first group and name them all.
            shown = ref.kind() == RuleRef.Kind.RULE ? ref.resourceId() : hop.groups().get(0);
        }
        if (document.getDiagram().model().find(shown).isEmpty()) {
            shown = hop.componentId();
        }
        // A target group has no shape or tab of its own: it lives in its load balancer's Target groups tab.
        LoadBalancer owner = hop.kind() == ComponentKind.TARGET_GROUP ? ownerOf(hop.componentId()) : null;
        if (owner != null) {
            shown = owner.id();
        }
        select(shown);
        String text = findings.textFor(hop);
        findingFor = text == null ? null : shown;
        finding.set(text == null ? "" : text);
        if (owner != null) {
            return new Reveal(null, InspectorSection.TARGET_GROUPS, hop.componentId());
        }
        if (ref.kind() == RuleRef.Kind.RULE || ref.kind() == RuleRef.Kind.DEFAULT_RULE) {
            return revealRule(ref);
        }
        return ref.direction() == null ? Reveal.NOTHING
                : new Reveal(null, ref.direction().isEgress() ? InspectorSection.OUTBOUND : InspectorSection.INBOUND);
    }

    /** The load balancer whose listeners forward to the target group, or null. */
    private LoadBalancer ownerOf(String targetGroupId) {
        return document.getDiagram().model().loadBalancers().stream().filter(lb -> lb.listeners().stream()
                .anyMatch(l -> l.targetGroupIds().contains(targetGroupId))).findFirst().orElse(null);
    }

    /**
     * A problem: selects its culprit and names the rule or route its location points at; a problem
     * about a whole direction ("...networkAcls[1].outbound": no rule for ephemeral ports) opens that tab.
     */
    public Reveal revealProblem(Problem problem) {
        if (problem.resourceId() == null) {
            return Reveal.NOTHING;
        }
        select(problem.resourceId());
        var ref = ProblemRules.refOf(document.getDiagram().model(), problem);
        return ref.map(r -> new Reveal(r, null)).orElseGet(() -> new Reveal(null, tabForDirection(problem.location())));
    }

    /** "inbound" or "outbound" when a JSON path ends at a whole rule list, else null. */
    static String tabForDirection(String location) {
        Matcher m = DIRECTION_PATH.matcher(location);
        return m.find() ? m.group(1) : null;
    }

    private void select(String componentId) {
        if (!(document.getSelection().size() == 1 && document.getSelection().contains(componentId))) {
            document.getSelection().clear();
            document.getSelection().add(componentId);
        }
    }

    private void hideFindingUnlessShown() {
        var selection = document.getSelection();
        if (findingFor != null && !(selection.size() == 1 && selection.contains(findingFor))) {
            findingFor = null;
            finding.set("");
        }
    }
}
