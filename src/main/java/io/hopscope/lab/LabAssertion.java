package io.hopscope.lab;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hopscope.reach.Assertion;

/**
 * One thing that must hold for the lab to be solved: the label people read, in both languages,
 * and the assertion itself in the {@code check} policy format ({@code from}, {@code to},
 * {@code protocol}, {@code ports}, {@code expect}): {@code policy} as the file writes it, and
 * {@code assertion} as the policy reader read it (named by the English label).
 */
public record LabAssertion(LocalizedText label, ObjectNode policy, Assertion assertion) {

    public LabAssertion {
        policy = policy.deepCopy();
    }

    @Override
    public ObjectNode policy() {
        return policy.deepCopy();
    }
}
