package io.hopscope.engine.eval;

import io.hopscope.text.Text;
import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Decision;
import io.hopscope.engine.Direction;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;
import io.hopscope.engine.index.ModelIndex;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.net.IpAddress;

import java.util.List;

/**
 * NAT gateway: no security group; TCP, UDP and ICMP only; the source becomes the NAT's private IP
 * with a port from 1024-65535 (the internet gateway then maps it to the Elastic IP); it only serves
 * sources in its own VPC and never accepts unsolicited inbound connections [NAT][RA].
 */
public final class NatGatewayEvaluator {
    /** Lowest source port a NAT gateway uses [NAT]. */
    public static final int MIN_NAT_PORT = 1024;

    private final ModelIndex index;

    public NatGatewayEvaluator(ModelIndex index) {
        this.index = index;
    }

    /** A packet routed to the NAT from a subnet: source-NAT it. */
    public GatewayResult outbound(NatGateway nat, NetworkInterface natEni, String natVpcId, Packet p) {
        if (!index.vpc(natVpcId).contains(p.src())) {
            return drop(nat, p, Direction.EGRESS, "NGW_REQUIRES_SOURCE_IN_VPC",
                    Text.of("nat.sourceNotInVpc", nat.label(), p.src()));
        }
        IpAddress natIp = natEni.primaryIp();
        Integer port = p.srcPort() == null ? null : Math.max(p.srcPort(), MIN_NAT_PORT);
        Packet out = p.withSource(natIp, port);
        int proto = p.protocol().number();
        if (proto != 6 && proto != 17 && proto != 1) {
            // The translated packet goes with the drop: the walk evaluates on as if the NAT had allowed,
            // and past it the internet gateway must see the NAT's address, not the private source.
            GatewayResult dropped = drop(nat, p, Direction.EGRESS, "protocol-not-supported",
                    Text.of("nat.protocol", nat.label(), p.protocol().label()));
            return new GatewayResult(dropped.hop(), out);
        }
        return new GatewayResult(Hop.at(ComponentKind.NAT_GATEWAY, nat.id(), nat.name()).direction(Direction.EGRESS)
                .decided(Decision.TRANSLATE, out)
                .explainedLater(() -> Text.of("nat.translate", nat.label(),
                        p.src() + (p.srcPort() == null ? "" : ":" + p.srcPort()), natIp,
                        port == null ? "" : Text.of("nat.translate.port", port),
                        nat.elasticIp() == null ? "" : Text.of("nat.translate.eip", nat.elasticIp()))), out);
    }

    /** A packet addressed to the NAT itself: the reply of a translated connection, else unsolicited. */
    public GatewayResult inbound(NatGateway nat, Packet p, IpAddress originalSrc, Integer originalPort) {
        if (originalSrc == null) {
            return drop(nat, p, Direction.INGRESS, "unsolicited-inbound",
                    Text.of("nat.unsolicited", nat.label()));
        }
        Packet in = p.withDestination(originalSrc, originalPort);
        return new GatewayResult(Hop.at(ComponentKind.NAT_GATEWAY, nat.id(), nat.name()).direction(Direction.INGRESS)
                .decided(Decision.TRANSLATE, in)
                .explainedLater(() -> Text.of("nat.restore", nat.label(),
                        originalSrc + (originalPort == null ? "" : ":" + originalPort))), in);
    }

    /** A reply that reaches a NAT from the private side belongs to no connection the NAT translated. */
    public GatewayResult asymmetric(NatGateway nat, Packet p) {
        return drop(nat, p, Direction.EGRESS, "asymmetric-route",
                Text.of("nat.asymmetric", nat.label()));
    }

    private GatewayResult drop(NatGateway nat, Packet p, Direction dir, String reason, Text text) {
        String code = reason.equals("NGW_REQUIRES_SOURCE_IN_VPC") ? reason : "CANNOT_ROUTE";
        String key = reason.equals("NGW_REQUIRES_SOURCE_IN_VPC") ? "source-not-in-vpc" : reason;
        return new GatewayResult(Hop.at(ComponentKind.NAT_GATEWAY, nat.id(), nat.name()).direction(dir)
                .decided(Decision.DROP, p).blocked(code, key)
                .explained(text), p);
    }
}
