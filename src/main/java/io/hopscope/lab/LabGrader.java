package io.hopscope.lab;

import io.hopscope.model.NetworkModel;
import io.hopscope.reach.AssertionEvaluator;
import io.hopscope.reach.ReachAssertions;
import io.hopscope.reach.SelectorException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Grades a lab attempt: the lab's assertions through the same {@link AssertionEvaluator} as the
 * {@code check} command, then its constraints against the start. The app re-grades on every edit,
 * so one evaluator is built per model and every assertion is judged on it.
 */
public final class LabGrader {

    private final Function<NetworkModel, AssertionEvaluator> evaluators;

    /** Grades with the evaluator of the {@code check} command. */
    public LabGrader() {
        this(ReachAssertions::of);
    }

    public LabGrader(Function<NetworkModel, AssertionEvaluator> evaluators) {
        this.evaluators = evaluators;
    }

    public LabGrade grade(LabFile file) {
        AssertionEvaluator evaluator = evaluators.apply(file.diagram().model());
        List<AssertionCheck> checks = new ArrayList<>();
        for (LabAssertion a : file.lab().assertions()) {
            checks.add(check(evaluator, a));
        }
        List<Violation> violations = ConstraintChecker.check(file.start().model(), file.diagram().model(),
                file.lab().constraints());
        return new LabGrade(checks, violations);
    }

    private static AssertionCheck check(AssertionEvaluator evaluator, LabAssertion a) {
        try {
            return new AssertionCheck(a, evaluator.evaluate(a.assertion()), null);
        } catch (SelectorException e) {
            // The attempt removed or renamed what the assertion names: it cannot hold.
            return new AssertionCheck(a, null, e.getMessage());
        }
    }
}
