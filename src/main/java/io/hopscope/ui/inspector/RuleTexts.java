package io.hopscope.ui.inspector;

import io.hopscope.model.net.IcmpMatch;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;

/**
 * The "ports" column of a rule table, both ways: a port range for tcp/udp, "type/code" for ICMP
 * (-1 = any, as AWS stores them), and nothing for other protocols.
 */
final class RuleTexts {

    private RuleTexts() {
    }

    static String ports(Protocol protocol, PortRange ports, IcmpMatch icmp) {
        if (protocol.hasPorts()) {
            return ports == null || ports.isAll() ? "all" : ports.toString();
        }
        if (protocol.isIcmp()) {
            IcmpMatch m = icmp == null ? IcmpMatch.ANY : icmp;
            return m.type() + "/" + m.code();
        }
        return "";
    }

    static PortRange parsePorts(Protocol protocol, String text) {
        if (!protocol.hasPorts()) {
            return null;
        }
        return text == null || text.isBlank() ? PortRange.ALL : PortRange.parse(text);
    }

    static IcmpMatch parseIcmp(Protocol protocol, String text) {
        if (!protocol.isIcmp()) {
            return null;
        }
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("any")) {
            return IcmpMatch.ANY;
        }
        String[] parts = text.strip().split("/");
        try {
            int type = Integer.parseInt(parts[0].strip());
            int code = parts.length > 1 ? Integer.parseInt(parts[1].strip()) : -1;
            return new IcmpMatch(type, code);
        } catch (NumberFormatException e) {
            throw io.hopscope.edit.EditRefusal.invalid("edit.refusal.notIcmpTypeCode", text);
        }
    }
}
