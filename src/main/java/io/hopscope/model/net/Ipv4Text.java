package io.hopscope.model.net;

/**
 * The plain dotted-decimal IPv4 form ("10.0.1.7"), read without the IPAddress library. Describe
 * output and Terraform plans write every IPv4 address and CIDR this way, tens of thousands per
 * account, and the library's general parser (inet_aton forms, IPv6, ranges) costs far more per
 * call, most of it before the JIT has compiled it. Anything else (leading zeros, fewer parts, IPv6)
 * is left to the library, so the accepted forms and their meaning do not change.
 */
final class Ipv4Text {

    /** Not the plain form: the caller asks the library. */
    static final long OTHER = -1;

    private Ipv4Text() {
    }

    /** The address of {@code text[from, to)} as an unsigned 32-bit value, or {@link #OTHER}. */
    static long parse(String text, int from, int to) {
        long value = 0;
        int parts = 0;
        int i = from;
        while (parts < 4) {
            int start = i;
            int part = 0;
            while (i < to && i - start < 3) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    break;
                }
                part = part * 10 + (c - '0');
                i++;
            }
            int digits = i - start;
            // "010" is octal to inet_aton and decimal elsewhere: the library decides.
            if (digits == 0 || part > 255 || (digits > 1 && text.charAt(start) == '0')) {
                return OTHER;
            }
            value = (value << 8) | part;
            parts++;
            if (parts < 4) {
                if (i >= to || text.charAt(i) != '.') {
                    return OTHER;
                }
                i++;
            }
        }
        return i == to ? value : OTHER;
    }
}
