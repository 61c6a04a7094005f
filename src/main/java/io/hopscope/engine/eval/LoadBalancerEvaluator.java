package io.hopscope.engine.eval;

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
        String known = lb.listeners().isEmpty() ? "it has no listener at all"
                : "its listeners are " + lb.listeners().stream().map(l -> l.protocol() + ":" + l.port())
                .collect(Collectors.joining(", "));
        return hop(lb).direction(Direction.INGRESS).decided(Decision.DROP, p).rule(null, RuleRef.noMatchingRule(lb.id(),
                        Direction.INGRESS)).blocked(NO_LISTENER, "no-listener")
                .explained(title(lb) + " has no listener for " + p.protocol().label() + " " + p.dstPort() + " ("
                        + known + "), so it refuses the connection even where its security groups allow it.");
    }

    /** A Gateway Load Balancer hands packets to appliances the model does not know (rulebook 12). */
    public Hop gateway(LoadBalancer lb, Packet p) {
        return hop(lb).direction(Direction.INGRESS).decided(Decision.UNKNOWN, p)
                .blocked("UNSUPPORTED_COMPONENT", "unsupported-component")
                .explained(title(lb) + " sends the packet to third-party appliances over GENEVE; Hopscope does not"
                        + " model what they do with it. Check the appliances' policy by hand.");
    }

    /** A listener whose action answers by itself (redirect, fixed response): the connection ends here. */
    public Hop answers(LoadBalancer lb, Listener l, Packet p) {
        return hop(lb).direction(Direction.INGRESS).decided(Decision.ALLOW, p).rule(l.describe(""), null)
                .explained(title(lb) + " accepts the connection on its listener " + l.protocol() + ":" + l.port()
                        + " and answers it itself (" + l.action() + "); no target is involved.");
    }

    /** The listener forwards to no target group: connections end at the load balancer. */
    public Hop noTargetGroup(LoadBalancer lb, Listener l, Packet p) {
        return hop(lb).direction(Direction.INGRESS).decided(Decision.DROP, p).rule(l.describe("nothing"), null)
                .blocked(NO_TARGET_GROUP, "no-target-group")
                .explained("The listener " + l.protocol() + ":" + l.port() + " of " + title(lb) + " forwards to no"
                        + " target group in the model, so no target can take the connection.");
    }

    /** The listener takes the connection and hands it on: a new connection (ALB) or the same one (NLB). */
    public Hop accepted(LoadBalancer lb, Listener l, List<TargetGroup> groups, Packet p, boolean translates) {
        String names = groups.stream().map(TargetGroup::label).collect(Collectors.joining(", "));
        String how = translates
                ? "opens a new connection from its node's private address to a target of " + names
                + " (source port chosen by the load balancer, 1024-65535)"
                : "passes the connection on to a target of " + names + " keeping the client's address and port"
                + " (client IP preservation)";
        return hop(lb).direction(Direction.INGRESS).decided(translates ? Decision.TRANSLATE : Decision.FORWARD, p)
                .rule(l.describe(names), null)
                .explained(title(lb) + " accepts the connection on its listener " + l.protocol() + ":" + l.port()
                        + " and " + how + ".");
    }

    /** The reply of the target goes back to the client on the client's connection. */
    public Hop reply(LoadBalancer lb, Packet p, boolean translated) {
        return hop(lb).direction(Direction.EGRESS).decided(translated ? Decision.TRANSLATE : Decision.FORWARD, p)
                .explained(title(lb) + (translated ? " sends the target's answer back to the client on the client's"
                        + " own connection, from the address the client connected to."
                        : " returns the target's reply to the client; the reply passes back through the load balancer,"
                        + " not the target subnet's route table."));
    }

    /** The target the node forwards to. */
    public Hop target(TargetGroup tg, Target t, int port, Packet p, int reachable) {
        return Hop.at(ComponentKind.TARGET_GROUP, tg.id(), tg.name()).direction(Direction.EGRESS)
                .decided(Decision.FORWARD, p).rule(t.id() + ":" + port, null)
                .explained("Target group " + tg.label() + " sends the connection to its registered target " + t.id()
                        + " on port " + port + (reachable > 1 ? " (one of " + reachable + " targets this node can"
                        + " reach; each is checked and the trace shows a failing one if any fails)" : "")
                        + ". Health checks are not modelled: every registered target is assumed to take traffic.");
    }

    /** No registered target this node can forward to. */
    public Hop noTarget(TargetGroup tg, LoadBalancer lb, String nodeZone, Packet p) {
        boolean zone = !tg.targets().isEmpty();
        String why = zone ? "none of its " + tg.targets().size() + " registered targets is one the node in " + nodeZone
                + " forwards to (cross-zone load balancing is " + (lb.crossZoneFor(tg) ? "on" : "off")
                + ", or the targets sit in zones the load balancer does not serve)"
                : "it has no registered target";
        return Hop.at(ComponentKind.TARGET_GROUP, tg.id(), tg.name()).direction(Direction.EGRESS)
                .decided(Decision.DROP, p).blocked(zone ? ZONE : NO_TARGET, zone ? "no-target-in-zone" : "no-target")
                .explained("Target group " + tg.label() + " cannot take the connection: " + why + ".");
    }

    /** A target the model cannot follow (a Lambda function, an ALB, an address outside the model). */
    public Hop unmodelledTarget(TargetGroup tg, Target t, Packet p) {
        return Hop.at(ComponentKind.TARGET_GROUP, tg.id(), tg.name()).direction(Direction.EGRESS)
                .decided(Decision.UNKNOWN, p).blocked("UNSUPPORTED_COMPONENT", "unsupported-component")
                .explained("Target " + t.id() + " of " + tg.label() + " (" + tg.targetType().wireName() + ") is not an"
                        + " interface in the model, so the trace cannot follow the connection to it. Check by hand.");
    }

    private static Hop.Builder hop(LoadBalancer lb) {
        return Hop.at(ComponentKind.LOAD_BALANCER, lb.id(), lb.name());
    }

    private static String title(LoadBalancer lb) {
        return (lb.type() == LoadBalancerType.GATEWAY ? "gateway load balancer " : lb.type().shortName() + " ")
                + lb.label();
    }
}
