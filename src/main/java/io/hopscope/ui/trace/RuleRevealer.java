package io.hopscope.ui.trace;

import io.hopscope.engine.Hop;
import io.hopscope.engine.RuleRef;

/**
 * Shows the current hop's component in the inspector (the inspector's job) and where its decision
 * lives: the exact row of a rule list, found by the hop's {@link RuleRef} rather than by its text,
 * or a line saying that no rule matched, the reply was tracked, or which check of a gateway failed.
 */
@FunctionalInterface
public interface RuleRevealer {

    RuleRevealer NONE = hop -> { };

    void reveal(Hop hop);
}
