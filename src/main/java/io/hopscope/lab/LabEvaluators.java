package io.hopscope.lab;

import io.hopscope.model.NetworkModel;
import io.hopscope.reach.AssertionEvaluator;
import java.util.function.Function;

/**
 * The assertion evaluator labs are graded with: the policy format and selectors of {@code check},
 * judged by the reach engine (see {@link LabAssertionEvaluator}).
 */
public final class LabEvaluators {

    private LabEvaluators() {
    }

    public static Function<NetworkModel, AssertionEvaluator> standard() {
        return LabAssertionEvaluator::new;
    }
}
