package io.hopscope.check.rule;

import io.hopscope.check.Findings;
import io.hopscope.check.ModelRule;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.RouteTable;
import io.hopscope.model.Vpc;
import java.util.List;

/**
 * Each VPC has exactly one main route table [RT] and one default network ACL [NACL]: two are an
 * error; none is a warning, because subnets without an association then have no table or ACL.
 */
public final class MainTableAndDefaultAclRule implements ModelRule {

    @Override
    public void check(NetworkModel m, Findings f) {
        for (Vpc v : m.vpcs()) {
            List<RouteTable> mains = m.routeTables().stream().filter(t -> t.main() && v.id().equals(t.vpcId())).toList();
            for (int i = 1; i < mains.size(); i++) {
                f.error(mains.get(i), ".main", "VPC " + v.label() + " has more than one main route table ("
                        + mains.get(0).label() + " and " + mains.get(i).label() + ")");
            }
            List<NetworkAcl> defaults = m.networkAcls().stream()
                    .filter(a -> a.isDefault() && v.id().equals(a.vpcId())).toList();
            for (int i = 1; i < defaults.size(); i++) {
                f.error(defaults.get(i), ".default", "VPC " + v.label() + " has more than one default network ACL ("
                        + defaults.get(0).label() + " and " + defaults.get(i).label() + ")");
            }
            boolean hasSubnets = !m.subnetsOf(v.id()).isEmpty();
            if (hasSubnets && mains.isEmpty()) {
                f.warning(v, "", "VPC " + v.label() + " has no main route table: subnets without an explicit"
                        + " association have no routes at all");
            }
            if (hasSubnets && defaults.isEmpty()) {
                f.warning(v, "", "VPC " + v.label() + " has no default network ACL: subnets without an explicit"
                        + " association have no network ACL");
            }
        }
    }
}
