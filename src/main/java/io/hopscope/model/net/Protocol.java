package io.hopscope.model.net;

import java.util.Locale;

/**
 * An IP protocol as AWS rules name it: an IANA number, or -1 for "all protocols".
 * Rules with -1 match every packet; a packet itself always has a concrete number.
 */
public record Protocol(int number) {

    public static final Protocol ALL = new Protocol(-1);
    public static final Protocol ICMP = new Protocol(1);
    public static final Protocol TCP = new Protocol(6);
    public static final Protocol UDP = new Protocol(17);
    public static final Protocol ICMPV6 = new Protocol(58);

    public Protocol {
        if (number < -1 || number > 255) {
            throw new IllegalArgumentException("IP protocol number out of range -1..255: " + number);
        }
    }

    /** Parses "tcp", "udp", "icmp", "icmpv6", "all", "-1" or a number 0-255. */
    public static Protocol parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("missing protocol");
        }
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "tcp": return TCP;
            case "udp": return UDP;
            case "icmp": return ICMP;
            case "icmpv6": case "icmp6": return ICMPV6;
            case "all": case "-1": return ALL;
            default:
                try {
                    return new Protocol(Integer.parseInt(text.trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + text + "' is not a protocol (tcp, udp, icmp, icmpv6, all or 0-255)");
                }
        }
    }

    public boolean isAll() {
        return number == -1;
    }

    /** TCP and UDP carry ports; rules for them have a port range. */
    public boolean hasPorts() {
        return number == 6 || number == 17;
    }

    public boolean isIcmp() {
        return number == 1 || number == 58;
    }

    /** Whether a rule with this protocol admits a packet of protocol {@code packet}. */
    public boolean matches(Protocol packet) {
        return isAll() || number == packet.number;
    }

    /** The name AWS and people use: tcp, udp, icmp, icmpv6, all, or the number. */
    public String label() {
        switch (number) {
            case -1: return "all";
            case 1: return "icmp";
            case 6: return "tcp";
            case 17: return "udp";
            case 58: return "icmpv6";
            default: return Integer.toString(number);
        }
    }

    // equals/hashCode written out, as a record would generate them: see package-info.
    @Override
    public boolean equals(Object o) {
        return o instanceof Protocol other && number == other.number;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(number);
    }

    @Override
    public String toString() {
        return label();
    }
}
