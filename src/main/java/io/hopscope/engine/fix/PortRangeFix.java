package io.hopscope.engine.fix;

import io.hopscope.edit.Edit;
import io.hopscope.edit.ReplaceAclEntryEdit;
import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Direction;
import io.hopscope.engine.Hop;
import io.hopscope.engine.PortOutcome;
import io.hopscope.engine.RuleRef;
import io.hopscope.engine.Trace;
import io.hopscope.engine.Verdict;
import io.hopscope.engine.eval.NetworkAclEvaluator;
import io.hopscope.engine.index.AclIndex;
import io.hopscope.engine.index.ModelIndex;
import io.hopscope.model.AclEntry;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.RuleAction;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.PortSet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The fix for a PORT_DEPENDENT verdict: the NACL entry that let the shown reply through covers only
 * part of the ports a client (or a NAT gateway, a load balancer) may pick, so widen it to
 * 1024-65535, the range AWS advises a NACL to open for replies to every kind of client [NACL
 * ephemeral]. Offered only when the widened entry admits every failing port: a lower-numbered deny
 * that still cuts the range would make the fix a lie.
 */
final class PortRangeFix {
    private final ModelIndex index;
    private final NetworkAclEvaluator acls = new NetworkAclEvaluator();

    PortRangeFix(ModelIndex index) {
        this.index = index;
    }

    List<Edit> suggest(Trace trace) {
        if (trace.verdict() != Verdict.PORT_DEPENDENT || trace.reply() == null) {
            return List.of();
        }
        List<PortOutcome> outcomes = new ArrayList<>();
        if (trace.sourcePorts() != null) {
            outcomes.add(trace.sourcePorts());
        }
        outcomes.addAll(trace.translatedPorts());
        Set<Edit> edits = new LinkedHashSet<>();
        for (PortOutcome o : outcomes) {
            if (o.failing().isEmpty() || o.decidedAt() == null) {
                continue;
            }
            for (Hop h : trace.reply().hops()) {
                Edit e = widen(h, o);
                if (e != null) {
                    edits.add(e);
                }
            }
        }
        return List.copyOf(edits);
    }

    private Edit widen(Hop hop, PortOutcome outcome) {
        RuleRef ref = hop.ruleRef();
        if (hop.kind() != ComponentKind.NETWORK_ACL || !hop.componentId().equals(outcome.decidedAt())
                || ref == null || !ref.isRow()) {
            return null;
        }
        NetworkAcl acl = index.model().networkAcl(hop.componentId());
        boolean egress = hop.direction() == Direction.EGRESS;
        AclEntry entry = acl == null ? null : entry(acl, egress, ref.number());
        if (entry == null || entry.action() != RuleAction.ALLOW || entry.ports() == null
                || !entry.protocol().hasPorts()) {
            return null;
        }
        PortRange wider = new PortRange(Math.min(entry.ports().from(), PortRange.EPHEMERAL_ALL_CLIENTS.from()),
                PortRange.EPHEMERAL_ALL_CLIENTS.to());
        AclEntry widened = new AclEntry(entry.ruleNumber(), egress, entry.protocol(), wider, entry.icmp(),
                entry.cidr(), RuleAction.ALLOW);
        List<AclEntry> entries = new ArrayList<>();
        for (AclEntry e : acl.entries()) {
            entries.add(e == entry ? widened : e);
        }
        PortSet admitted = acls.allowedPorts(new AclIndex(acl.withEntries(entries)), hop.packet(), egress,
                outcome.failing());
        if (!admitted.containsAll(outcome.failing())) {
            return null;
        }
        return new ReplaceAclEntryEdit(acl.id(), entry.ruleNumber(), widened);
    }

    private static AclEntry entry(NetworkAcl acl, boolean egress, int number) {
        for (AclEntry e : acl.entries()) {
            if (e.egress() == egress && e.ruleNumber() == number) {
                return e;
            }
        }
        return null;
    }
}
