package io.hopscope.ui.inspector;

import io.hopscope.engine.Hop;
import io.hopscope.engine.RuleRef;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The inspector's line for a trace hop no table row stands for: "No matching rule" on a security
 * group (naming the interface's whole group set), "No route for 10.0.2.45" on a route table,
 * "Reply allowed by connection tracking", or a gateway's failed check. Null when a row decided.
 */
final class FindingTexts {

    private final ResourceBundle messages;

    FindingTexts(ResourceBundle messages) {
        this.messages = messages;
    }

    String textFor(Hop hop) {
        RuleRef ref = hop.ruleRef();
        String list = ref.direction() == null ? "" : messages.getString(ref.direction().isEgress()
                ? "inspector.finding.outbound" : "inspector.finding.inbound");
        String groups = hop.groups().isEmpty() ? ref.resourceId() : String.join(", ", hop.groups());
        return switch (ref.kind()) {
            case NO_MATCHING_RULE -> hop.kind().isSecurityGroups()
                    ? format("inspector.finding.noRule", list, groups, hop.packet().describe())
                    : format("inspector.finding.noRoute", hop.packet().dst().toString());
            case TRACKED_CONNECTION -> format("inspector.finding.tracked", groups);
            case COMPONENT -> format(hop.blocks() ? "inspector.finding.check" : "inspector.finding.passed",
                    hop.explanationText() == null ? null : hop.explanationText().format(messages.getLocale()));
            default -> null;
        };
    }

    private String format(String key, Object... args) {
        return new MessageFormat(messages.getString(key).replace("'", "''")).format(args);
    }
}
