package io.hopscope.engine.walk;

import io.hopscope.engine.Blocker;
import io.hopscope.engine.Hop;
import io.hopscope.engine.PathResult;
import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.edit.Edit;
import io.hopscope.engine.fix.FixSuggester;
import io.hopscope.engine.index.ModelIndex;
import io.hopscope.model.NetworkModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Traces a flow through a model: the request hop by hop, then the reply (reverse 5-tuple, NACLs and
 * route tables evaluated again, SGs passing it by tracking, IGW/NAT undoing their translation).
 * All lookups are built once here so that each trace is cheap enough to run on every keystroke.
 */
public final class Tracer {
    private final NetworkModel model;
    private final Evaluators evaluators;
    private final QueryResolver resolver;
    private final FixSuggester fixes;
    private final PortVerdicts ports;
    private final boolean suggestFixes;
    private final LoadBalancerLegs loadBalancers;

    public Tracer(NetworkModel model) {
        this(model, true);
    }

    /**
     * A tracer whose blockers carry no suggested fixes: for bulk questions (exposure, matrix, check)
     * that trace thousands of packets and never show a fix; building them was a third of a trace.
     */
    public static Tracer withoutFixes(NetworkModel model) {
        return new Tracer(model, false);
    }

    private Tracer(NetworkModel model, boolean suggestFixes) {
        this.suggestFixes = suggestFixes;
        this.model = model;
        ModelIndex index = new ModelIndex(model);
        this.evaluators = new Evaluators(index);
        this.resolver = new QueryResolver(index, evaluators.lbs);
        this.fixes = new FixSuggester(index);
        this.ports = new PortVerdicts(index, evaluators.acl, evaluators.lbs);
        this.loadBalancers = new LoadBalancerLegs(evaluators);
    }

    public NetworkModel model() {
        return model;
    }

    public Trace trace(TraceQuery query) {
        QueryResolver.Resolution r = resolver.resolve(query);
        var lb = loadBalancers.destination(r);
        LoadBalancerLegs.Walked walked = lb != null ? loadBalancers.walk(r, lb) : plain(r);
        HopRecorder fwd = walked.forward();
        PathResult forwardResult = fwd.result();

        List<Blocker> blockers = new ArrayList<>();
        Hop first = forwardResult.blockingHop();
        if (first != null) {
            addBlocker(blockers, first, false, r);
        }
        for (Hop h : fwd.laterBlockers()) {
            addBlocker(blockers, h, false, r);
        }
        PathResult replyResult = null;
        List<Hop> forwardSeen = seen(forwardResult, fwd);
        List<Hop> replySeen = List.of();
        if (walked.reply() != null) {
            HopRecorder back = walked.reply();
            PathResult backResult = back.result();
            replySeen = seen(backResult, back);
            Hop replyBlock = backResult.blockingHop();
            if (replyBlock != null) {
                addBlocker(blockers, replyBlock, true, r);
            }
            for (Hop h : back.laterBlockers()) {
                addBlocker(blockers, h, true, r);
            }
            if (forwardResult.delivered()) {
                replyResult = backResult;
            }
        }
        PortVerdicts.Result v = ports.decide(r.query(), new PortVerdicts.Walks(forwardSeen, replySeen,
                walked.reply() != null));
        return new Trace(r.query(), forwardResult, replyResult, blockers, v.verdict(), v.sourcePorts(),
                v.translatedPorts(), v.unknownAt());
    }

    /**
     * Fixes for a PORT_DEPENDENT verdict (the NACL entry to widen), which no blocker carries because
     * the packet shown passes. Empty for every other verdict.
     */
    public List<Edit> portRangeFixes(Trace trace) {
        return fixes.forPortRange(trace);
    }

    /** A trace to anything but a load balancer: the request, then (when it arrived) the reply. */
    private LoadBalancerLegs.Walked plain(QueryResolver.Resolution r) {
        Connection conn = new Connection();
        PathWalker forward = new PathWalker(evaluators, false, conn, r.query().clientPorts());
        forward.start(r.from(), r.packet(), r.to());
        HopRecorder fwd = forward.recorder();
        if (fwd.arrivedPacket() == null) {
            return new LoadBalancerLegs.Walked(fwd, null);
        }
        // Evaluated even when the request is blocked, as if it had passed, so every blocker is found.
        PathWalker back = new PathWalker(evaluators, true, conn, r.query().clientPorts());
        back.start(r.to(), fwd.arrivedPacket().reply(), r.from());
        return new LoadBalancerLegs.Walked(fwd, back.recorder());
    }

    /** The path's hops, then the blockers met past its first one. */
    private static List<Hop> seen(PathResult path, HopRecorder recorder) {
        if (recorder.laterBlockers().isEmpty()) {
            return path.hops();
        }
        List<Hop> all = new ArrayList<>(path.hops());
        all.addAll(recorder.laterBlockers());
        return all;
    }

    /**
     * One blocker per cause: the same component refusing for the same reason with the same fixes (an
     * IGW with no public IP to map, met by the request and again by its reply) is one change, not two.
     * A NACL refusing the request and its reply needs a rule in each list (different fixes), so both stay.
     */
    private void addBlocker(List<Blocker> blockers, Hop h, boolean onReply, QueryResolver.Resolution r) {
        // The fixes are worked out when shown, unless the same component refused for the same reason
        // before: then they tell whether this is the same change (see above).
        List<Edit> suggested = suggestFixes ? null : List.of();
        for (Blocker b : blockers) {
            if (b.hop().componentId().equals(h.componentId()) && Objects.equals(b.hop().reason(), h.reason())) {
                if (suggested == null) {
                    suggested = fixes.suggest(h, onReply, r.query());
                }
                if (sameFixes(b, suggested)) {
                    return;
                }
            }
        }
        blockers.add(suggested != null ? new Blocker(h, onReply, suggested)
                : Blocker.withFixesLater(h, onReply, () -> fixes.suggest(h, onReply, r.query())));
    }

    private static boolean sameFixes(Blocker b, List<Edit> suggested) {
        List<String> known = b.fixes().stream().map(Edit::description).toList();
        List<String> now = suggested.stream().map(Edit::description).toList();
        return known.equals(now);
    }
}
