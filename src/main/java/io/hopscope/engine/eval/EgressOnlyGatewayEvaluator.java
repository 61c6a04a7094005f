package io.hopscope.engine.eval;

import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Decision;
import io.hopscope.engine.Direction;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;
import io.hopscope.model.EgressOnlyInternetGateway;

import java.util.List;

/** Egress-only internet gateway: IPv6 out and the replies back in; unsolicited inbound is dropped [EIGW]. */
public final class EgressOnlyGatewayEvaluator {

    public GatewayResult egress(EgressOnlyInternetGateway eigw, String vpcId, Packet p) {
        if (!eigw.vpcId().equals(vpcId) || p.dst().isIpv4()) {
            String why = p.dst().isIpv4() ? "it only carries IPv6" : "it is not attached to this VPC";
            return new GatewayResult(Hop.at(ComponentKind.EGRESS_ONLY_INTERNET_GATEWAY, eigw.id(), eigw.name())
                    .direction(Direction.EGRESS).decided(Decision.DROP, p).blocked("CANNOT_ROUTE", "not-attached")
                    .explained("Egress-only internet gateway " + eigw.label() + " cannot carry this packet: " + why
                            + "."), p);
        }
        return new GatewayResult(Hop.at(ComponentKind.EGRESS_ONLY_INTERNET_GATEWAY, eigw.id(), eigw.name())
                .direction(Direction.EGRESS).decided(Decision.FORWARD, p)
                .explained("Egress-only internet gateway " + eigw.label()
                        + " sends the IPv6 packet to the internet and will let its replies back in."), p);
    }

    public GatewayResult ingress(EgressOnlyInternetGateway eigw, Packet p, boolean reply) {
        if (!reply) {
            return new GatewayResult(Hop.at(ComponentKind.EGRESS_ONLY_INTERNET_GATEWAY, eigw.id(), eigw.name())
                    .direction(Direction.INGRESS).decided(Decision.DROP, p)
                    .blocked("CANNOT_ROUTE", "inbound-not-allowed")
                    .explained("Egress-only internet gateway " + eigw.label()
                            + " drops connections started from the internet;"
                            + " it only lets in replies to connections the VPC opened."), p);
        }
        return new GatewayResult(Hop.at(ComponentKind.EGRESS_ONLY_INTERNET_GATEWAY, eigw.id(), eigw.name())
                .direction(Direction.INGRESS).decided(Decision.FORWARD, p)
                .explained("Egress-only internet gateway " + eigw.label()
                        + " lets the reply in: it belongs to a connection the VPC opened."), p);
    }
}
