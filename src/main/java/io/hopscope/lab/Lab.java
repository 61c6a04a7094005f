package io.hopscope.lab;

import java.util.List;

/**
 * The {@code lab} section of a lab file: what the learner is asked to do (goal), how success is
 * decided (assertions in the policy format), how they may get there (constraints), help revealed
 * one hint at a time, and the explanation shown once it is solved.
 */
public record Lab(String id, LocalizedText title, LocalizedText goal, LocalizedText topic, Difficulty difficulty,
                  int minutes, List<LabAssertion> assertions, List<LocalizedText> hints,
                  List<LabConstraint> constraints, LocalizedText explanation) {

    public Lab {
        assertions = List.copyOf(assertions);
        hints = List.copyOf(hints);
        constraints = List.copyOf(constraints);
    }
}
