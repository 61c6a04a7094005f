package io.hopscope.check;

import io.hopscope.text.Text;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.RouteTable;
import io.hopscope.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each VPC has exactly one main route table [RT] and one default network ACL [NACL]: two are an
 * error; none is a warning, because subnets without an association then have no table or ACL.
 */
public final class MainTableAndDefaultAclRule implements ModelRule {

    @Override
    public void check(NetworkModel m, Findings f) {
        // Grouped by VPC in one pass: a scan of every table per VPC is quadratic on a big account.
        Map<String, List<RouteTable>> mainsByVpc = new HashMap<>();
        m.routeTables().stream().filter(RouteTable::main)
                .forEach(t -> mainsByVpc.computeIfAbsent(t.vpcId(), k -> new ArrayList<>()).add(t));
        Map<String, List<NetworkAcl>> defaultsByVpc = new HashMap<>();
        m.networkAcls().stream().filter(NetworkAcl::isDefault)
                .forEach(a -> defaultsByVpc.computeIfAbsent(a.vpcId(), k -> new ArrayList<>()).add(a));
        for (Vpc v : m.vpcs()) {
            List<RouteTable> mains = mainsByVpc.getOrDefault(v.id(), List.of());
            more(f, v, mains, ".main", Text.of("check.vpc.mainTable"));
            List<NetworkAcl> defaults = defaultsByVpc.getOrDefault(v.id(), List.of());
            more(f, v, defaults, ".default", Text.of("check.vpc.defaultAcl"));
            boolean hasSubnets = !m.subnetsOf(v.id()).isEmpty();
            if (hasSubnets && mains.isEmpty()) {
                f.warning(v, "", Text.of("check.vpc.noMainTable", v.label()));
            }
            if (hasSubnets && defaults.isEmpty()) {
                f.warning(v, "", Text.of("check.vpc.noDefaultAcl", v.label()));
            }
        }
    }

    @Override
    public String findingsName() {
        return "main route table and default network ACL problems";
    }

    private static void more(Findings f, Vpc v, List<? extends Resource> found, String field, Text what) {
        for (int i = 1; i < found.size(); i++) {
            f.error(found.get(i), field, Text.of("check.vpc.moreThanOne", v.label(), what,
                    found.get(0).label(), found.get(i).label()));
        }
    }
}
