package io.hopscope.edit.paste;

import io.hopscope.model.Listener;
import io.hopscope.model.LoadBalancer;
import io.hopscope.model.LoadBalancing;
import io.hopscope.model.Target;
import io.hopscope.model.TargetGroup;
import io.hopscope.model.TargetType;
import io.hopscope.model.net.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Copies a load balancer or target group of a copied VPC (rulebook 10): the load balancer's nodes,
 * subnets, groups and target groups point at their copies; a target group's instances at the
 * copied instances and its IP targets inside the VPC at the moved addresses. An IP target outside
 * the VPC (another network, "all" zones) stays as it is; an instance that is not copied is left out:
 * a target group registers only instances of its own VPC [TGREG].
 */
final class LoadBalancerCopier {

    private final Map<String, String> copyOf;
    private final CidrTranslation addresses;
    private final BiConsumer<LeftOut, String> drop;

    LoadBalancerCopier(Map<String, String> copyOf, CidrTranslation addresses, BiConsumer<LeftOut, String> drop) {
        this.copyOf = copyOf;
        this.addresses = addresses;
        this.drop = drop;
    }

    LoadBalancing copy(String id, LoadBalancing r) {
        if (r instanceof LoadBalancer lb) {
            List<Listener> listeners = lb.listeners().stream().map(l -> new Listener(l.port(), l.protocol(), l.action(),
                    mapped(l.targetGroupIds()))).toList();
            return new LoadBalancer(id, lb.name(), lb.type(), lb.internal(), copyOf.get(lb.vpcId()),
                    mapped(lb.subnetIds()), mapped(lb.securityGroupIds()), mapped(lb.networkInterfaceIds()), listeners,
                    lb.crossZone(), lb.state());
        }
        TargetGroup tg = (TargetGroup) r;
        List<Target> targets = new ArrayList<>();
        for (Target t : tg.targets()) {
            if (tg.targetType() == TargetType.IP && IpAddress.isValid(t.id())) {
                targets.add(new Target(addresses.translate(IpAddress.parse(t.id())).toString(), t.port(),
                        t.availabilityZone(), t.health()));
            } else if (copyOf.containsKey(t.id())) {
                targets.add(new Target(copyOf.get(t.id()), t.port(), t.availabilityZone(), t.health()));
            } else {
                drop.accept(LeftOut.OUTSIDE_TARGET, "target " + t.id() + " of " + tg.label() + ": it is not in the copied VPC");
            }
        }
        return new TargetGroup(id, tg.name(), tg.targetType(), tg.protocol(), tg.port(), copyOf.get(tg.vpcId()), targets,
                tg.preserveClientIp(), tg.crossZone());
    }

    private List<String> mapped(List<String> ids) {
        return ids.stream().filter(copyOf::containsKey).map(copyOf::get).toList();
    }
}
