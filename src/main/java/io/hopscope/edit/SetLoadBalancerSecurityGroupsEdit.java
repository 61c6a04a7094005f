package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.LoadBalancer;
import io.hopscope.model.LoadBalancerType;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import java.util.List;

/**
 * Sets a load balancer's security groups, which its node interfaces carry [ALBSG]. An ALB always
 * has at least one; an NLB created without groups cannot be given any later [NLBSG].
 */
public record SetLoadBalancerSecurityGroupsEdit(String loadBalancerId, List<String> securityGroupIds) implements Edit {

    public SetLoadBalancerSecurityGroupsEdit {
        securityGroupIds = List.copyOf(securityGroupIds);
    }

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of("edit.securityGroups", loadBalancerId, String.valueOf(securityGroupIds));
    }

    @Override
    public Diagram apply(Diagram diagram) {
        LoadBalancer lb = ListenerEdits.require(diagram, loadBalancerId);
        if (lb.type() == LoadBalancerType.APPLICATION && securityGroupIds.isEmpty()) {
            throw EditRefusal.invalid("edit.refusal.albNeedsGroup");
        }
        if (lb.type() == LoadBalancerType.NETWORK && lb.securityGroupIds().isEmpty() && !securityGroupIds.isEmpty()) {
            throw EditRefusal.invalid("edit.refusal.nlbGroupsLater", lb.label());
        }
        NetworkModel m = diagram.model().with(lb.withSecurityGroupIds(securityGroupIds));
        for (String eniId : lb.networkInterfaceIds()) {
            NetworkInterface eni = m.networkInterface(eniId);
            if (eni != null) {
                m = m.with(eni.withSecurityGroupIds(securityGroupIds));
            }
        }
        return diagram.withModel(m);
    }
}
