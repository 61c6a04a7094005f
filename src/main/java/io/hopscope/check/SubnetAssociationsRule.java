package io.hopscope.check;

import io.hopscope.text.Text;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.RouteTable;
import io.hopscope.model.Subnet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A subnet is associated with at most one route table [RT] and exactly one network ACL [NACL],
 * both of its own VPC.
 */
public final class SubnetAssociationsRule implements ModelRule {

    @Override
    public void check(NetworkModel m, Findings f) {
        Map<String, Resource> tableOf = new HashMap<>();
        for (RouteTable t : m.routeTables()) {
            associations(m, f, t, t.vpcId(), t.subnetIds(), tableOf, "routeTable");
        }
        Map<String, Resource> aclOf = new HashMap<>();
        for (NetworkAcl a : m.networkAcls()) {
            associations(m, f, a, a.vpcId(), a.subnetIds(), aclOf, "networkAcl");
        }
    }

    @Override
    public String findingsName() {
        return "subnet association problems";
    }

    private static void associations(NetworkModel m, Findings f, Resource owner, String vpcId, List<String> subnetIds,
                                     Map<String, Resource> seen, String what) {
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < subnetIds.size(); i++) {
            String id = subnetIds.get(i);
            Integer first = firstIndex.putIfAbsent(id, i);
            Resource earlier = seen.putIfAbsent(id, owner);
            Subnet s = m.subnet(id);
            String name = s == null ? id : s.label();
            if (earlier != null && earlier != owner) {
                f.error(owner, ".subnets[" + i + "]", Text.of("check.assoc.two." + what, name,
                        earlier.label(), owner.label()));
            } else if (earlier == owner && first != null) {
                f.error(owner, ".subnets[" + i + "]", Text.of("check.assoc.listedTwice", name));
            }
            if (s != null && vpcId != null && !vpcId.equals(s.vpcId())) {
                f.error(owner, ".subnets[" + i + "]", Text.of("check.assoc.vpc." + what, name,
                        s.vpcId(), owner.label(), vpcId));
            }
        }
    }
}
