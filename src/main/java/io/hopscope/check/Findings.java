package io.hopscope.check;

import io.hopscope.model.Resource;
import io.hopscope.model.ResourceKind;
import io.hopscope.text.Text;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of a validation run, placing each at its resource's path plus a field.
 * At most {@link #MAX_PER_RULE} problems of one rule and severity are kept: a file of 20,000
 * subnets sharing one block would otherwise build 20,000 messages nobody reads (and, per pair,
 * 200 million); the rest become one "... and N more" line.
 */
public final class Findings {

    /** Problems of one rule and severity that are spelled out; the rest are counted. */
    public static final int MAX_PER_RULE = 50;

    private final ResourceLocator locator;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<Severity, Integer> inRule = new EnumMap<>(Severity.class);
    private final boolean capped;
    private ModelRule rule;

    public Findings(ResourceLocator locator) {
        this(locator, true);
    }

    /** {@code capped} false keeps every problem (the import's repair needs all of them). */
    public Findings(ResourceLocator locator, boolean capped) {
        this.locator = locator;
        this.capped = capped;
    }

    /** An error about {@code field} of {@code r}; {@code field} is a path suffix like ".routes[2].target". */
    public void error(Resource r, String field, Text message) {
        add(Severity.ERROR, r, field, message);
    }

    public void warning(Resource r, String field, Text message) {
        add(Severity.WARNING, r, field, message);
    }

    /** Starts counting for {@code next}; closes the previous rule with its "... and N more" lines. */
    void startRule(ModelRule next) {
        finishRule();
        rule = next;
    }

    /** Adds "... and 19,950 more overlapping subnets" for each severity over the cap. */
    void finishRule() {
        if (rule != null && capped) {
            for (Map.Entry<Severity, Integer> e : inRule.entrySet()) {
                int more = e.getValue() - MAX_PER_RULE;
                if (more > 0) {
                    // The count keeps its grouping ("19,950") in both languages; the rule's plural is its own key.
                    problems.add(new Problem(e.getKey(), "", Text.of("check.more",
                            String.format(java.util.Locale.ROOT, "%,d", more), Text.of(findingsKey(rule))), null));
                }
            }
        }
        inRule.clear();
        rule = null;
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** The key of {@code rule}'s plural ("overlapping subnets") in the engine's bundle. */
    public static String findingsKey(ModelRule rule) {
        return "check.findings." + rule.name();
    }

    /** A kind as the findings name it, in the reader's language ("subnet", "서브넷"). */
    public static Text kind(ResourceKind kind) {
        return Text.of("check.kind." + kind.wireName());
    }

    /** "subnet app-a" as a text: the kind in the reader's language, the name as it is. */
    public static Text described(Resource r) {
        return Text.of("check.described", kind(r.kind()), r.label());
    }

    /** "VPC", "subnet", "internet gateway": how messages name a kind. */
    public static String kindName(ResourceKind kind) {
        return switch (kind) {
            case VPC -> "VPC";
            case NETWORK_ACL -> "network ACL";
            case NAT_GATEWAY -> "NAT gateway";
            case VPC_ENDPOINT -> "VPC endpoint";
            case VPC_PEERING_CONNECTION -> "peering connection";
            case VPN_GATEWAY -> "VPN gateway";
            case NETWORK_INTERFACE -> "network interface";
            default -> kind.wireName().replace('-', ' ');
        };
    }

    /** "subnet app-a" or "subnet subnet-0a1" when it has no name. */
    public static String describe(Resource r) {
        return kindName(r.kind()) + " " + r.label();
    }

    private void add(Severity severity, Resource r, String field, Text message) {
        int n = inRule.merge(severity, 1, Integer::sum);
        if (capped && rule != null && n > MAX_PER_RULE) {
            return;
        }
        String base = r == null ? null : locator.locate(r);
        String location = base == null ? "" : base + (field == null ? "" : field);
        problems.add(new Problem(severity, location, message, r == null ? null : r.id()));
    }
}
