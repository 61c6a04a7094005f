package io.hopscope.model;

import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IcmpMatch;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;

/**
 * One numbered network ACL entry. {@code ports} is set for tcp/udp and null otherwise,
 * {@code icmp} is set for icmp/icmpv6 and null otherwise. The final {@code *} deny is implicit
 * and never stored [NACL]; rule numbers are 1-32766.
 */
public record AclEntry(int ruleNumber, boolean egress, Protocol protocol, PortRange ports, IcmpMatch icmp,
                       Cidr cidr, RuleAction action) {

    public static final int MIN_RULE_NUMBER = 1;
    public static final int MAX_RULE_NUMBER = 32766;

    public AclEntry {
        if (protocol == null || cidr == null || action == null) {
            throw new IllegalArgumentException("an ACL entry needs a protocol, a CIDR and an action");
        }
    }

    public static AclEntry allowAll(int ruleNumber, boolean egress, Cidr cidr) {
        return new AclEntry(ruleNumber, egress, Protocol.ALL, null, null, cidr, RuleAction.ALLOW);
    }

    public String ruleLabel() {
        return ruleNumber >= 0 && ruleNumber <= MAX_RULE_NUMBER + 1 ? Labels.of(ruleNumber) : Integer.toString(ruleNumber);
    }

    /** The rule numbers' texts, written once each: every NACL hop of every trace names its rule. */
    private static final class Labels {
        private static final String[] TEXTS = new String[MAX_RULE_NUMBER + 2];

        static String of(int n) {
            String s = TEXTS[n];
            if (s == null) {
                // Racing writers store equal immutable strings; either is fine.
                s = Integer.toString(n);
                TEXTS[n] = s;
            }
            return s;
        }
    }

    /** "100 allow tcp 1024-65535 from 10.0.1.0/24". */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(ruleNumber).append(' ').append(action.wireName()).append(' ').append(protocol.label());
        if (ports != null && protocol.hasPorts()) {
            sb.append(' ').append(ports.isAll() ? "all ports" : ports.toString());
        }
        if (icmp != null && protocol.isIcmp()) {
            sb.append(' ').append(icmp);
        }
        sb.append(egress ? " to " : " from ").append(cidr);
        return sb.toString();
    }
}
