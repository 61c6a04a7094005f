package io.hopscope.ui.trace;

import io.hopscope.engine.RuleRef;

/**
 * Shows where the current hop's decision lives in the inspector (the inspector's job): the exact
 * row of a rule list, found by the hop's {@link RuleRef} rather than by its text.
 */
@FunctionalInterface
public interface RuleRevealer {

    RuleRevealer NONE = ref -> { };

    void reveal(RuleRef ref);
}
