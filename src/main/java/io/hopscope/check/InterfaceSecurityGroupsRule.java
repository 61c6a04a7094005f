package io.hopscope.check;

import io.hopscope.text.Text;
import io.hopscope.model.LongLoop;
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
        LongLoop.forEach(m.networkInterfaces(), eni -> check(m, eni, f));
    }

    private static void check(NetworkModel m, NetworkInterface eni, Findings f) {
        String vpc = m.vpcIdOf(eni);
        List<String> groups = eni.securityGroupIds();
        if (groups.size() > MAX_GROUPS_PER_INTERFACE) {
            f.error(eni, ".securityGroups", Text.of("check.eni.tooManyGroups", Findings.described(eni),
                    groups.size(), MAX_GROUPS_PER_INTERFACE));
        }
        for (int i = 0; i < groups.size(); i++) {
            SecurityGroup g = m.securityGroup(groups.get(i));
            if (g != null && vpc != null && g.vpcId() != null && !vpc.equals(g.vpcId())) {
                f.error(eni, ".securityGroups[" + i + "]", Text.of("check.eni.groupVpc", g.label(), g.vpcId(),
                        Findings.described(eni), vpc));
            }
        }
    }
}
