package io.hopscope.io.aws;

import io.hopscope.check.Problem;
import io.hopscope.io.aws.describe.Sourced;
import io.hopscope.model.Resource;
import java.util.ArrayList;
import java.util.List;

/**
 * The resources a share of a pass added to its copy of the context on another thread, each with
 * the number of problems the share had reported before it, so that the original context can add
 * them and report the problems between them in the order one thread would have: a duplicate id's
 * warning then comes where the single-thread import gives it.
 */
final class DeferredAdds {

    private record Add(Resource resource, Sourced<?> source, int problemsBefore) {
    }

    private final List<Add> adds = new ArrayList<>();

    void record(Resource resource, Sourced<?> source, int problemsBefore) {
        adds.add(new Add(resource, source, problemsBefore));
    }

    /** Reports {@code problems} (the share's own, in its order) and adds the resources, interleaved. */
    void replayInto(ImportContext ctx, List<Problem> problems) {
        List<Problem> into = ctx.problems();
        int reported = 0;
        for (Add add : adds) {
            // Most records report nothing: no sub-list for them (10,000 adds a share at quota scale).
            if (add.problemsBefore() > reported) {
                into.addAll(problems.subList(reported, add.problemsBefore()));
                reported = add.problemsBefore();
            }
            ctx.add(add.resource(), add.source());
        }
        into.addAll(problems.subList(reported, problems.size()));
    }
}
