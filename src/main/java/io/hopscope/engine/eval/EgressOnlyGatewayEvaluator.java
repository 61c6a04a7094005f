package io.hopscope.engine.eval;

import io.hopscope.text.Text;
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
            Text why = Text.of(p.dst().isIpv4() ? "eigw.onlyIpv6" : "eigw.notAttached");
            return new GatewayResult(Hop.at(ComponentKind.EGRESS_ONLY_INTERNET_GATEWAY, eigw.id(), eigw.name())
                    .direction(Direction.EGRESS).decided(Decision.DROP, p).blocked("CANNOT_ROUTE", "not-attached")
                    .explained(Text.of("eigw.cannotCarry", eigw.label(), why)), p);
        }
        return new GatewayResult(Hop.at(ComponentKind.EGRESS_ONLY_INTERNET_GATEWAY, eigw.id(), eigw.name())
                .direction(Direction.EGRESS).decided(Decision.FORWARD, p)
                .explained(Text.of("eigw.out", eigw.label())), p);
    }

    public GatewayResult ingress(EgressOnlyInternetGateway eigw, Packet p, boolean reply) {
        if (!reply) {
            return new GatewayResult(Hop.at(ComponentKind.EGRESS_ONLY_INTERNET_GATEWAY, eigw.id(), eigw.name())
                    .direction(Direction.INGRESS).decided(Decision.DROP, p)
                    .blocked("CANNOT_ROUTE", "inbound-not-allowed")
                    .explained(Text.of("eigw.unsolicited", eigw.label())), p);
        }
        return new GatewayResult(Hop.at(ComponentKind.EGRESS_ONLY_INTERNET_GATEWAY, eigw.id(), eigw.name())
                .direction(Direction.INGRESS).decided(Decision.FORWARD, p)
                .explained(Text.of("eigw.reply", eigw.label())), p);
    }
}
