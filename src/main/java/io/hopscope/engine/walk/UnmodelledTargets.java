package io.hopscope.engine.walk;

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
            return WalkHops.unknown(ComponentKind.VPC_ENDPOINT, vpce.id(), vpce.name(), p, "Route " + route + " hands the packet to "
                    + "Gateway Load Balancer endpoint " + vpce.label() + ", which sends it to a fleet of third-party"
                    + " appliances.", "the appliances' policy for " + p.describe()
                    + " and the route tables that bring their answer back.");
        }
        if (vpce == null) {
            return WalkHops.unknown(ComponentKind.VPC_ENDPOINT, route.targetId(), "", p, "Route " + route + " sends the packet to "
                    + route.targetId() + ", an endpoint that is not in the data (usually an AWS Network Firewall"
                    + " endpoint).", "the firewall's rule groups for " + p.describe() + ".");
        }
        return WalkHops.unknown(ComponentKind.VPC_ENDPOINT, vpce.id(), vpce.name(), p, "Route " + route + " sends the packet to "
                + vpce.type().wireName() + " endpoint " + vpce.label() + ", which is not a route target Hopscope"
                + " evaluates.", "what the endpoint's service does with " + p.describe() + ".");
    }

    /** An interface whose source/destination check is off: an appliance that forwards as its software says. */
    static Hop appliance(Route route, NetworkInterface eni, Packet p) {
        return WalkHops.unknown(ComponentKind.NETWORK_INTERFACE, eni.id(), eni.name(), p, "Route " + route + " sends the packet to "
                + eni.label() + ", an instance acting as a router (source/destination check off).",
                "the instance's forwarding, NAT and firewall rules for " + p.describe() + ".");
    }

    /** Transit gateways and target kinds the importer could not resolve (carrier or local gateway, core network). */
    static Hop target(Route route, Packet p) {
        String what = route.targetKind().wireName().replace('-', ' ');
        return WalkHops.unknown(ComponentKind.of(route.targetKind()), route.targetId(), "", p, "Route " + route
                + " sends the packet to " + what + " " + route.targetId() + ".", "the routes of "
                + route.targetId() + " towards " + p.dst() + " and the path back.");
    }
}
