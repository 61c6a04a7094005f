package io.hopscope.lab;

import io.hopscope.model.AclEntry;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Counts the rule changes between two models as a reviewer would: each NACL entry (by list and
 * rule number), security group rule and route (by destination) added, removed or changed counts
 * once, as does turning route propagation on or off; a security group rule replaced by another counts once, not as a removal and an addition.
 * Descriptions do not count: renaming a rule changes nothing on the wire.
 */
final class RuleChanges {

    private RuleChanges() {
    }

    static int count(NetworkModel start, NetworkModel attempt) {
        return acls(start, attempt) + groups(start, attempt) + routes(start, attempt);
    }

    /** A rule without its description, for comparing what it matches. */
    static SgRule comparable(SgRule r) {
        return new SgRule(r.protocol(), r.ports(), r.icmp(), r.peer(), "");
    }

    static List<SgRule> comparable(List<SgRule> rules) {
        return rules.stream().map(RuleChanges::comparable).toList();
    }

    private static int acls(NetworkModel start, NetworkModel attempt) {
        int n = 0;
        for (String id : ids(start.networkAcls().stream().map(NetworkAcl::id).toList(),
                attempt.networkAcls().stream().map(NetworkAcl::id).toList())) {
            Map<String, AclEntry> before = aclEntries(start, id);
            Map<String, AclEntry> after = aclEntries(attempt, id);
            for (String key : ids(before.keySet(), after.keySet())) {
                if (!Objects.equals(before.get(key), after.get(key))) {
                    n++;
                }
            }
        }
        return n;
    }

    private static Map<String, AclEntry> aclEntries(NetworkModel model, String id) {
        Map<String, AclEntry> m = new HashMap<>();
        model.find(id).filter(NetworkAcl.class::isInstance).map(NetworkAcl.class::cast)
                .ifPresent(acl -> acl.entries().forEach(e -> m.put((e.egress() ? "out " : "in ") + e.ruleNumber(), e)));
        return m;
    }

    private static int groups(NetworkModel start, NetworkModel attempt) {
        int n = 0;
        for (String id : ids(start.securityGroups().stream().map(SecurityGroup::id).toList(),
                attempt.securityGroups().stream().map(SecurityGroup::id).toList())) {
            SecurityGroup before = group(start, id);
            SecurityGroup after = group(attempt, id);
            n += ruleDifference(before == null ? List.of() : before.inbound(), after == null ? List.of() : after.inbound());
            n += ruleDifference(before == null ? List.of() : before.outbound(),
                    after == null ? List.of() : after.outbound());
        }
        return n;
    }

    private static SecurityGroup group(NetworkModel model, String id) {
        return model.find(id).filter(SecurityGroup.class::isInstance).map(SecurityGroup.class::cast).orElse(null);
    }

    /** Multiset difference: max(added, removed), so a replaced rule is one change. */
    private static int ruleDifference(List<SgRule> before, List<SgRule> after) {
        List<SgRule> removed = new ArrayList<>(comparable(before));
        List<SgRule> added = new ArrayList<>();
        for (SgRule r : comparable(after)) {
            if (!removed.remove(r)) {
                added.add(r);
            }
        }
        return Math.max(added.size(), removed.size());
    }

    private static int routes(NetworkModel start, NetworkModel attempt) {
        int n = 0;
        for (String id : ids(start.routeTables().stream().map(RouteTable::id).toList(),
                attempt.routeTables().stream().map(RouteTable::id).toList())) {
            Map<String, Route> before = routes(start, id);
            Map<String, Route> after = routes(attempt, id);
            for (String key : ids(before.keySet(), after.keySet())) {
                if (!Objects.equals(before.get(key), after.get(key))) {
                    n++;
                }
            }
            n += propagationChanges(start, attempt, id);
        }
        return n;
    }

    /** Turning route propagation from a VGW on or off is one change per gateway. */
    private static int propagationChanges(NetworkModel start, NetworkModel attempt, String id) {
        Set<String> before = new LinkedHashSet<>(propagating(start, id));
        Set<String> after = new LinkedHashSet<>(propagating(attempt, id));
        int n = 0;
        for (String vgw : ids(before, after)) {
            if (before.contains(vgw) != after.contains(vgw)) {
                n++;
            }
        }
        return n;
    }

    private static List<String> propagating(NetworkModel model, String id) {
        return model.find(id).filter(RouteTable.class::isInstance).map(RouteTable.class::cast)
                .map(RouteTable::propagatingVgwIds).orElse(List.of());
    }

    /** Static routes by destination; propagated routes are AWS's doing, not the learner's. */
    private static Map<String, Route> routes(NetworkModel model, String id) {
        Map<String, Route> m = new HashMap<>();
        model.find(id).filter(RouteTable.class::isInstance).map(RouteTable.class::cast).ifPresent(t -> t.routes()
                .stream().filter(r -> !r.propagated()).forEach(r -> m.put(r.destinationText(), r)));
        return m;
    }

    private static Set<String> ids(Iterable<String> a, Iterable<String> b) {
        Set<String> all = new LinkedHashSet<>();
        a.forEach(all::add);
        b.forEach(all::add);
        return all;
    }
}
