package io.hopscope.lab;

import io.hopscope.reach.Counterexample;

/**
 * How one lab assertion fared on the attempt: whether it holds, the evaluator's sentence, and for a
 * failure the counterexample whose trace the app opens. {@code error} is set (and {@code holds}
 * false) when the assertion could not be evaluated on this attempt, e.g. it names a workload the
 * learner deleted.
 */
public record AssertionCheck(LabAssertion assertion, boolean holds, String summary, Counterexample counterexample,
                             String error) {
}
