package io.hopscope.io.aws;

import io.hopscope.text.Text;

/**
 * Why a rule's protocol, port range or ICMP type/code cannot be read, as a keyed text for the
 * import notes. The value classes of {@code model.net} throw English messages (they stand on the
 * JDK alone); these texts say the same in English, word for word, and in the UI's language in the
 * app. Asked only after a value was refused, so the thousands of good rules cost nothing.
 */
final class RuleValueTexts {

    private RuleValueTexts() {
    }

    /** The reason {@code Protocol.parse(raw)} refused {@code raw}. */
    static Text protocol(String raw) {
        if (raw == null) {
            return Text.of("import.aws.value.protocolMissing");
        }
        try {
            return Text.of("import.aws.value.protocolNumber", Integer.parseInt(raw.trim()));
        } catch (NumberFormatException e) {
            return Text.of("import.aws.value.notAProtocol", raw);
        }
    }

    /** The reason {@code new PortRange(from, to)} refused the pair. */
    static Text ports(int from, int to) {
        boolean outside = from < 0 || from > 65535 || to < 0 || to > 65535;
        return Text.of(outside ? "import.aws.value.portOutOfRange" : "import.aws.value.portsReversed", from, to);
    }

    /** The reason {@code new IcmpMatch(type, code)} refused the pair (-1 is "any"). */
    static Text icmp(int type, int code) {
        return Text.of("import.aws.value.icmpOutOfRange", type, code);
    }
}
