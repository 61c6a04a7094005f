package io.hopscope.engine.eval;

import io.hopscope.text.Text;
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
                    Text.of("igw.notAttached", igw.label()));
        }
        if (p.dst().isIpv6()) {
            return new GatewayResult(hop(igw, p, Direction.EGRESS, Decision.FORWARD, null, null,
                    Text.of("igw.ipv6Out", igw.label())), p);
        }
        if (p.dst().isPrivateIpv4()) {
            return drop(igw, p, Direction.EGRESS, "CANNOT_ROUTE", "rfc1918-destination",
                    Text.of("igw.privateDestination", igw.label(), p.dst()));
        }
        IpAddress publicIp = publicIpOf(vpcId, p.src());
        if (publicIp == null) {
            return drop(igw, p, Direction.EGRESS, "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS", "no-public-ip",
                    Text.of("igw.noPublicIp", p.src(), igw.label()));
        }
        Packet out = p.withSource(publicIp, p.srcPort());
        return new GatewayResult(hop(igw, out, Direction.EGRESS, Decision.TRANSLATE, null, null,
                Text.of("igw.translateOut", igw.label(), p.src(), publicIp)), out);
    }

    /** From the internet into the VPC: only to the public IP (or IPv6 address) of an ENI in the VPC. */
    public GatewayResult ingress(InternetGateway igw, String vpcId, Packet p) {
        if (p.dst().isIpv6()) {
            if (index.eniByPrivateIp(vpcId, p.dst()) == null) {
                return drop(igw, p, Direction.INGRESS, "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS", "no-public-ip",
                        Text.of("igw.noIpv6Interface", igw.label(), p.dst()));
            }
            return new GatewayResult(hop(igw, p, Direction.INGRESS, Decision.FORWARD, null, null,
                    Text.of("igw.ipv6In", igw.label(), p.dst())), p);
        }
        if (p.src().isPrivateIpv4()) {
            return drop(igw, p, Direction.INGRESS, "CANNOT_ROUTE", "rfc1918-source",
                    Text.of("igw.privateSource", igw.label(), p.src()));
        }
        NetworkInterface eni = index.eniByPublicIp(p.dst());
        if (eni == null || !vpcId.equals(index.vpcOfEni(eni))) {
            return drop(igw, p, Direction.INGRESS, "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS", "no-public-ip",
                    Text.of("igw.notPublicIp", p.dst(), igw.label()));
        }
        Packet in = p.withDestination(eni.primaryIp(), p.dstPort());
        return new GatewayResult(hop(igw, in, Direction.INGRESS, Decision.TRANSLATE, null, null,
                Text.of("igw.translateIn", igw.label(), p.dst(), eni.primaryIp(), eni.label())), in);
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

    private GatewayResult drop(InternetGateway igw, Packet p, Direction dir, String code, String reason, Text text) {
        return new GatewayResult(Hop.at(ComponentKind.INTERNET_GATEWAY, igw.id(), igw.name()).direction(dir)
                .decided(Decision.DROP, p).blocked(code, reason)
                .explained(text), p);
    }

    private Hop hop(InternetGateway igw, Packet p, Direction dir, Decision d, String code, String reason, Text text) {
        return Hop.at(ComponentKind.INTERNET_GATEWAY, igw.id(), igw.name()).direction(dir).decided(d, p)
                .blocked(code, reason)
                .explained(text);
    }
}
