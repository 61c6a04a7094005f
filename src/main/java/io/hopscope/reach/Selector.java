package io.hopscope.reach;

import io.hopscope.model.WorkloadKind;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;

import io.hopscope.text.Text;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A parsed SELECTOR of the CLI contract: a set of endpoints named by a reference, by a group, or by
 * an address space. Parsing checks only the form; {@link SelectorResolver} finds what it names in a
 * model. {@code argument} is the part after the prefix (the reference itself for {@link Kind#REF}).
 */
public record Selector(Kind kind, String argument, String text) {

    /** The selector forms, with the prefix each is written with ({@code null} for a bare reference). */
    public enum Kind {
        /** Any REF of {@code trace}: resource id, DB identifier, Name tag, service, IP address. */
        REF(null),
        /** Every public address (hosts on the internet). */
        INTERNET("internet"),
        /** Hosts of an external network, e.g. on premises behind a VPN. */
        CIDR("cidr:"),
        /** Every interface of the resources carrying the tag {@code Key=Value}. */
        TAG("tag:"),
        /** Every interface with that security group. */
        SG("sg:"),
        /** Every interface in that subnet. */
        SUBNET("subnet:"),
        /** Every interface in that VPC. */
        VPC("vpc:"),
        /** Every workload (or NAT gateway, endpoint) of one kind. */
        KIND("kind:"),
        /** Every workload. */
        ALL("all");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    /** The words {@code kind:} accepts, as the contract spells them. */
    public static final java.util.List<String> KIND_WORDS = java.util.List.of("ec2", "rds", "lambda", "load-balancer",
            "endpoint", "nat");

    /**
     * Parses one selector. A word followed by a colon that is no selector prefix ({@code sgg:web},
     * {@code tags:Tier=db}) is refused here, naming the forms that exist; an ARN or an IPv6 address
     * is a reference.
     */
    public static Selector parse(String text) {
        if (text == null || text.isBlank()) {
            throw new SelectorException(Text.of("selector.empty", prefixes()));
        }
        String t = text.trim();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("internet")) {
            return new Selector(Kind.INTERNET, "", t);
        }
        if (lower.equals("all")) {
            return new Selector(Kind.ALL, "", t);
        }
        for (Kind k : Kind.values()) {
            if (k.prefix != null && k.prefix.endsWith(":") && lower.startsWith(k.prefix)) {
                String arg = t.substring(k.prefix.length()).trim();
                checkArgument(k, arg, t);
                return new Selector(k, arg, t);
            }
        }
        int colon = t.indexOf(':');
        if (colon > 0 && !lower.startsWith("arn:") && !(RefResolver.looksLikeAddress(t) && IpAddress.isValid(t)) && t.substring(0, colon).matches("[A-Za-z][A-Za-z_-]*")) {
            throw new SelectorException(Text.of("selector.unknownForm", t, t.substring(0, colon + 1), prefixes()));
        }
        return new Selector(Kind.REF, t, t);
    }

    private static void checkArgument(Kind k, String arg, String text) {
        if (arg.isEmpty()) {
            throw new SelectorException(Text.of("selector.nothingAfter", text, k.prefix));
        }
        switch (k) {
            case CIDR -> {
                if (!Cidr.isValid(arg)) {
                    throw new SelectorException(Text.of("selector.notACidr", text, arg));
                }
            }
            case TAG -> {
                int eq = arg.indexOf('=');
                if (eq <= 0) {
                    throw new SelectorException(Text.of("selector.tagForm", text));
                }
            }
            case KIND -> {
                if (!KIND_WORDS.contains(arg.toLowerCase(Locale.ROOT))) {
                    throw new SelectorException(Text.of("selector.unknownKind", text, String.join("|", KIND_WORDS)));
                }
            }
            default -> {
            }
        }
    }

    /** For {@link Kind#TAG}: the tag key. */
    public String tagKey() {
        return argument.substring(0, argument.indexOf('='));
    }

    /** For {@link Kind#TAG}: the tag value (may be empty). */
    public String tagValue() {
        return argument.substring(argument.indexOf('=') + 1);
    }

    /** For {@link Kind#KIND}: the workload kind, or null for {@code endpoint} and {@code nat}. */
    public WorkloadKind workloadKind() {
        String w = argument.toLowerCase(Locale.ROOT);
        return w.equals("endpoint") || w.equals("nat") ? null : WorkloadKind.fromWireName(w);
    }

    private static String prefixes() {
        return Arrays.stream(Kind.values()).filter(k -> k.prefix != null && k.prefix.endsWith(":"))
                .map(k -> k.prefix + "…").collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return text;
    }
}
