package io.hopscope.io.aws;

import io.hopscope.io.aws.describe.AwsSecurityGroup;
import io.hopscope.io.aws.describe.AwsSnapshot;
import io.hopscope.io.aws.describe.Sourced;
import io.hopscope.model.SecurityGroup;
import java.util.List;

/**
 * The security groups' rules pass (60,000 rules, a tenth of a quota-scale import's main thread)
 * on a second core while the calling thread converts the interfaces, workloads and the rest; the
 * reading of the files has ended by then, so that core is idle otherwise. The result is the one
 * of a single thread: the pass reads a copy of the resources imported before it (no later step
 * adds one it could look up, and none reads a group's rules), its groups take their places by
 * id, and its problems go where a single thread reports them, after the groups' own.
 */
final class SecurityGroupRulesAlongside {

    private SecurityGroupRulesAlongside() {
    }

    /**
     * Runs the rules pass over {@code kept} on another thread and {@code laterSteps} on this one.
     * Only for a pass that adds nothing to the context ({@link SecurityGroupConverter#addsNothing}).
     */
    static void run(AwsSnapshot snapshot, ImportContext ctx, List<Sourced<AwsSecurityGroup>> kept, Runnable laterSteps) {
        int problemsBefore = ctx.problems().size();
        ImportContext detached = ctx.detached();
        BackgroundPass<List<SecurityGroup>> rules = BackgroundPass.start("hopscope-security-group-rules",
                () -> new SecurityGroupConverter(snapshot, detached).withRules(kept));
        try {
            laterSteps.run();
        } catch (RuntimeException e) {
            throw rules.failureBefore(e);
        }
        rules.join().forEach(ctx::replace);
        ctx.insertProblems(problemsBefore, detached.problems());
    }
}
