package io.hopscope.ui.inspector;

import io.hopscope.model.LoadBalancer;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.Resource;
import io.hopscope.model.RouteTable;
import io.hopscope.model.SecurityGroup;
import io.hopscope.ui.common.DiagramDocument;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;

/**
 * THE place a resource kind plugs into the inspector. Two kinds of entry:
 * <ul>
 * <li>{@link #tab}: a sub-editor shown as a tab while one resource of the kind is selected, built
 * as a View over its ViewModel by a factory that gets the document, the messages and the resource.
 * Kinds every window has are listed in {@link #standard()}, one line each — add yours there:
 * <pre>{@code .tab(TransitGateway.class, "attachments", "inspector.tab.attachments",
 *         (c, tgw) -> new TgwAttachmentsView(new TgwAttachmentsViewModel(c.document(), c.messages(), tgw.id())))}</pre>
 * The view implements {@link SubEditorView} (getRoot; rowOf/showRow when traces should land on
 * its rows; dispose to stop listening).</li>
 * <li>{@link #action}: a button shown for one selected resource of a kind; register it where the
 * window wires its panels ({@code WindowPanels}), since an action usually opens another panel:
 * {@code inspector.editors().action(Resource.class, "reach", "inspector.action.reach", r -> ...)}.</li>
 * </ul>
 * Tabs show in registration order; the titles and labels are message keys (both bundles).
 */
public final class InspectorEditors {

    /** What a sub-editor's factory gets to build its ViewModel. */
    public record Context(DiagramDocument document, ResourceBundle messages) {
    }

    /** Builds the View (over its ViewModel) of one tab for {@code resource}. */
    @FunctionalInterface
    public interface Factory<R extends Resource> {
        SubEditorView create(Context context, R resource);
    }

    private final List<InspectorSection> sections = new ArrayList<>();
    private final Map<InspectorSection, Factory<Resource>> factories = new IdentityHashMap<>();
    private final List<InspectorAction> actions = new ArrayList<>();
    private Runnable onChange = () -> { };

    /**
     * Rule tables of security groups, network ACLs and route tables; a load balancer's listeners and
     * target groups; a route table's propagation; VPN gateways, customer gateways, VPNs, Direct Connect.
     */
    public static InspectorEditors standard() {
        return new InspectorEditors()
                .tab(SecurityGroup.class, InspectorSection.INBOUND, "inspector.tab.inbound", (c, g) -> new SecurityGroupRulesView(
                        new SecurityGroupRulesViewModel(c.document(), c.messages(), g.id(), true), c.messages()))
                .tab(SecurityGroup.class, InspectorSection.OUTBOUND, "inspector.tab.outbound", (c, g) -> new SecurityGroupRulesView(
                        new SecurityGroupRulesViewModel(c.document(), c.messages(), g.id(), false), c.messages()))
                .tab(NetworkAcl.class, InspectorSection.INBOUND, "inspector.tab.inbound", (c, a) -> new AclEntriesView(
                        new AclEntriesViewModel(c.document(), c.messages(), a.id(), false), c.messages()))
                .tab(NetworkAcl.class, InspectorSection.OUTBOUND, "inspector.tab.outbound", (c, a) -> new AclEntriesView(
                        new AclEntriesViewModel(c.document(), c.messages(), a.id(), true), c.messages()))
                .tab(RouteTable.class, InspectorSection.ROUTES, "inspector.tab.routes", (c, t) -> new RoutesView(
                        new RoutesViewModel(c.document(), c.messages(), t.id()), c.messages()))
                .tab(LoadBalancer.class, "listeners", "inspector.tab.listeners", (c, lb) -> new ListenersView(
                        new ListenersViewModel(c.document(), c.messages(), lb.id()),
                        new LoadBalancerSettingsViewModel(c.document(), c.messages(), lb.id()), c.messages()))
                .tab(LoadBalancer.class, "target-groups", "inspector.tab.targetGroups", (c, lb) -> new TargetGroupsView(
                        new TargetGroupsViewModel(c.document(), c.messages(), lb.id()), c.messages()))
                .tab(RouteTable.class, "propagation", "hybrid.title.propagation", (c, t) -> new RoutePropagationView(
                        new RoutePropagationViewModel(c.document(), c.messages(), t.id()), c.messages()))
                .tab(io.hopscope.model.VpnGateway.class, "hybrid", "hybrid.title.vpnGateway", HybridInspectorView::of)
                .tab(io.hopscope.model.CustomerGateway.class, "hybrid", "hybrid.title.customerGateway", HybridInspectorView::of)
                .tab(io.hopscope.model.VpnConnection.class, "hybrid", "hybrid.title.vpnConnection", HybridInspectorView::of)
                .tab(io.hopscope.model.DirectConnectGateway.class, "hybrid", "hybrid.title.directConnect", HybridInspectorView::of)
                .tab(io.hopscope.model.TransitResource.class, "transit", "inspector.tab.transit", TransitGatewayView::of);
    }

    /** Adds a tab with node id {@code id} and the title {@code titleKey} for every resource of {@code kind}. */
    public <R extends Resource> InspectorEditors tab(Class<R> kind, String id, String titleKey, Factory<? super R> factory) {
        InspectorSection section = new InspectorSection(kind, id, titleKey);
        sections.add(section);
        factories.put(section, (c, r) -> factory.create(c, kind.cast(r)));
        onChange.run();
        return this;
    }

    /** Adds a button with node id {@code action-<id>} and the label {@code labelKey} for every resource of {@code kind}. */
    public <R extends Resource> InspectorEditors action(Class<R> kind, String id, String labelKey, Consumer<? super R> run) {
        actions.add(new InspectorAction(kind, id, labelKey, r -> run.accept(kind.cast(r))));
        onChange.run();
        return this;
    }

    /** As {@link #action}, shown only for the resources of {@code kind} that {@code when} accepts. */
    public InspectorEditors action(Class<? extends Resource> kind, String id, String labelKey,
                                   java.util.function.Predicate<Resource> when, Consumer<Resource> run) {
        actions.add(new InspectorAction(kind, id, labelKey, when, run));
        onChange.run();
        return this;
    }

    List<InspectorSection> sections() {
        return List.copyOf(sections);
    }

    List<InspectorAction> actions() {
        return List.copyOf(actions);
    }

    SubEditorView create(InspectorSection section, Context context, Resource resource) {
        return factories.get(section).create(context, resource);
    }

    void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }
}
