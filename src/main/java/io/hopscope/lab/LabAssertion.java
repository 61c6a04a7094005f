package io.hopscope.lab;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One thing that must hold for the lab to be solved: the label people read, in both languages,
 * and the assertion itself in the {@code check} policy format ({@code from}, {@code to},
 * {@code protocol}, {@code ports}, {@code expect}), kept as written so the policy reader checks it.
 */
public record LabAssertion(LocalizedText label, ObjectNode policy) {

    public LabAssertion {
        policy = policy.deepCopy();
    }

    @Override
    public ObjectNode policy() {
        return policy.deepCopy();
    }
}
