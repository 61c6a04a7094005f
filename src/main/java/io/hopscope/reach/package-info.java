/**
 * Who can reach what, over whole header spaces rather than single packets: selectors that name sets
 * of endpoints ({@link io.hopscope.reach.Selector}, resolved by {@link io.hopscope.reach.SelectorResolver}),
 * policies of assertions over them ({@link io.hopscope.reach.Policy}, judged by an
 * {@link io.hopscope.reach.AssertionEvaluator}), and the exact exposure and matrix computations.
 *
 * <p>Sits above the engine (it asks the concrete tracer for the decisions it generalises) and below
 * io, which reads policy files into these values. Nothing here knows a file format.
 */
package io.hopscope.reach;
