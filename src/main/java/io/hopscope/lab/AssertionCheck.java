package io.hopscope.lab;

import io.hopscope.reach.AssertionResult;
import io.hopscope.reach.Counterexample;

/**
 * How one lab assertion fared on the attempt: the {@code check} evaluator's result for it (whether it
 * holds, its sentence, and for a failure the counterexample whose trace the app opens), or
 * {@code error} (and no result) when the assertion could not be evaluated on this attempt, e.g. it
 * names a workload the learner deleted.
 */
public record AssertionCheck(LabAssertion assertion, AssertionResult result, String error) {

    public boolean holds() {
        return result != null && result.holds();
    }

    public String summary() {
        return result != null ? result.summary() : error;
    }

    public Counterexample counterexample() {
        return result == null ? null : result.counterexample();
    }
}
