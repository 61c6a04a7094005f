package io.hopscope.engine;

import io.hopscope.engine.fix.FixSuggester;
import io.hopscope.engine.index.ModelIndex;
import io.hopscope.model.NetworkModel;

import java.util.ArrayList;
import java.util.List;

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

    public Tracer(NetworkModel model) {
        this.model = model;
        ModelIndex index = new ModelIndex(model);
        this.evaluators = new Evaluators(index);
        this.resolver = new QueryResolver(index);
        this.fixes = new FixSuggester(index);
    }

    public NetworkModel model() {
        return model;
    }

    public Trace trace(TraceQuery query) {
        QueryResolver.Resolution r = resolver.resolve(query);
        Connection conn = new Connection();
        PathWalker forward = new PathWalker(evaluators, false, conn, r.query().clientPorts());
        forward.start(r.from(), r.packet(), r.to());
        HopRecorder fwd = forward.recorder();
        PathResult forwardResult = fwd.result();

        List<Blocker> blockers = new ArrayList<>();
        Hop first = forwardResult.blockingHop();
        if (first != null) {
            blockers.add(new Blocker(first, false, fixes.suggest(first, false, r.query())));
        }
        for (Hop h : fwd.laterBlockers()) {
            blockers.add(new Blocker(h, false, fixes.suggest(h, false, r.query())));
        }
        PathResult replyResult = null;
        if (fwd.arrivedPacket() != null) {
            // Evaluated even when the request is blocked, as if it had passed, so every blocker is found.
            PathWalker back = new PathWalker(evaluators, true, conn, r.query().clientPorts());
            back.start(r.to(), fwd.arrivedPacket().reply(), r.from());
            PathResult backResult = back.recorder().result();
            Hop replyBlock = backResult.blockingHop();
            if (replyBlock != null) {
                blockers.add(new Blocker(replyBlock, true, fixes.suggest(replyBlock, true, r.query())));
            }
            for (Hop h : back.recorder().laterBlockers()) {
                blockers.add(new Blocker(h, true, fixes.suggest(h, true, r.query())));
            }
            if (forwardResult.delivered()) {
                replyResult = backResult;
            }
        }
        return new Trace(r.query(), forwardResult, replyResult, blockers);
    }
}
