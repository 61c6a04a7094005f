package io.hopscope.engine;

/**
 * The outcome of one direction of a trace: the packet arrived (ALLOW), something dropped it (DENY),
 * or it reached a component the model does not evaluate (UNKNOWN, rulebook 12).
 */
public enum Disposition {
    ALLOW, DENY, UNKNOWN
}
