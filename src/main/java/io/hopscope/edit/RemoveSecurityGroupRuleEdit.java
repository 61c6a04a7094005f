package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgRule;
import java.util.ArrayList;
import java.util.List;

/** Deletes the rule at {@code index} of a group's inbound or outbound list [SGR]. */
public record RemoveSecurityGroupRuleEdit(String securityGroupId, boolean inbound, int index) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of(inbound ? "edit.sgRule.remove.inbound" : "edit.sgRule.remove.outbound", index + 1, securityGroupId);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        SecurityGroup sg = Lookup.require(diagram, securityGroupId, SecurityGroup.class, "security group");
        List<SgRule> rules = new ArrayList<>(inbound ? sg.inbound() : sg.outbound());
        if (index < 0 || index >= rules.size()) {
            throw new EditRefusal(Text.of(inbound ? "edit.refusal.noSgRule.inbound" : "edit.refusal.noSgRule.outbound",
                    securityGroupId, index + 1));
        }
        rules.remove(index);
        return diagram.withModel(diagram.model().with(inbound ? sg.withInbound(rules) : sg.withOutbound(rules)));
    }
}
