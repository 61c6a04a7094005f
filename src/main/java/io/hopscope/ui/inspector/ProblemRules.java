package io.hopscope.ui.inspector;

import io.hopscope.check.Problem;
import io.hopscope.engine.Direction;
import io.hopscope.engine.RuleRef;
import io.hopscope.model.AclEntry;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.RouteTable;
import io.hopscope.model.SecurityGroup;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule a validation problem is about, as the same {@link RuleRef} a trace hop carries, so the
 * inspector finds rows one way. A problem's location is a JSON path ("$.model.routeTables[0].routes[2]"):
 * the list and position are read from its last rule segment once, here.
 */
final class ProblemRules {
    private static final Pattern RULE_PATH = Pattern.compile("\\.(inbound|outbound|routes)\\[(\\d+)\\]");

    private ProblemRules() {
    }

    static Optional<RuleRef> refOf(NetworkModel model, Problem problem) {
        Matcher m = RULE_PATH.matcher(problem.location());
        if (problem.resourceId() == null || !m.find()) {
            return Optional.empty();
        }
        String id = problem.resourceId();
        String list = m.group(1);
        int index = Integer.parseInt(m.group(2));
        Direction direction = list.equals("outbound") ? Direction.EGRESS : Direction.INGRESS;
        NetworkAcl acl = model.networkAcl(id);
        if (acl != null && !list.equals("routes")) {
            List<AclEntry> entries = direction.isEgress() ? acl.outbound() : acl.inbound();
            return index < entries.size()
                    ? Optional.of(RuleRef.aclEntry(id, direction, -1, entries.get(index).ruleNumber())) : Optional.empty();
        }
        SecurityGroup sg = model.securityGroup(id);
        if (sg != null && !list.equals("routes")) {
            int size = (direction.isEgress() ? sg.outbound() : sg.inbound()).size();
            return index < size ? Optional.of(RuleRef.sgRule(id, direction, index)) : Optional.empty();
        }
        RouteTable table = model.routeTable(id);
        if (table != null && list.equals("routes") && index < table.routes().size()) {
            return Optional.of(RuleRef.route(id, index));
        }
        return Optional.empty();
    }
}
