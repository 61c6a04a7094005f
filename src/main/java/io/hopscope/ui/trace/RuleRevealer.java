package io.hopscope.ui.trace;

/**
 * Shows the deciding rule of the current hop in the rule table of its component (the inspector's
 * job). {@code rule} is the engine's rule text: a NACL rule number or "*", an SG rule, a route.
 */
@FunctionalInterface
public interface RuleRevealer {

    RuleRevealer NONE = (componentId, direction, rule) -> { };

    /**
     * Shows {@code rule} of {@code componentId}; {@code direction} is "inbound" or "outbound" for a
     * filter hop (a NACL rule number exists in both lists) and null for a route.
     */
    void reveal(String componentId, String direction, String rule);
}
