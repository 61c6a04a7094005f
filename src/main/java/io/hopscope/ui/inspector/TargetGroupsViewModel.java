package io.hopscope.ui.inspector;

import io.hopscope.edit.AddResourcesEdit;
import io.hopscope.edit.DeregisterTargetEdit;
import io.hopscope.edit.RegisterTargetEdit;
import io.hopscope.edit.SetTargetGroupSettingsEdit;
import io.hopscope.edit.SetTargetPortEdit;
import io.hopscope.edit.fresh.FreshIds;
import io.hopscope.engine.RuleRef;
import io.hopscope.model.LoadBalancer;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Target;
import io.hopscope.model.TargetGroup;
import io.hopscope.model.TargetType;
import io.hopscope.model.Workload;
import io.hopscope.ui.common.DiagramDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The target groups a load balancer forwards to, one shown at a time: its protocol, port and target
 * type, and its registered targets (id, port, zone) as rows (rulebook 10). Targets are instances
 * of the group's VPC or addresses [TGREG]; a target's own port overrides the group's, and is the
 * port the node connects to, so it must be one the target's security groups admit.
 */
public final class TargetGroupsViewModel extends RuleTableViewModel<TargetRow> {

    private final String loadBalancerId;
    private final ObjectProperty<GroupChoice> shown = new SimpleObjectProperty<>(this, "shown");

    public TargetGroupsViewModel(DiagramDocument document, ResourceBundle messages, String loadBalancerId) {
        super(document, messages);
        this.loadBalancerId = loadBalancerId;
        List<GroupChoice> groups = groupChoices();
        shown.set(groups.isEmpty() ? null : groups.get(0));
        shown.addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** The target group whose settings and targets are shown. */
    public ObjectProperty<GroupChoice> shownProperty() {
        return shown;
    }

    public TargetGroup group() {
        GroupChoice c = shown == null ? null : shown.get();
        return c == null ? null : group(document.getDiagram().model(), c.id());
    }

    private static TargetGroup group(NetworkModel m, String id) {
        return m.find(id).filter(TargetGroup.class::isInstance).map(TargetGroup.class::cast).orElse(null);
    }

    private LoadBalancer lb(NetworkModel m) {
        return m.find(loadBalancerId).filter(LoadBalancer.class::isInstance).map(LoadBalancer.class::cast).orElse(null);
    }

    @Override
    protected List<TargetRow> load(NetworkModel m) {
        GroupChoice c = shown == null ? null : shown.get();
        TargetGroup tg = c == null ? null : group(m, c.id());
        List<TargetRow> rows = new ArrayList<>();
        if (tg == null) {
            return rows;
        }
        for (Target t : tg.targets()) {
            Workload w = m.workload(t.id());
            String name = w == null || w.name().isEmpty() ? "" : w.name();
            String port = t.port() == null ? "" : String.valueOf(t.port());
            rows.add(new TargetRow(t, name, port, t.availabilityZone()));
        }
        return rows;
    }

    /** The groups the listeners forward to, then the other groups of the VPC. */
    public List<GroupChoice> groupChoices() {
        NetworkModel m = document.getDiagram().model();
        LoadBalancer lb = lb(m);
        List<GroupChoice> out = new ArrayList<>();
        if (lb == null) {
            return out;
        }
        lb.listeners().forEach(l -> l.targetGroupIds().forEach(id -> {
            if (group(m, id) != null && out.stream().noneMatch(c -> c.id().equals(id))) {
                out.add(ListenersViewModel.choice(m, id));
            }
        }));
        for (TargetGroup tg : m.targetGroups()) {
            if (lb.vpcId() != null && lb.vpcId().equals(tg.vpcId()) && out.stream().noneMatch(c -> c.id().equals(tg.id()))) {
                out.add(ListenersViewModel.choice(m, tg.id()));
            }
        }
        return out;
    }

    public List<String> protocolChoices() {
        LoadBalancer lb = lb(document.getDiagram().model());
        return lb == null ? List.of() : ListenersViewModel.protocolsOf(lb.type());
    }

    /** The instances of the load balancer's VPC, as "i-… (name)", for the new-target picker. */
    public List<GroupChoice> instanceChoices() {
        NetworkModel m = document.getDiagram().model();
        LoadBalancer lb = lb(m);
        List<GroupChoice> out = new ArrayList<>();
        for (Workload w : m.workloads()) {
            var eni = w.networkInterfaceIds().isEmpty() ? null : m.networkInterface(w.networkInterfaceIds().get(0));
            String vpc = eni == null ? null : m.vpcIdOf(eni);
            boolean instance = w.workloadKind() == io.hopscope.model.WorkloadKind.EC2
                    || w.workloadKind() == io.hopscope.model.WorkloadKind.BASTION;
            if (instance && lb != null && lb.vpcId() != null && lb.vpcId().equals(vpc)) {
                out.add(new GroupChoice(w.id(), w.name().isEmpty() ? w.id() : w.id() + " (" + w.name() + ")"));
            }
        }
        return out;
    }

    /** Sets the shown group's protocol, port and type; the choice keeps pointing at it. */
    public boolean applySettings(String protocol, String port, TargetType type) {
        TargetGroup tg = group();
        if (tg == null) {
            return false;
        }
        boolean done = perform(() -> {
            if (protocol == null || !protocolChoices().contains(protocol)) {
                throw new IllegalArgumentException(java.text.MessageFormat.format(text("inspector.lb.error.protocol"),
                        protocol, String.join(", ", protocolChoices())));
            }
            return new SetTargetGroupSettingsEdit(tg.id(), protocol, ListenersViewModel.portOf(messages, port),
                    type == null ? tg.targetType() : type);
        });
        reselect(tg.id());
        return done;
    }

    /** A new empty target group of instances in the VPC, like the first listener's; shown at once. */
    public boolean newGroup() {
        NetworkModel m = document.getDiagram().model();
        LoadBalancer lb = lb(m);
        if (lb == null) {
            return false;
        }
        String id = FreshIds.next(m, "tg-");
        String protocol = protocolChoices().get(0);
        int n = (int) m.targetGroups().stream().filter(t -> lb.vpcId().equals(t.vpcId())).count() + 1;
        TargetGroup tg = new TargetGroup(id, lb.label() + "-tg" + n, TargetType.INSTANCE, protocol, 80, lb.vpcId(),
                List.of(), null, null);
        boolean done = perform(() -> AddResourcesEdit.described(
                io.hopscope.text.Text.of("edit.addTargetGroup", tg.name()), List.of(tg), List.of()));
        reselect(id);
        return done;
    }

    /** Registers an instance (picked, or its id typed) or an address, on {@code port} (blank: the group's). */
    public boolean register(String target, String port) {
        TargetGroup tg = group();
        if (tg == null) {
            return false;
        }
        return perform(() -> {
            String id = target == null ? "" : target.strip().split(" ")[0];
            if (id.isEmpty()) {
                throw new IllegalArgumentException(text("inspector.lb.error.noTarget"));
            }
            Integer p = port == null || port.isBlank() ? null : ListenersViewModel.portOf(messages, port);
            return new RegisterTargetEdit(tg.id(), new Target(id, p));
        });
    }

    public boolean deregister(int row) {
        TargetGroup tg = group();
        Target t = getRows().get(row).target();
        return tg != null && perform(() -> new DeregisterTargetEdit(tg.id(), t.id(), t.port()));
    }

    /** A blank port means the group's port. */
    public boolean editPort(int row, String port) {
        TargetGroup tg = group();
        Target t = getRows().get(row).target();
        return tg != null && perform(() -> new SetTargetPortEdit(tg.id(), t.id(), t.port(),
                port == null || port.isBlank() ? null : ListenersViewModel.portOf(messages, port)));
    }

    /** After an edit the label of the shown group may change ("(HTTP:8080)"): show the same group again. */
    private void reselect(String id) {
        groupChoices().stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(shown::set);
    }

    /** A target group hop shows its group; no row, as targets are not rules. */
    @Override
    public int rowOf(RuleRef ref) {
        return -1;
    }

    /** Shows the group a trace or problem names, when it is one of this load balancer's. */
    public void show(String targetGroupId) {
        reselect(targetGroupId);
    }
}
