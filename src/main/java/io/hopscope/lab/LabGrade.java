package io.hopscope.lab;

import java.util.List;

/** A graded attempt: every assertion's outcome, in lab order, and every broken constraint. */
public record LabGrade(List<AssertionCheck> checks, List<Violation> violations) {

    public LabGrade {
        checks = List.copyOf(checks);
        violations = List.copyOf(violations);
    }

    /** Solved: every assertion holds and no constraint is broken. */
    public boolean solved() {
        return violations.isEmpty() && checks.stream().allMatch(AssertionCheck::holds);
    }

    public long passed() {
        return checks.stream().filter(AssertionCheck::holds).count();
    }

    public List<AssertionCheck> failing() {
        return checks.stream().filter(c -> !c.holds()).toList();
    }
}
