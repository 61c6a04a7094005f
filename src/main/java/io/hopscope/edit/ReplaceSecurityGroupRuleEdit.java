package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgRule;
import java.util.ArrayList;
import java.util.List;

/** Replaces the rule at {@code index} of a group's inbound or outbound list, keeping the list's order [SGR]. */
public record ReplaceSecurityGroupRuleEdit(String securityGroupId, boolean inbound, int index, SgRule replacement)
        implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of(inbound ? "edit.sgRule.replace.inbound" : "edit.sgRule.replace.outbound", securityGroupId,
                replacement.describe(!inbound));
    }

    @Override
    public Diagram apply(Diagram diagram) {
        SecurityGroup sg = Lookup.require(diagram, securityGroupId, SecurityGroup.class, "security group");
        List<SgRule> rules = new ArrayList<>(inbound ? sg.inbound() : sg.outbound());
        if (index < 0 || index >= rules.size()) {
            throw new EditRefusal(Text.of(inbound ? "edit.refusal.noSgRule.inbound" : "edit.refusal.noSgRule.outbound",
                    securityGroupId, index + 1));
        }
        rules.set(index, replacement);
        return diagram.withModel(diagram.model().with(inbound ? sg.withInbound(rules) : sg.withOutbound(rules)));
    }
}
