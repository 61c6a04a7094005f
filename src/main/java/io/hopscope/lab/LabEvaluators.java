package io.hopscope.lab;

import io.hopscope.model.NetworkModel;
import io.hopscope.reach.AssertionEvaluator;
import java.util.function.Function;

/** The assertion evaluator labs are graded with: the one the {@code check} command uses. */
public final class LabEvaluators {

    private LabEvaluators() {
    }

    public static Function<NetworkModel, AssertionEvaluator> standard() {
        throw new UnsupportedOperationException("the check command's evaluator is not on this branch yet");
    }
}
