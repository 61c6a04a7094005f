package io.hopscope.check;

import io.hopscope.text.Text;
import io.hopscope.model.Listener;
import io.hopscope.model.LoadBalancer;
import io.hopscope.model.LoadBalancerType;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Target;
import io.hopscope.model.TargetGroup;
import io.hopscope.model.TargetType;
import io.hopscope.model.Workload;
import java.util.Set;

/**
 * What elbv2 refuses between listeners, target groups and targets (rulebook 10), all errors: a
 * listener protocol the load balancer type does not speak (an ALB listens on HTTP or HTTPS, an NLB on
 * TCP, TLS, UDP or TCP_UDP) [ALBL][NLBL], a listener forwarding to a target group of another VPC or of
 * the other type's protocols, and an instance target outside its target group's VPC [TGREG].
 */
public final class LoadBalancerProtocolsRule implements ModelRule {

    private static final Set<String> ALB = Set.of("HTTP", "HTTPS");
    private static final Set<String> NLB = Set.of("TCP", "TLS", "UDP", "TCP_UDP", "QUIC", "TCP_QUIC");

    @Override
    public String findingsName() {
        return "listener and target group mismatches";
    }

    @Override
    public void check(NetworkModel m, Findings f) {
        for (LoadBalancer lb : m.loadBalancers()) {
            Set<String> speaks = protocols(lb.type());
            if (speaks == null) {
                continue;
            }
            for (int i = 0; i < lb.listeners().size(); i++) {
                Listener l = lb.listeners().get(i);
                if (!l.protocol().isEmpty() && !speaks.contains(l.protocol())) {
                    f.error(lb, ".listeners[" + i + "].protocol", Text.of("check.lb.listenerProtocol",
                            l.protocol() + ":" + l.port(), article(lb), String.join(", ", sorted(speaks))));
                }
                for (String tgId : l.targetGroupIds()) {
                    TargetGroup tg = m.find(tgId).filter(TargetGroup.class::isInstance).map(TargetGroup.class::cast)
                            .orElse(null);
                    if (tg == null) {
                        continue; // ReferencesRule reports it
                    }
                    if (tg.vpcId() != null && lb.vpcId() != null && !tg.vpcId().equals(lb.vpcId())) {
                        f.error(lb, ".listeners[" + i + "].targetGroups", Text.of("check.lb.targetGroupVpc",
                                l.protocol() + ":" + l.port(), tg.label(), tg.vpcId(), lb.vpcId()));
                    } else if (!tg.protocol().isEmpty() && !speaks.contains(tg.protocol())) {
                        f.error(lb, ".listeners[" + i + "].targetGroups", Text.of("check.lb.targetGroupProtocol",
                                l.protocol() + ":" + l.port(), tg.label(), tg.protocol(), article(lb)));
                    }
                }
            }
        }
        for (TargetGroup tg : m.targetGroups()) {
            if (tg.targetType() != TargetType.INSTANCE || tg.vpcId() == null) {
                continue;
            }
            for (int i = 0; i < tg.targets().size(); i++) {
                Target t = tg.targets().get(i);
                Workload w = m.workload(t.id());
                String vpc = w == null ? null : vpcOf(m, w);
                if (vpc != null && !vpc.equals(tg.vpcId())) {
                    f.error(tg, ".targets[" + i + "].id", Text.of("check.lb.instanceVpc",
                            w.label(), vpc, tg.label(), tg.vpcId()));
                }
            }
        }
    }

    private static Set<String> protocols(LoadBalancerType type) {
        return switch (type) {
            case APPLICATION -> ALB;
            case NETWORK -> NLB;
            case GATEWAY -> null;
        };
    }

    private static Text article(LoadBalancer lb) {
        return Text.of(lb.type() == LoadBalancerType.APPLICATION ? "check.lb.anAlb" : "check.lb.anNlb");
    }

    private static java.util.List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }

    private static String vpcOf(NetworkModel m, Workload w) {
        for (String eniId : w.networkInterfaceIds()) {
            var eni = m.networkInterface(eniId);
            var s = eni == null ? null : m.subnet(eni.subnetId());
            if (s != null) {
                return s.vpcId();
            }
        }
        return null;
    }
}
