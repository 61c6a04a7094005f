package io.hopscope.lab;

import io.hopscope.io.format.ModelSection;
import io.hopscope.model.AclEntry;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.RuleAction;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgPeerKind;
import io.hopscope.model.SgRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a lab attempt against the lab's constraints by comparing its model with the start's.
 * Only what the attempt changed is judged: a start that already allows 0.0.0.0/0 somewhere (a
 * public load balancer's port 443) is the scenario, not the learner's doing.
 */
public final class ConstraintChecker {

    private ConstraintChecker() {
    }

    public static List<Violation> check(NetworkModel start, NetworkModel attempt, List<LabConstraint> constraints) {
        List<Violation> out = new ArrayList<>();
        for (LabConstraint c : constraints) {
            if (c instanceof LabConstraint.NoWorldOpen open) {
                worldOpen(start, attempt, open, out);
            } else if (c instanceof LabConstraint.NoNewResources none) {
                newResources(start, attempt, none, out);
            } else if (c instanceof LabConstraint.NoNewPublicIps) {
                newPublicIps(start, attempt, c, out);
            } else if (c instanceof LabConstraint.MaxRuleChanges max) {
                int changes = RuleChanges.count(start, attempt);
                if (changes > max.limit()) {
                    out.add(new Violation(c, "maxRuleChanges", List.of(Integer.toString(changes),
                            Integer.toString(max.limit())), "changes " + changes + " rules; this lab allows at most "
                            + max.limit()));
                }
            }
        }
        return out;
    }

    private static void worldOpen(NetworkModel start, NetworkModel attempt, LabConstraint c, List<Violation> out) {
        for (NetworkAcl acl : attempt.networkAcls()) {
            NetworkAcl before = start.find(acl.id()).filter(NetworkAcl.class::isInstance)
                    .map(NetworkAcl.class::cast).orElse(null);
            Set<AclEntry> had = before == null ? Set.of() : new HashSet<>(before.entries());
            for (AclEntry e : acl.entries()) {
                if (e.action() == RuleAction.ALLOW && e.cidr().prefixLength() == 0 && !had.contains(e)) {
                    String direction = e.egress() ? "outbound" : "inbound";
                    String where = acl.label() + " " + direction + " " + e.ruleNumber();
                    out.add(new Violation(c, "worldOpenAcl", List.of(acl.label(), direction,
                            Integer.toString(e.ruleNumber()), e.cidr().toString()),
                            where + " allows " + e.cidr() + "; open only what the goal needs"));
                }
            }
        }
        for (SecurityGroup sg : attempt.securityGroups()) {
            SecurityGroup before = start.find(sg.id()).filter(SecurityGroup.class::isInstance)
                    .map(SecurityGroup.class::cast).orElse(null);
            List<SgRule> had = before == null ? List.of() : RuleChanges.comparable(before.inbound());
            for (SgRule r : sg.inbound()) {
                if (r.peer().kind() == SgPeerKind.CIDR && r.peer().cidr().prefixLength() == 0
                        && !had.contains(RuleChanges.comparable(r))) {
                    out.add(new Violation(c, "worldOpenSg", List.of(sg.label(), r.peer().cidr().toString()),
                            sg.label() + " admits " + r.describe(false) + "; open only what the goal needs"));
                }
            }
        }
    }

    private static void newPublicIps(NetworkModel start, NetworkModel attempt, LabConstraint c, List<Violation> out) {
        for (NetworkInterface eni : attempt.networkInterfaces()) {
            if (eni.publicIp() == null) {
                continue;
            }
            NetworkInterface before = start.find(eni.id()).filter(NetworkInterface.class::isInstance)
                    .map(NetworkInterface.class::cast).orElse(null);
            if (before == null || before.publicIp() == null) {
                out.add(new Violation(c, "newPublicIp", List.of(eni.label(), eni.publicIp().toString()),
                        "gives " + eni.label() + " the public IP " + eni.publicIp() + "; keep it private"));
            }
        }
    }

    private static void newResources(NetworkModel start, NetworkModel attempt, LabConstraint.NoNewResources c,
                                     List<Violation> out) {
        ModelSection section = ModelSection.of(c.resourceKind());
        if (section == null) {
            return;
        }
        for (Resource r : section.resourcesOf(attempt)) {
            if (start.find(r.id()).isEmpty()) {
                out.add(new Violation(c, "newResource", List.of(c.resourceKind().wireName(), r.label()),
                        "adds " + c.resourceKind().wireName() + " " + r.label() + "; this lab is solved without one"));
            }
        }
    }
}
