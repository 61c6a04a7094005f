package io.hopscope.engine.eval;

import io.hopscope.engine.Packet;
import io.hopscope.model.net.IcmpMatch;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import io.hopscope.text.Text;

/** The protocol part of SG and NACL rules: protocol number, then destination port or ICMP type/code. */
public final class RuleMatch {
    private RuleMatch() {
    }

    /**
     * Protocol -1 admits every packet and ignores ports [SGR][NACL]; otherwise the numbers must be
     * equal, tcp/udp rules then check the destination port and icmp rules the type and code
     * (null or -1 = any). Other protocols carry no ports, so the number alone decides.
     */
    public static boolean matches(Protocol rule, PortRange ports, IcmpMatch icmp, Packet p) {
        if (!rule.matches(p.protocol())) {
            return false;
        }
        if (rule.isAll()) {
            return true;
        }
        if (p.hasPorts()) {
            return ports == null || p.dstPort() == null || ports.contains(p.dstPort());
        }
        if (p.isIcmp()) {
            return icmp == null || icmp.matches(p.icmpType() == null ? 0 : p.icmpType(),
                    p.icmpCode() == null ? 0 : p.icmpCode());
        }
        return true;
    }

    /** As {@link #traffic}, as a key and arguments to write in any language. */
    public static Text trafficText(Packet p) {
        if (p.hasPorts()) {
            return Text.of("rule.traffic.port", p.protocol().label(), p.dstPort());
        }
        if (p.isIcmp()) {
            return Text.of("rule.traffic.icmp", p.protocol().label(), p.icmpType(), p.icmpCode() == null ? 0 : p.icmpCode());
        }
        return Text.of("rule.traffic.protocol", p.protocol().label());
    }

    /** "tcp port 3306", "icmp type 8 code 0", "protocol 47": the traffic as a learner reads it. */
    public static String traffic(Packet p) {
        if (p.hasPorts()) {
            return p.protocol().label() + " port " + p.dstPort();
        }
        if (p.isIcmp()) {
            return p.protocol().label() + " type " + p.icmpType() + " code " + (p.icmpCode() == null ? 0 : p.icmpCode());
        }
        return "protocol " + p.protocol().label();
    }
}
