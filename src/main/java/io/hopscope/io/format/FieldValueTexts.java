package io.hopscope.io.format;

import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import io.hopscope.text.Text;

/**
 * Why a field's text is not a CIDR block, an address, a protocol or a port range, as a keyed text
 * the app says in the UI's language. The value classes of {@code model.net} throw English (they
 * stand on the JDK alone); these texts say the same English word for word (the command line keeps
 * the exception's message) and are worked out again only after a value was refused, so the many
 * good values of a big diagram cost nothing.
 */
final class FieldValueTexts {

    private FieldValueTexts() {
    }

    /** The reason {@link StrictAddresses#cidr} refused {@code text}. */
    static Text cidr(String text) {
        if (text == null || text.isBlank()) {
            return Text.of("value.cidr.empty");
        }
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        if (slash < 0) {
            return Text.of("value.cidr.noPrefix", text);
        }
        String prefix = trimmed.substring(slash + 1);
        if (prefix.isEmpty() || prefix.length() > 3 || !prefix.chars().allMatch(Character::isDigit)) {
            return Text.of("value.cidr.badPrefix", text);
        }
        Cidr cidr;
        try {
            cidr = Cidr.parse(text);
        } catch (IllegalArgumentException e) {
            if (IpAddress.isValid(trimmed.substring(0, slash))) {
                IpAddress address = IpAddress.parse(trimmed.substring(0, slash));
                return Text.of("value.cidr.prefixTooLong", text, Integer.parseInt(prefix), address.bitLength(), address.version());
            }
            return Text.of("value.cidr.invalid", text);
        }
        if (cidr.isIpv4() && !StrictAddresses.isDottedQuad(text.substring(0, text.indexOf('/')))) {
            return Text.of("value.cidr.notDottedQuad", text);
        }
        return Text.of("value.cidr.hostBits", text, cidr.prefixLength(), cidr);
    }

    /** The reason {@link StrictAddresses#ip} refused {@code text}. */
    static Text ip(String text) {
        if (text == null || text.isBlank()) {
            return Text.of("value.ip.empty");
        }
        if (text.trim().indexOf('/') >= 0) {
            return Text.of("value.ip.isCidr", text);
        }
        return Text.of(IpAddress.isValid(text.trim()) ? "value.ip.notDottedQuad" : "value.ip.invalid", text);
    }

    /** The reason {@code Protocol.parse} refused {@code text}. */
    static Text protocol(String text) {
        if (text == null) {
            return Text.of("import.aws.value.protocolMissing");
        }
        try {
            return Text.of("import.aws.value.protocolNumber", Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Text.of("import.aws.value.notAProtocol", text);
        }
    }

    /** The reason {@code PortRange.parse} refused {@code text}. */
    static Text ports(String text) {
        String t = text.trim();
        int dash = t.indexOf('-');
        try {
            int from = Integer.parseInt(dash < 0 ? t : t.substring(0, dash).trim());
            int to = dash < 0 ? from : Integer.parseInt(t.substring(dash + 1).trim());
            boolean outside = from < 0 || from > 65535 || to < 0 || to > 65535;
            return Text.of(outside ? "import.aws.value.portOutOfRange" : "import.aws.value.portsReversed", from, to);
        } catch (NumberFormatException e) {
            return Text.of("value.ports.invalid", text);
        }
    }

    /** The reason {@link RouteTargetKind#fromWireName} refused {@code text}. */
    static Text routeTargetKind(String text) {
        return Text.of("value.routeTargetKind.unknown", text);
    }
}
