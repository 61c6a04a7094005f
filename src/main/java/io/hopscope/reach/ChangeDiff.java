package io.hopscope.reach;

import io.hopscope.model.NetworkModel;
import io.hopscope.model.ResourceTags;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a change to a network (a Terraform plan: prior state to planned values) does to the flows a
 * policy names, the pull-request question. Each assertion is evaluated on both networks as
 * {@code check} does, and the flows it covers are compared cell by cell ({@link FlowDiffer}).
 * Endpoints are paired by id (kept across a plan for what exists), else by name (a replaced
 * instance gets a new placeholder id but keeps its Name tag); an endpoint on one side only is
 * compared with "absent".
 */
public final class ChangeDiff {
    private final ReachEngine before;
    private final ReachEngine after;
    private final SelectorResolver beforeSelectors;
    private final SelectorResolver afterSelectors;
    private final ReachAssertions beforeCheck;
    private final ReachAssertions afterCheck;

    public ChangeDiff(NetworkModel beforeModel, ResourceTags beforeTags, NetworkModel afterModel, ResourceTags afterTags) {
        this.before = new ReachEngine(beforeModel);
        this.after = new ReachEngine(afterModel);
        this.beforeSelectors = new SelectorResolver(beforeModel, beforeTags);
        this.afterSelectors = new SelectorResolver(afterModel, afterTags);
        this.beforeCheck = new ReachAssertions(before, beforeTags);
        this.afterCheck = new ReachAssertions(after, afterTags);
    }

    /**
     * The assertion on both sides. A selector that names nothing after the change is the caller's
     * input error ({@link SelectorException}), as in {@code check}; before the change it only means
     * the endpoints are new.
     */
    public AssertionChange evaluate(Assertion a) {
        AssertionResult afterResult = afterCheck.evaluate(a);
        AssertionResult beforeResult;
        try {
            beforeResult = beforeCheck.evaluate(a);
        } catch (SelectorException e) {
            beforeResult = null;
        }
        List<FlowChange> flows = new ArrayList<>();
        Map<String, ReachEndpoint[]> targets = pair(targets(beforeSelectors, a), targets(afterSelectors, a));
        Map<String, ReachEndpoint[]> sources = pair(resolve(beforeSelectors, a.from()), resolve(afterSelectors, a.from()));
        for (ReachEndpoint[] t : targets.values()) {
            for (ReachEndpoint[] s : sources.values()) {
                if (same(s[0], t[0]) || same(s[1], t[1])) {
                    continue;
                }
                List<Cell> was = s[0] == null || t[0] == null ? List.of() : before.cells(s[0], t[0], a.protocol(), a.ports());
                List<Cell> is = s[1] == null || t[1] == null ? List.of() : after.cells(s[1], t[1], a.protocol(), a.ports());
                flows.addAll(FlowDiffer.diff(a.name(), was, is));
            }
        }
        return new AssertionChange(a, beforeResult, afterResult, flows);
    }

    private static boolean same(ReachEndpoint s, ReachEndpoint t) {
        return s != null && t != null && s.isInterface() && s.id().equals(t.id());
    }

    private static List<ReachEndpoint> targets(SelectorResolver r, Assertion a) {
        return resolve(r, a.to()).stream().filter(ReachEndpoint::isInterface).toList();
    }

    private static List<ReachEndpoint> resolve(SelectorResolver r, Selector s) {
        try {
            return r.resolve(s);
        } catch (SelectorException e) {
            return List.of();
        }
    }

    /** Before and after endpoints side by side: by id, then unmatched ones by an unambiguous name. */
    private static Map<String, ReachEndpoint[]> pair(List<ReachEndpoint> was, List<ReachEndpoint> is) {
        Map<String, ReachEndpoint[]> out = new LinkedHashMap<>();
        for (ReachEndpoint e : is) {
            out.put(e.id(), new ReachEndpoint[] {null, e});
        }
        List<ReachEndpoint> unmatched = new ArrayList<>();
        for (ReachEndpoint e : was) {
            ReachEndpoint[] p = out.get(e.id());
            if (p != null) {
                p[0] = e;
            } else {
                unmatched.add(e);
            }
        }
        for (ReachEndpoint e : unmatched) {
            ReachEndpoint[] byName = null;
            int candidates = 0;
            for (ReachEndpoint[] p : out.values()) {
                if (p[0] == null && !e.name().equals(e.id()) && p[1].name().equals(e.name())) {
                    byName = p;
                    candidates++;
                }
            }
            if (candidates == 1) {
                byName[0] = e;
            } else {
                out.put("before:" + e.id(), new ReachEndpoint[] {e, null});
            }
        }
        return out;
    }
}
