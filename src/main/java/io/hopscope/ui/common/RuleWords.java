package io.hopscope.ui.common;

import io.hopscope.engine.Hop;
import io.hopscope.engine.RuleRef;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgRule;
import java.util.List;
import java.util.Locale;

/**
 * The rule that decided a hop, as the app says it. A security group rule ("tcp 443 from 0.0.0.0/0")
 * is said in the UI's language, found through the hop's {@link RuleRef} in the model it was traced
 * on; a NACL rule number, "*" and a route "10.0.0.0/16 -> local" read the same in every language.
 */
public final class RuleWords {

    private RuleWords() {
    }

    /** The deciding rule of {@code hop} in {@code locale}; "" for a hop no rule decided. */
    public static String said(Hop hop, NetworkModel model, Locale locale) {
        String english = hop.rule() == null ? "" : hop.rule();
        RuleRef ref = hop.ruleRef();
        if (english.isEmpty() || ref == null || ref.kind() != RuleRef.Kind.RULE || ref.direction() == null) {
            return english;
        }
        SecurityGroup g = model.securityGroup(ref.resourceId());
        if (g == null) {
            return english;
        }
        boolean outbound = ref.direction().isEgress();
        List<SgRule> rules = outbound ? g.outbound() : g.inbound();
        if (ref.index() < 0 || ref.index() >= rules.size()) {
            return english;
        }
        SgRule rule = rules.get(ref.index());
        // Only the rule the engine named: a model edited since the trace may hold another one there.
        return rule.describe(outbound).equals(english) ? rule.text(outbound).format(locale) : english;
    }
}
