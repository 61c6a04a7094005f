package io.hopscope.engine;

/**
 * The outcome of a trace over every source port the client may pick and every port a NAT gateway on
 * the path may pick (contract v2, rulebook 13): all work, none work, some work (intermittent
 * failures in real life), or the path meets something the model does not evaluate.
 */
public enum Verdict {
    REACHABLE, UNREACHABLE, PORT_DEPENDENT, UNKNOWN
}
