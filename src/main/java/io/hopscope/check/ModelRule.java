package io.hopscope.check;

import io.hopscope.model.NetworkModel;

/** One named rule about a network model: an AWS constraint (error) or a learner's trap (warning). */
public interface ModelRule {

    void check(NetworkModel model, Findings findings);

    /** The rule's name, shown when a problem needs explaining ("SubnetInsideVpcRule"). */
    default String name() {
        return getClass().getSimpleName();
    }

    /**
     * What the rule's problems are, in the plural, for the line that counts those over the cap
     * ("... and 19,950 more overlapping subnets").
     */
    default String findingsName() {
        return "problems of " + name();
    }

    /**
     * Whether the rule may report an error. The import's repair acts on errors alone, so it skips
     * the rules that only warn; {@code ModelRuleSeverityTest} holds a rule that says false to it.
     */
    default boolean reportsErrors() {
        return true;
    }
}
