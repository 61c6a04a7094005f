package io.hopscope.engine.walk;

import io.hopscope.engine.eval.EgressOnlyGatewayEvaluator;
import io.hopscope.engine.eval.GatewayEndpointEvaluator;
import io.hopscope.engine.eval.InternetGatewayEvaluator;
import io.hopscope.engine.eval.LoadBalancerEvaluator;
import io.hopscope.engine.eval.NatGatewayEvaluator;
import io.hopscope.engine.eval.NetworkAclEvaluator;
import io.hopscope.engine.eval.PeeringEvaluator;
import io.hopscope.engine.eval.RouteTableEvaluator;
import io.hopscope.engine.eval.SecurityGroupEvaluator;
import io.hopscope.engine.eval.VpnGatewayEvaluator;
import io.hopscope.engine.index.HybridIndex;
import io.hopscope.engine.index.LoadBalancerIndex;
import io.hopscope.engine.index.ModelIndex;

/** One evaluator per component, built once per model with its index. */
final class Evaluators {
    final ModelIndex index;
    final SecurityGroupEvaluator sg;
    final NetworkAclEvaluator acl = new NetworkAclEvaluator();
    final RouteTableEvaluator routes;
    final InternetGatewayEvaluator igw;
    final EgressOnlyGatewayEvaluator eigw = new EgressOnlyGatewayEvaluator();
    final NatGatewayEvaluator nat;
    final GatewayEndpointEvaluator endpoint;
    final PeeringEvaluator peering;
    final VpnGatewayEvaluator vgw;
    final PlannedRules planned;
    final LoadBalancerIndex lbs;
    final LoadBalancerEvaluator lb = new LoadBalancerEvaluator();

    Evaluators(ModelIndex index) {
        this.index = index;
        this.sg = new SecurityGroupEvaluator(index);
        this.routes = new RouteTableEvaluator(index);
        this.igw = new InternetGatewayEvaluator(index);
        this.nat = new NatGatewayEvaluator(index);
        this.endpoint = new GatewayEndpointEvaluator(index);
        this.peering = new PeeringEvaluator(index);
        this.vgw = new VpnGatewayEvaluator(new HybridIndex(index.model()));
        this.planned = new PlannedRules(index.model().unknowns());
        this.lbs = new LoadBalancerIndex(index);
    }

    /** [NLBSG] the node of an NLB created without security groups: every packet passes, no group is met. */
    boolean unfiltered(io.hopscope.model.NetworkInterface eni) {
        return eni.securityGroupIds().isEmpty() && lbs.ofNode(eni.id()) != null;
    }
}
