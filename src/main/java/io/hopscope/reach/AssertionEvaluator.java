package io.hopscope.reach;

/**
 * Judges assertions against one model. Implementations are exact: {@code holds} is true only when
 * every source address, destination and port of the assertion meets the expectation, and a failure
 * names one concrete counterexample that the concrete tracer confirms.
 *
 * <p>Selector errors (a misspelt reference, a selection that matches nothing) are thrown as
 * {@link SelectorException}: an assertion over nothing is an input error, not a pass.
 */
public interface AssertionEvaluator {

    AssertionResult evaluate(Assertion assertion);

    /** Every assertion of {@code policy}, in order. */
    default java.util.List<AssertionResult> evaluate(Policy policy) {
        return policy.assertions().stream().map(this::evaluate).toList();
    }
}
