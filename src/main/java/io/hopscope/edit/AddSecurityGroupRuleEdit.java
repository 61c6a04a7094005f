package io.hopscope.edit;

import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgRule;

import java.util.ArrayList;
import java.util.List;

/** Adds an inbound or outbound allow rule to a security group [SGR]. */
public record AddSecurityGroupRuleEdit(String securityGroupId, boolean inbound, SgRule rule) implements Edit {

    @Override
    public String description() {
        return text().toString();
    }

    @Override
    public Text text() {
        return Text.of(inbound ? "fix.sg.add.inbound" : "fix.sg.add.outbound", rule.describe(!inbound), securityGroupId);
    }

    @Override
    public Diagram apply(Diagram diagram) {
        SecurityGroup sg = diagram.model().securityGroup(securityGroupId);
        if (sg == null) {
            throw EditRefusal.gone("security group", securityGroupId);
        }
        List<SgRule> rules = new ArrayList<>(inbound ? sg.inbound() : sg.outbound());
        rules.add(rule);
        SecurityGroup changed = inbound ? sg.withInbound(rules) : sg.withOutbound(rules);
        return diagram.withModel(diagram.model().with(changed));
    }
}
