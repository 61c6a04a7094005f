package io.hopscope.engine.eval;

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
                    "NAT gateway " + nat.label() + " only translates sources inside its own VPC; " + p.src()
                            + " is not, so the packet is dropped (a NAT gateway cannot be used from a peered VPC).");
        }
        IpAddress natIp = natEni.primaryIp();
        Integer port = p.srcPort() == null ? null : Math.max(p.srcPort(), MIN_NAT_PORT);
        Packet out = p.withSource(natIp, port);
        int proto = p.protocol().number();
        if (proto != 6 && proto != 17 && proto != 1) {
            // The translated packet goes with the drop: the walk evaluates on as if the NAT had allowed,
            // and past it the internet gateway must see the NAT's address, not the private source.
            GatewayResult dropped = drop(nat, p, Direction.EGRESS, "protocol-not-supported",
                    "NAT gateway " + nat.label() + " only translates TCP, UDP and ICMP; protocol "
                            + p.protocol().label() + " is dropped.");
            return new GatewayResult(dropped.hop(), out);
        }
        String eip = nat.elasticIp() == null ? "" : " (the internet gateway will then map it to the Elastic IP " + nat.elasticIp() + ")";
        return new GatewayResult(Hop.at(ComponentKind.NAT_GATEWAY, nat.id(), nat.name()).direction(Direction.EGRESS)
                .decided(Decision.TRANSLATE, out)
                .explained("NAT gateway " + nat.label() + " replaces the source " + p.src()
                        + (p.srcPort() == null ? "" : ":" + p.srcPort()) + " with its private IP " + natIp
                        + (port == null ? "" : ":" + port + " (a port from 1024-65535)") + eip
                        + ". A NAT gateway has no security group, only its subnet's network ACL."), out);
    }

    /** A packet addressed to the NAT itself: the reply of a translated connection, else unsolicited. */
    public GatewayResult inbound(NatGateway nat, Packet p, IpAddress originalSrc, Integer originalPort) {
        if (originalSrc == null) {
            return drop(nat, p, Direction.INGRESS, "unsolicited-inbound",
                    "NAT gateway " + nat.label() + " does not accept connections started from outside: it only lets in"
                            + " replies to connections its VPC opened.");
        }
        Packet in = p.withDestination(originalSrc, originalPort);
        return new GatewayResult(Hop.at(ComponentKind.NAT_GATEWAY, nat.id(), nat.name()).direction(Direction.INGRESS)
                .decided(Decision.TRANSLATE, in)
                .explained("NAT gateway " + nat.label() + " matches the reply to the translated connection and"
                        + " restores the destination " + originalSrc + (originalPort == null ? "" : ":"
                        + originalPort) + "."), in);
    }

    /** A reply that reaches a NAT from the private side belongs to no connection the NAT translated. */
    public GatewayResult asymmetric(NatGateway nat, Packet p) {
        return drop(nat, p, Direction.EGRESS, "asymmetric-route",
                "The reply is routed to NAT gateway " + nat.label() + ", which did not carry the request: it would"
                        + " translate the reply's source and the client would not recognise it.");
    }

    private GatewayResult drop(NatGateway nat, Packet p, Direction dir, String reason, String text) {
        String code = reason.equals("NGW_REQUIRES_SOURCE_IN_VPC") ? reason : "CANNOT_ROUTE";
        String key = reason.equals("NGW_REQUIRES_SOURCE_IN_VPC") ? "source-not-in-vpc" : reason;
        return new GatewayResult(Hop.at(ComponentKind.NAT_GATEWAY, nat.id(), nat.name()).direction(dir)
                .decided(Decision.DROP, p).blocked(code, key)
                .explained(text), p);
    }
}
