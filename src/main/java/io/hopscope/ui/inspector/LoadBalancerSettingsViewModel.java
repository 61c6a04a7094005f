package io.hopscope.ui.inspector;

import io.hopscope.edit.SetLoadBalancerSchemeEdit;
import io.hopscope.edit.SetLoadBalancerSecurityGroupsEdit;
import io.hopscope.edit.fresh.FreeAddresses;
import io.hopscope.model.LoadBalancer;
import io.hopscope.model.LoadBalancerType;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.net.IpAddress;
import io.hopscope.ui.common.DiagramDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * A load balancer's scheme and security groups (rulebook 10). Internet-facing gives each node a
 * public address, internal takes them away [ELBHOW]; the groups are the ones its nodes carry, any of
 * its VPC's [ALBSG]. Refusals (an ALB without groups, groups on an NLB made without) come back in
 * the error line, as in the rule tables.
 */
public final class LoadBalancerSettingsViewModel extends RuleTableViewModel<GroupChoice> {

    private final String loadBalancerId;

    public LoadBalancerSettingsViewModel(DiagramDocument document, ResourceBundle messages, String loadBalancerId) {
        super(document, messages);
        this.loadBalancerId = loadBalancerId;
        refresh();
    }

    private LoadBalancer lb() {
        return document.getDiagram().model().find(loadBalancerId).filter(LoadBalancer.class::isInstance)
                .map(LoadBalancer.class::cast).orElse(null);
    }

    /** The rows are the load balancer's groups. */
    @Override
    protected List<GroupChoice> load(NetworkModel m) {
        LoadBalancer lb = m.find(loadBalancerId).filter(LoadBalancer.class::isInstance).map(LoadBalancer.class::cast)
                .orElse(null);
        return lb == null ? List.of() : lb.securityGroupIds().stream().map(id -> group(m, id)).toList();
    }

    private static GroupChoice group(NetworkModel m, String id) {
        SecurityGroup g = m.securityGroup(id);
        return new GroupChoice(id, g == null ? id : g.label());
    }

    public boolean isInternal() {
        LoadBalancer lb = lb();
        return lb != null && lb.internal();
    }

    /** "ALB · internet-facing" as the header shows it. */
    public String typeText() {
        LoadBalancer lb = lb();
        return lb == null ? "" : lb.type().shortName();
    }

    public boolean setInternal(boolean internal) {
        return perform(() -> {
            LoadBalancer lb = lb();
            if (lb == null) {
                throw new IllegalStateException("load balancer " + loadBalancerId + " no longer exists");
            }
            List<IpAddress> ips = new ArrayList<>();
            if (!internal) {
                Set<IpAddress> taken = new HashSet<>();
                for (int i = 0; i < lb.networkInterfaceIds().size(); i++) {
                    FreeAddresses.freePublicIp(document.getDiagram().model(), taken).ifPresent(ip -> {
                        taken.add(ip);
                        ips.add(ip);
                    });
                }
            }
            return new SetLoadBalancerSchemeEdit(loadBalancerId, internal, ips);
        });
    }

    /** Every group of the load balancer's VPC, for the picker. */
    public List<GroupChoice> groupChoices() {
        NetworkModel m = document.getDiagram().model();
        LoadBalancer lb = lb();
        return lb == null ? List.of() : m.securityGroups().stream().filter(g -> g.vpcId().equals(lb.vpcId()))
                .map(g -> group(m, g.id())).toList();
    }

    /** Adds or removes one group: what a tick in the picker does. */
    public boolean setGroup(String groupId, boolean attached) {
        LoadBalancer lb = lb();
        if (lb == null) {
            return false;
        }
        List<String> groups = new ArrayList<>(lb.securityGroupIds());
        groups.remove(groupId);
        if (attached) {
            groups.add(groupId);
        }
        return perform(() -> new SetLoadBalancerSecurityGroupsEdit(loadBalancerId, groups));
    }

    public boolean hasGroups() {
        LoadBalancer lb = lb();
        return lb != null && (lb.type() == LoadBalancerType.APPLICATION || !lb.securityGroupIds().isEmpty());
    }

    @Override
    public int rowOf(io.hopscope.engine.RuleRef ref) {
        return -1;
    }
}
