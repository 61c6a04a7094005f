package io.hopscope.reach;

import java.util.List;

/** A policy file's assertions, in file order; {@code source} names the file for reports. */
public record Policy(String source, List<Assertion> assertions) {
    public Policy {
        assertions = List.copyOf(assertions);
    }
}
