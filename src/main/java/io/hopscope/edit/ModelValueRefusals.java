package io.hopscope.edit;

import io.hopscope.text.Text;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value classes of {@code model.net} refuse a CIDR, an address, a port range or a protocol with
 * an English sentence (they stand on the JDK alone); an inspector field shows that refusal under
 * itself. These patterns turn each of those sentences back into its keyed text, whose English is
 * the sentence word for word (a test holds both sides together), so the field says it in the UI's
 * language. An unknown sentence stays as it is.
 */
final class ModelValueRefusals {

    private record Form(Pattern pattern, String key) {
    }

    private static final List<Form> FORMS = List.of(
            form("empty CIDR", "value.cidr.empty"),
            form("'(.*)' has no prefix length \\(expected e\\.g\\. 10\\.0\\.0\\.0/16\\)", "value.cidr.noPrefix"),
            form("'(.*)' has an invalid prefix length", "value.cidr.badPrefix"),
            form("'(.*)' has prefix /(\\d+), more than the (\\d+) bits of an IPv(\\d) address", "value.cidr.prefixTooLong"),
            form("'(.*)' is not a valid CIDR block", "value.cidr.invalid"),
            form("empty IP address", "value.ip.empty"),
            form("'(.*)' is a CIDR, not an address", "value.ip.isCidr"),
            form("'(.*)' is not an IP address", "value.ip.invalid"),
            form("'(.*)' is not a port or port range", "value.ports.invalid"),
            form("port out of range 0-65535: (-?\\d+)-(-?\\d+)", "import.aws.value.portOutOfRange"),
            form("port range starts after it ends: (-?\\d+)-(-?\\d+)", "import.aws.value.portsReversed"),
            form("IP protocol number out of range -1\\.\\.255: (-?\\d+)", "import.aws.value.protocolNumber"),
            form("missing protocol", "import.aws.value.protocolMissing"),
            form("'(.*)' is not a protocol \\(tcp, udp, icmp, icmpv6, all or 0-255\\)", "import.aws.value.notAProtocol"));

    private ModelValueRefusals() {
    }

    private static Form form(String regex, String key) {
        return new Form(Pattern.compile(regex, Pattern.DOTALL), key);
    }

    /** The keyed text of a value class's refusal, or null when {@code message} is none of them. */
    static Text textOf(String message) {
        if (message == null) {
            return null;
        }
        for (Form f : FORMS) {
            Matcher m = f.pattern().matcher(message);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = m.group(i + 1);
                }
                return Text.of(f.key(), args);
            }
        }
        return null;
    }
}
