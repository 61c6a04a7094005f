package io.hopscope.engine;

/** The outcome of one direction of a trace: the packet arrived (ALLOW) or something dropped it (DENY). */
public enum Disposition {
    ALLOW, DENY
}
