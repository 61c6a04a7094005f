package io.hopscope.ui.trace;

/**
 * Shows the deciding rule of the current hop in the rule table of its component (the inspector's
 * job). {@code rule} is the engine's rule text: a NACL rule number or "*", an SG rule, a route.
 */
@FunctionalInterface
public interface RuleRevealer {

    RuleRevealer NONE = (componentId, rule) -> { };

    void reveal(String componentId, String rule);
}
