package io.hopscope.engine.eval;

import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Decision;
import io.hopscope.engine.Direction;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;
import io.hopscope.engine.index.ModelIndex;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.net.IpAddress;

import java.util.List;

/**
 * Internet gateway: 1:1 NAT between an ENI's private IPv4 and its public or Elastic IP; refuses
 * RFC1918/RFC6598 destinations outbound and sources inbound; inbound only to a public IP of an
 * ENI in its VPC. IPv6 passes untranslated [IGW][RA].
 */
public final class InternetGatewayEvaluator {
    private final ModelIndex index;

    public InternetGatewayEvaluator(ModelIndex index) {
        this.index = index;
    }

    /** From the VPC to the internet. */
    public GatewayResult egress(InternetGateway igw, String vpcId, Packet p) {
        if (igw.vpcId() == null || !igw.vpcId().equals(vpcId)) {
            return drop(igw, p, Direction.EGRESS, "BAD_STATE_ATTACHMENT", "not-attached",
                    "Internet gateway " + igw.label() + " is not attached to this VPC, so it cannot carry the packet.");
        }
        if (p.dst().isIpv6()) {
            return new GatewayResult(hop(igw, p, Direction.EGRESS, Decision.FORWARD, null, null,
                    "Internet gateway " + igw.label() + " forwards IPv6 without translation: IPv6 addresses are already public."), p);
        }
        if (p.dst().isPrivateIpv4()) {
            return drop(igw, p, Direction.EGRESS, "CANNOT_ROUTE", "rfc1918-destination",
                    "Internet gateway " + igw.label() + " does not forward packets to a private address (" + p.dst()
                            + " is in RFC 1918 or RFC 6598 space); the internet cannot route it.");
        }
        IpAddress publicIp = publicIpOf(vpcId, p.src());
        if (publicIp == null) {
            return drop(igw, p, Direction.EGRESS, "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS", "no-public-ip",
                    "The source " + p.src() + " has no public or Elastic IP, so internet gateway " + igw.label()
                            + " has nothing to translate it to and drops the packet. Give the interface a public IP, or send"
                            + " the traffic through a NAT gateway.");
        }
        Packet out = p.withSource(publicIp, p.srcPort());
        return new GatewayResult(hop(igw, out, Direction.EGRESS, Decision.TRANSLATE, null, null,
                "Internet gateway " + igw.label() + " translates the source " + p.src() + " to its public IP " + publicIp
                        + " (1:1 NAT) and sends the packet to the internet."), out);
    }

    /** From the internet into the VPC: only to the public IP (or IPv6 address) of an ENI in the VPC. */
    public GatewayResult ingress(InternetGateway igw, String vpcId, Packet p) {
        if (p.dst().isIpv6()) {
            if (index.eniByPrivateIp(vpcId, p.dst()) == null) {
                return drop(igw, p, Direction.INGRESS, "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS", "no-public-ip",
                        "No interface behind internet gateway " + igw.label() + " has the IPv6 address " + p.dst() + ".");
            }
            return new GatewayResult(hop(igw, p, Direction.INGRESS, Decision.FORWARD, null, null,
                    "Internet gateway " + igw.label() + " forwards the IPv6 packet to " + p.dst() + " unchanged."), p);
        }
        if (p.src().isPrivateIpv4()) {
            return drop(igw, p, Direction.INGRESS, "CANNOT_ROUTE", "rfc1918-source",
                    "Internet gateway " + igw.label() + " drops packets from private (RFC 1918/6598) sources such as " + p.src() + ".");
        }
        NetworkInterface eni = index.eniByPublicIp(p.dst());
        if (eni == null || !vpcId.equals(index.vpcOfEni(eni))) {
            return drop(igw, p, Direction.INGRESS, "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS", "no-public-ip",
                    p.dst() + " is not the public IP of any interface behind internet gateway " + igw.label()
                            + "; the gateway only forwards traffic addressed to a public or Elastic IP of an attached interface,"
                            + " so a target with only a private address cannot be reached from the internet.");
        }
        Packet in = p.withDestination(eni.primaryIp(), p.dstPort());
        return new GatewayResult(hop(igw, in, Direction.INGRESS, Decision.TRANSLATE, null, null,
                "Internet gateway " + igw.label() + " translates the public IP " + p.dst() + " to the private IP "
                        + eni.primaryIp() + " of " + eni.label() + " and delivers it by the VPC's local routing."), in);
    }

    /** The public IPv4 a private source is mapped to: the ENI's public/Elastic IP, or the NAT's Elastic IP. */
    public IpAddress publicIpOf(String vpcId, IpAddress privateIp) {
        NetworkInterface eni = index.eniByPrivateIp(vpcId, privateIp);
        if (eni == null) {
            return null;
        }
        if (eni.publicIp() != null) {
            return eni.publicIp();
        }
        NatGateway nat = index.natOfEni(eni.id());
        return nat == null ? null : nat.elasticIp();
    }

    private GatewayResult drop(InternetGateway igw, Packet p, Direction dir, String code, String reason, String text) {
        return new GatewayResult(Hop.at(ComponentKind.INTERNET_GATEWAY, igw.id(), igw.name()).direction(dir)
                .decided(Decision.DROP, p).blocked(code, reason)
                .explained(text), p);
    }

    private Hop hop(InternetGateway igw, Packet p, Direction dir, Decision d, String code, String reason, String text) {
        return Hop.at(ComponentKind.INTERNET_GATEWAY, igw.id(), igw.name()).direction(dir).decided(d, p)
                .blocked(code, reason)
                .explained(text);
    }
}
