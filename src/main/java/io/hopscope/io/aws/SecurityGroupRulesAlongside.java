package io.hopscope.io.aws;

import io.hopscope.io.aws.describe.AwsSecurityGroup;
import io.hopscope.io.aws.describe.AwsSnapshot;
import io.hopscope.io.aws.describe.Sourced;
import io.hopscope.model.SecurityGroup;
import java.util.List;

/**
 * The security groups' rules pass (60,000 rules, a tenth of a quota-scale import's main thread)
 * on the second core while the calling thread converts the interfaces, workloads and the rest; the
 * reading of the files has ended by then, so that core is idle otherwise. The result is the one
 * of a single thread: the pass reads a copy of the resources imported before it (no later step
 * adds one it could look up, and none reads a group's rules), its groups take their places by
 * id, and its problems go where a single thread reports them, after the groups' own.
 */
final class SecurityGroupRulesAlongside {

    private final ImportContext ctx;
    private final int problemsBefore;
    private final ImportContext detached;
    private final BackgroundPass<List<SecurityGroup>> rules;

    /**
     * The rules pass over {@code kept}, ready to be queued on the second core. Only for a pass
     * that adds nothing to the context ({@link SecurityGroupConverter#addsNothing}).
     */
    SecurityGroupRulesAlongside(AwsSnapshot snapshot, ImportContext ctx, List<Sourced<AwsSecurityGroup>> kept) {
        this.ctx = ctx;
        this.problemsBefore = ctx.problems().size();
        this.detached = ctx.detached();
        this.rules = BackgroundPass.unqueued(() -> new SecurityGroupConverter(snapshot, detached).withRules(kept));
    }

    BackgroundPass<List<SecurityGroup>> pass() {
        return rules;
    }

    /** What to throw when a later step failed with {@code later}: the pass's failure, if it had one, came first. */
    RuntimeException failureBefore(RuntimeException later) {
        return rules.failureBefore(later);
    }

    /** Puts the groups with their rules in place, and the pass's problems where one thread reports them. */
    void finish() {
        rules.join().forEach(ctx::replace);
        ctx.insertProblems(problemsBefore, detached.problems());
    }
}
