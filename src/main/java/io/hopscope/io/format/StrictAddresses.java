package io.hopscope.io.format;

import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import java.util.regex.Pattern;

/**
 * Address parsing for files people edit by hand. The model's parsers accept every form AWS or
 * inet_aton knows ("54.1.2" is 54.1.0.2, "10.0.1.7/24" is 10.0.1.0/24); in a diagram file such
 * text is almost always a typo, so it is reported instead of being silently rewritten on save.
 */
final class StrictAddresses {

    private static final Pattern DOTTED_QUAD = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    private StrictAddresses() {
    }

    /** Four numbers 0-255 and nothing else: the only IPv4 form a diagram file accepts. */
    static boolean isDottedQuad(String text) {
        return DOTTED_QUAD.matcher(text).matches();
    }

    static IpAddress ip(String text) {
        IpAddress ip = IpAddress.parse(text);
        if (ip.isIpv4() && !isDottedQuad(text)) {
            throw new IllegalArgumentException("'" + text + "' is not an IP address (expected four numbers 0-255, like 10.0.1.5)");
        }
        return ip;
    }

    static Cidr cidr(String text) {
        Cidr cidr = Cidr.parse(text);
        String address = text.substring(0, text.indexOf('/'));
        if (cidr.isIpv4() && !isDottedQuad(address)) {
            throw new IllegalArgumentException("'" + text + "' is not a valid CIDR block (expected e.g. 10.0.1.0/24)");
        }
        if (Cidr.hasHostBits(text)) {
            throw new IllegalArgumentException("'" + text + "' has bits set after the /" + cidr.prefixLength()
                    + " prefix; did you mean " + cidr + "?");
        }
        return cidr;
    }
}
