package io.hopscope.model;

import io.hopscope.model.net.IcmpMatch;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import io.hopscope.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * One security group rule with one peer (an AWS IpPermission with several ranges becomes several
 * rules, so a trace can name the exact one that matched). Ports for tcp/udp, ICMP type/code for
 * icmp, neither for other protocols or -1.
 */
public record SgRule(Protocol protocol, PortRange ports, IcmpMatch icmp, SgPeer peer, String description) {

    public SgRule {
        if (protocol == null || peer == null) {
            throw new IllegalArgumentException("a security group rule needs a protocol and a peer");
        }
        description = description == null ? "" : description;
    }

    /** "tcp 3306 from sg-0abc" (inbound) or "all traffic to 0.0.0.0/0" (outbound). */
    public String describe(boolean outbound) {
        StringBuilder sb = new StringBuilder();
        if (protocol.isAll()) {
            sb.append("all traffic");
        } else {
            sb.append(protocol.label());
            if (ports != null && protocol.hasPorts()) {
                sb.append(' ').append(ports.isAll() ? "all ports" : ports.toString());
            }
            if (icmp != null && protocol.isIcmp() && icmp.type() != -1) {
                sb.append(' ').append(icmp);
            }
        }
        sb.append(outbound ? " to " : " from ").append(peer);
        return sb.toString();
    }

    /** {@link #describe} as a keyed text, so the app says "all traffic" and "from" in the UI's language. */
    public Text text(boolean outbound) {
        Text what;
        if (protocol.isAll()) {
            what = Text.of("rule.sg.allTraffic");
        } else {
            List<Object> parts = new ArrayList<>(List.of(protocol.label()));
            if (ports != null && protocol.hasPorts()) {
                parts.add(ports.isAll() ? Text.of("rule.sg.allPorts") : ports.toString());
            }
            if (icmp != null && protocol.isIcmp() && icmp.type() != -1) {
                parts.add(icmp.toString());
            }
            what = Text.of("rule.sg.what." + parts.size(), parts.toArray());
        }
        return Text.of(outbound ? "rule.sg.to" : "rule.sg.from", what, peer.toString());
    }
}
