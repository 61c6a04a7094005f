package io.hopscope.engine.walk;

import io.hopscope.text.Text;
import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;

import io.hopscope.model.EndpointType;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.Route;
import io.hopscope.model.VpcEndpoint;

/**
 * The UNKNOWN hops of route targets the model does not evaluate (rulebook 12): what the component
 * is, and what the user should check by hand. Appliances decide in software, firewalls by rule
 * groups that are not in the describe-* data, transit gateways are not modelled yet.
 */
final class UnmodelledTargets {
    private UnmodelledTargets() {
    }

    /** A route to a vpce-… that is not a gateway endpoint: a Gateway Load Balancer or Network Firewall endpoint. */
    static Hop endpoint(Route route, VpcEndpoint vpce, Packet p) {
        if (vpce != null && vpce.type() == EndpointType.GATEWAY_LOAD_BALANCER) {
            return WalkHops.unknown(ComponentKind.VPC_ENDPOINT, vpce.id(), vpce.name(), p, Text.of("unknown.gwlbe", route, vpce.label()),
                    Text.of("unknown.gwlbe.check", p.describe()));
        }
        if (vpce == null) {
            return WalkHops.unknown(ComponentKind.VPC_ENDPOINT, route.targetId(), "", p, Text.of("unknown.missingEndpoint", route, route.targetId()),
                    Text.of("unknown.missingEndpoint.check", p.describe()));
        }
        return WalkHops.unknown(ComponentKind.VPC_ENDPOINT, vpce.id(), vpce.name(), p, Text.of("unknown.endpoint", route, vpce.type().wireName(), vpce.label()),
                Text.of("unknown.endpoint.check", p.describe()));
    }

    /** An interface whose source/destination check is off: an appliance that forwards as its software says. */
    static Hop appliance(Route route, NetworkInterface eni, Packet p) {
        return WalkHops.unknown(ComponentKind.NETWORK_INTERFACE, eni.id(), eni.name(), p, Text.of("unknown.appliance", route, eni.label()),
                Text.of("unknown.appliance.check", p.describe()));
    }

    /** Transit gateways and target kinds the importer could not resolve (carrier or local gateway, core network). */
    static Hop target(Route route, Packet p) {
        String what = route.targetKind().wireName().replace('-', ' ');
        return WalkHops.unknown(ComponentKind.of(route.targetKind()), route.targetId(), "", p, Text.of("unknown.target", route, what,
                route.targetId()), Text.of("unknown.target.check", route.targetId(), p.dst()));
    }
}
