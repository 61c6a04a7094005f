package io.hopscope.check.rule;

import io.hopscope.check.Findings;
import io.hopscope.check.ModelRule;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.SecurityGroup;
import java.util.List;

/** An ENI can only carry security groups of its own VPC [SG]; at most 16 per interface [Q]. */
public final class InterfaceSecurityGroupsRule implements ModelRule {

    static final int MAX_GROUPS_PER_INTERFACE = 16;

    @Override
    public String findingsName() {
        return "interface security group problems";
    }

    @Override
    public void check(NetworkModel m, Findings f) {
        for (NetworkInterface eni : m.networkInterfaces()) {
            String vpc = m.vpcIdOf(eni);
            List<String> groups = eni.securityGroupIds();
            if (groups.size() > MAX_GROUPS_PER_INTERFACE) {
                f.error(eni, ".securityGroups", Findings.describe(eni) + " has " + groups.size()
                        + " security groups; AWS allows at most " + MAX_GROUPS_PER_INTERFACE);
            }
            for (int i = 0; i < groups.size(); i++) {
                SecurityGroup g = m.securityGroup(groups.get(i));
                if (g != null && vpc != null && g.vpcId() != null && !vpc.equals(g.vpcId())) {
                    f.error(eni, ".securityGroups[" + i + "]", "security group " + g.label() + " is in VPC " + g.vpcId()
                            + ", but " + Findings.describe(eni) + " is in VPC " + vpc);
                }
            }
        }
    }
}
