package io.hopscope.engine;

import io.hopscope.model.net.IcmpMatch;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.Protocol;

/**
 * The packet as a component sees it. Ports are set for tcp/udp only, ICMP type/code for
 * icmp/icmpv6 only; other protocols carry neither.
 */
public record Packet(Protocol protocol, IpAddress src, Integer srcPort, IpAddress dst, Integer dstPort,
                     Integer icmpType, Integer icmpCode) {

    public boolean hasPorts() {
        return protocol.hasPorts();
    }

    public boolean isIcmp() {
        return protocol.isIcmp();
    }

    public int ipVersion() {
        return src.version();
    }

    /**
     * The reply: addresses and ports swapped; an echo request is answered by an echo reply
     * (8 -> 0, 128 -> 129) [CT]. Other ICMP types are answered in kind.
     */
    public Packet reply() {
        Integer type = icmpType;
        if (type != null && type == IcmpMatch.ECHO_REQUEST && protocol.number() == 1) {
            type = IcmpMatch.ECHO_REPLY;
        } else if (type != null && type == IcmpMatch.ECHO_REQUEST_V6 && protocol.number() == 58) {
            type = IcmpMatch.ECHO_REPLY_V6;
        }
        return new Packet(protocol, dst, dstPort, src, srcPort, type, icmpCode);
    }

    public Packet withSource(IpAddress ip, Integer port) {
        return new Packet(protocol, ip, port, dst, dstPort, icmpType, icmpCode);
    }

    public Packet withDestination(IpAddress ip, Integer port) {
        return new Packet(protocol, src, srcPort, ip, port, icmpType, icmpCode);
    }

    /** "tcp 10.0.1.10:40000 -> 10.0.2.45:3306", "icmp 10.0.1.10 -> 10.0.2.10 type 8 code 0". */
    public String describe() {
        StringBuilder sb = new StringBuilder(protocol.label()).append(' ');
        sb.append(endpoint(src, srcPort)).append(" -> ").append(endpoint(dst, dstPort));
        if (icmpType != null) {
            sb.append(" type ").append(icmpType).append(" code ").append(icmpCode == null ? 0 : icmpCode);
        }
        return sb.toString();
    }

    private String endpoint(IpAddress ip, Integer port) {
        if (port == null) {
            return ip.toString();
        }
        return ip.isIpv6() ? "[" + ip + "]:" + port : ip + ":" + port;
    }

    @Override
    public String toString() {
        return describe();
    }
}
