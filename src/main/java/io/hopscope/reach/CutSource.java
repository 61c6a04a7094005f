package io.hopscope.reach;

import io.hopscope.engine.Hop;

/**
 * Where one kind of component may change its decision, for the hops of that kind a trace meets. One
 * implementation per component kind whose decisions depend on ports or on prefixes it holds itself
 * (security groups, network ACLs, route tables; a transit gateway route table or a load balancer's
 * listeners are added the same way, see {@link CutIndex#register}). Kinds without a source use the
 * model-wide cuts, which hold every CIDR, address and port range any other component carries.
 */
@FunctionalInterface
public interface CutSource {

    /** The cuts of the component {@code hop} names, built with the helpers of {@link CutIndex}. */
    Cuts.Builder cuts(Hop hop, CutIndex index);
}
