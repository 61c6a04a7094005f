package io.hopscope.lab;

import java.util.List;

/**
 * A broken lab constraint. {@code code} and {@code args} let the app say it in the reader's
 * language (message key {@code lab.violation.<code>}); {@code english} is what the command line
 * prints.
 */
public record Violation(LabConstraint constraint, String code, List<String> args, String english) {

    public Violation {
        args = List.copyOf(args);
    }
}
