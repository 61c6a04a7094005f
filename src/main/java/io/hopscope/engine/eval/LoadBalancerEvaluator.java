package io.hopscope.engine.eval;

import io.hopscope.text.Text;
import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Decision;
import io.hopscope.engine.Direction;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;
import io.hopscope.engine.RuleRef;
import io.hopscope.model.Listener;
import io.hopscope.model.LoadBalancer;
import io.hopscope.model.LoadBalancerType;
import io.hopscope.model.Target;
import io.hopscope.model.TargetGroup;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The load balancer's own decisions (rulebook 10): the listener that takes the connection [ALBL],
 * and the target group's registered target the node forwards it to. An ALB always opens a new
 * connection from its node (TRANSLATE); an NLB passes the client's connection on (FORWARD) when
 * client IP preservation is on [NLBCIP]. Hops name the load balancer by its id (the ARN after an
 * import) and the target group by its id.
 */
public final class LoadBalancerEvaluator {
    /** Codes Reachability Analyzer gives (listener, zone); the two "no target" codes are Hopscope's own. */
    public static final String NO_LISTENER = "ELB_LISTENERS_MISMATCH";
    public static final String NO_TARGET_GROUP = "ELB_NO_TARGET_GROUP";
    public static final String NO_TARGET = "ELB_NO_REGISTERED_TARGETS";
    public static final String ZONE = "ELB_INSTALLED_AZ_RESTRICTION";

    /** No listener for the packet's protocol and port: the load balancer refuses the connection. */
    public Hop noListener(LoadBalancer lb, Packet p) {
        Text known = lb.listeners().isEmpty() ? Text.of("lb.listeners.none")
                : Text.of("lb.listeners", lb.listeners().stream().map(l -> l.protocol() + ":" + l.port())
                .collect(Collectors.joining(", ")));
        return hop(lb).direction(Direction.INGRESS).decided(Decision.DROP, p).rule(null, RuleRef.noMatchingRule(lb.id(),
                        Direction.INGRESS)).blocked(NO_LISTENER, "no-listener")
                .explained(Text.of("lb.noListener", title(lb), p.protocol().label(), p.dstPort(), known));
    }

    /** A Gateway Load Balancer hands packets to appliances the model does not know (rulebook 12). */
    public Hop gateway(LoadBalancer lb, Packet p) {
        return hop(lb).direction(Direction.INGRESS).decided(Decision.UNKNOWN, p)
                .blocked("UNSUPPORTED_COMPONENT", "unsupported-component")
                .explained(Text.of("lb.gateway", title(lb)));
    }

    /** A listener whose action answers by itself (redirect, fixed response): the connection ends here. */
    public Hop answers(LoadBalancer lb, Listener l, Packet p) {
        return hop(lb).direction(Direction.INGRESS).decided(Decision.ALLOW, p).rule(l.describe(""), null)
                .explained(Text.of("lb.answers", title(lb), l.protocol() + ":" + l.port(), l.action()));
    }

    /** The listener forwards to no target group: connections end at the load balancer. */
    public Hop noTargetGroup(LoadBalancer lb, Listener l, Packet p) {
        return hop(lb).direction(Direction.INGRESS).decided(Decision.DROP, p).rule(l.describe("nothing"), null)
                .blocked(NO_TARGET_GROUP, "no-target-group")
                .explained(Text.of("lb.noTargetGroup", l.protocol() + ":" + l.port(), title(lb)));
    }

    /** The listener takes the connection and hands it on: a new connection (ALB) or the same one (NLB). */
    public Hop accepted(LoadBalancer lb, Listener l, List<TargetGroup> groups, Packet p, boolean translates) {
        String names = groups.stream().map(TargetGroup::label).collect(Collectors.joining(", "));
        Text how = Text.of(translates ? "lb.how.newConnection" : "lb.how.preserved", names);
        return hop(lb).direction(Direction.INGRESS).decided(translates ? Decision.TRANSLATE : Decision.FORWARD, p)
                .rule(l.describe(names), null)
                .explained(Text.of("lb.accepted", title(lb), l.protocol() + ":" + l.port(), how));
    }

    /** The reply of the target goes back to the client on the client's connection. */
    public Hop reply(LoadBalancer lb, Packet p, boolean translated) {
        return hop(lb).direction(Direction.EGRESS).decided(translated ? Decision.TRANSLATE : Decision.FORWARD, p)
                .explained(Text.of(translated ? "lb.reply.translated" : "lb.reply", title(lb)));
    }

    /** The target the node forwards to. */
    public Hop target(TargetGroup tg, Target t, int port, Packet p, int reachable) {
        return Hop.at(ComponentKind.TARGET_GROUP, tg.id(), tg.name()).direction(Direction.EGRESS)
                .decided(Decision.FORWARD, p).rule(t.id() + ":" + port, null)
                .explained(Text.of("tg.target", tg.label(), t.id(), port,
                        reachable > 1 ? Text.of("tg.target.oneOf", reachable) : ""));
    }

    /** No registered target this node can forward to. */
    public Hop noTarget(TargetGroup tg, LoadBalancer lb, String nodeZone, Packet p) {
        boolean zone = !tg.targets().isEmpty();
        Text why = zone ? Text.of(lb.crossZoneFor(tg) ? "tg.noTargetInZone.crossZoneOn" : "tg.noTargetInZone.crossZoneOff",
                tg.targets().size(), nodeZone) : Text.of("tg.noRegisteredTarget");
        return Hop.at(ComponentKind.TARGET_GROUP, tg.id(), tg.name()).direction(Direction.EGRESS)
                .decided(Decision.DROP, p).blocked(zone ? ZONE : NO_TARGET, zone ? "no-target-in-zone" : "no-target")
                .explained(Text.of("tg.cannotTake", tg.label(), why));
    }

    /** A target the model cannot follow (a Lambda function, an ALB, an address outside the model). */
    public Hop unmodelledTarget(TargetGroup tg, Target t, Packet p) {
        return Hop.at(ComponentKind.TARGET_GROUP, tg.id(), tg.name()).direction(Direction.EGRESS)
                .decided(Decision.UNKNOWN, p).blocked("UNSUPPORTED_COMPONENT", "unsupported-component")
                .explained(Text.of("tg.unmodelled", t.id(), tg.label(), tg.targetType().wireName()));
    }

    private static Hop.Builder hop(LoadBalancer lb) {
        return Hop.at(ComponentKind.LOAD_BALANCER, lb.id(), lb.name());
    }

    private static Text title(LoadBalancer lb) {
        return lb.type() == LoadBalancerType.GATEWAY ? Text.of("lb.title.gateway", lb.label())
                : Text.of("lb.title", lb.type().shortName(), lb.label());
    }
}
