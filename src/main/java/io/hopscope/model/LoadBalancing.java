package io.hopscope.model;

/**
 * Elastic Load Balancing (rulebook 10): load balancers with their listeners, and target groups with
 * their registered targets. The model keeps them in one list, in the order given, so the rest of
 * the model only learns of one more family.
 */
public sealed interface LoadBalancing extends Resource permits LoadBalancer, TargetGroup {
}
