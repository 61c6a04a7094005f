package io.hopscope.io.aws;

import io.hopscope.text.Text;
import io.hopscope.io.aws.describe.AwsElb;
import io.hopscope.io.aws.describe.AwsSnapshot;
import io.hopscope.io.aws.describe.Sourced;
import io.hopscope.model.Listener;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Listeners per load balancer ARN, from Batfish's LoadBalancerListeners aggregate and from a plain
 * describe-listeners {@code Listeners} file (a listener read twice counts once). A forward action
 * names one target group (TargetGroupArn) or several (ForwardConfig.TargetGroups); a name that is
 * not in describe-target-groups is reported with its JSON path and left out.
 */
final class ListenerReader {
    private final AwsSnapshot snapshot;
    private final ImportContext ctx;
    private final Set<String> knownGroups;
    private final Map<String, List<Listener>> byLoadBalancer = new HashMap<>();
    private final Set<String> seen = new HashSet<>();

    ListenerReader(AwsSnapshot snapshot, ImportContext ctx, Set<String> knownGroups) {
        this.snapshot = snapshot;
        this.ctx = ctx;
        this.knownGroups = knownGroups;
    }

    Map<String, List<Listener>> byLoadBalancer() {
        for (Sourced<AwsElb.ListenerSet> s : snapshot.all(AwsElb.ListenerSet.class)) {
            List<AwsElb.Listener> all = s.value().listeners();
            for (int i = 0; i < all.size(); i++) {
                AwsElb.Listener l = all.get(i);
                String lb = l.loadBalancerArn() != null ? l.loadBalancerArn() : s.value().loadBalancerArn();
                read(s, "Listeners[" + i + "].", lb, l);
            }
        }
        for (Sourced<AwsElb.Listener> s : snapshot.all(AwsElb.Listener.class)) {
            read(s, "", s.value().loadBalancerArn(), s.value());
        }
        return byLoadBalancer;
    }

    private void read(Sourced<?> s, String at, String lb, AwsElb.Listener l) {
        if (lb == null || lb.isBlank()) {
            ctx.error(s, at + "LoadBalancerArn", Text.of("import.aws.listener.noLoadBalancer"), null);
            return;
        }
        if (l.listenerArn() != null && !seen.add(l.listenerArn())) {
            return;
        }
        if (l.port() == null || l.port() < 1 || l.port() > 65535) {
            ctx.error(s, at + "Port", Text.of("import.aws.listener.badPort", lb), lb);
            return;
        }
        int index = first(l.defaultActions());
        AwsElb.Action action = index < 0 ? null : l.defaultActions().get(index);
        if (action == null) {
            ctx.error(s, at + "DefaultActions", Text.of("import.aws.listener.noDefaultAction", l.protocol(), l.port(), lb), lb);
            byLoadBalancer.computeIfAbsent(lb, k -> new ArrayList<>()).add(new Listener(l.port(), l.protocol(),
                    Listener.FORWARD, List.of()));
            return;
        }
        List<String> groups = new ArrayList<>();
        if (Listener.FORWARD.equalsIgnoreCase(action.type())) {
            List<String> named = new ArrayList<>();
            List<String> paths = new ArrayList<>();
            if (action.targetGroupArn() != null) {
                named.add(action.targetGroupArn());
                paths.add("DefaultActions[" + index + "].TargetGroupArn");
            }
            if (action.forwardConfig() != null) {
                List<AwsElb.WeightedGroup> w = action.forwardConfig().targetGroups();
                for (int i = 0; i < w.size(); i++) {
                    if (w.get(i).weight() != null && w.get(i).weight() == 0) {
                        continue; // a weight of 0 sends nothing to that group
                    }
                    named.add(w.get(i).targetGroupArn());
                    paths.add("DefaultActions[" + index + "].ForwardConfig.TargetGroups[" + i + "].TargetGroupArn");
                }
            }
            for (int i = 0; i < named.size(); i++) {
                String tg = named.get(i);
                if (tg == null || !knownGroups.contains(tg)) {
                    ctx.error(s, at + paths.get(i), Text.of("import.aws.listener.unknownTargetGroup", l.protocol(), l.port(), lb, tg), lb);
                } else if (!groups.contains(tg)) {
                    groups.add(tg);
                }
            }
            if (named.isEmpty()) {
                ctx.error(s, at + "DefaultActions[" + index + "]", Text.of("import.aws.listener.noTargetGroup", l.protocol(), l.port(), lb), lb);
            }
        }
        String type = action.type() == null ? Listener.FORWARD : action.type().toLowerCase(java.util.Locale.ROOT);
        byLoadBalancer.computeIfAbsent(lb, k -> new ArrayList<>()).add(new Listener(l.port(), l.protocol(), type, groups));
    }

    /** Where the default action that decides stands (-1 for none): the lowest Order (AWS runs them in order; the last is terminal). */
    private static int first(List<AwsElb.Action> actions) {
        int terminal = -1;
        for (int i = 0; i < actions.size(); i++) {
            AwsElb.Action a = actions.get(i);
            String t = a.type() == null ? "" : a.type();
            if (t.startsWith("authenticate")) {
                continue; // authentication precedes the action that answers
            }
            Integer best = terminal < 0 ? null : actions.get(terminal).order();
            if (terminal < 0 || (a.order() != null && best != null && a.order() < best)) {
                terminal = i;
            }
        }
        return terminal;
    }
}
