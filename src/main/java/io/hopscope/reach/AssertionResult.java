package io.hopscope.reach;

/**
 * Whether an assertion holds. A failing one carries one {@link Counterexample}; {@code summary} is a
 * sentence for reports ("tcp 3306 from internet reaches eni-… (db-1)", "holds for 4 sources x 1
 * destination").
 */
public record AssertionResult(Assertion assertion, boolean holds, String summary, Counterexample counterexample) {
    public AssertionResult {
        if (!holds && counterexample == null) {
            throw new IllegalArgumentException("a failed assertion needs its counterexample");
        }
    }
}
