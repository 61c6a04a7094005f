package io.hopscope.engine.eval;

import io.hopscope.engine.Decision;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;
import io.hopscope.model.EgressOnlyInternetGateway;

import java.util.List;

/** Egress-only internet gateway: IPv6 out and the replies back in; unsolicited inbound is dropped [EIGW]. */
public final class EgressOnlyGatewayEvaluator {

    public GatewayResult egress(EgressOnlyInternetGateway eigw, String vpcId, Packet p) {
        if (!eigw.vpcId().equals(vpcId) || p.dst().isIpv4()) {
            String why = p.dst().isIpv4() ? "it only carries IPv6" : "it is not attached to this VPC";
            return new GatewayResult(new Hop(eigw.id(), "egress-only-internet-gateway", eigw.name(), "egress",
                    Decision.DROP, null, p, "CANNOT_ROUTE", "not-attached", List.of(),
                    "Egress-only internet gateway " + eigw.label() + " cannot carry this packet: " + why + "."), p);
        }
        return new GatewayResult(new Hop(eigw.id(), "egress-only-internet-gateway", eigw.name(), "egress",
                Decision.FORWARD, null, p, null, null, List.of(),
                "Egress-only internet gateway " + eigw.label() + " sends the IPv6 packet to the internet and will let its replies back in."), p);
    }

    public GatewayResult ingress(EgressOnlyInternetGateway eigw, Packet p, boolean reply) {
        if (!reply) {
            return new GatewayResult(new Hop(eigw.id(), "egress-only-internet-gateway", eigw.name(), "ingress",
                    Decision.DROP, null, p, "CANNOT_ROUTE", "inbound-not-allowed", List.of(),
                    "Egress-only internet gateway " + eigw.label() + " drops connections started from the internet;"
                            + " it only lets in replies to connections the VPC opened."), p);
        }
        return new GatewayResult(new Hop(eigw.id(), "egress-only-internet-gateway", eigw.name(), "ingress",
                Decision.FORWARD, null, p, null, null, List.of(),
                "Egress-only internet gateway " + eigw.label() + " lets the reply in: it belongs to a connection the VPC opened."), p);
    }
}
