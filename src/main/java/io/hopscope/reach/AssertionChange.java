package io.hopscope.reach;

import java.util.List;

/**
 * One assertion on both sides of a change: its result before (null when its selectors name nothing
 * there, e.g. the change creates the target), after, and the flows it covers whose verdict changes.
 */
public record AssertionChange(Assertion assertion, AssertionResult before, AssertionResult after,
                              List<FlowChange> flows) {

    public AssertionChange {
        flows = List.copyOf(flows);
    }

    /** "broken" (held before, fails after), "fixed", "still failing", "holds" or "new" (nothing to check before). */
    public String status() {
        if (before == null) {
            return after.holds() ? "new" : "broken";
        }
        if (before.holds() == after.holds()) {
            return after.holds() ? "holds" : "still failing";
        }
        return after.holds() ? "fixed" : "broken";
    }
}
