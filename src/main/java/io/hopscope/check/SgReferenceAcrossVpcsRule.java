package io.hopscope.check;

import io.hopscope.text.Text;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgPeerKind;
import io.hopscope.model.SgRule;
import io.hopscope.model.VpcPeeringConnection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Warns when a security group rule references a group of another VPC without an active,
 * same-Region peering between the two: such a reference matches nothing [SGR][PCX] — unless it is
 * an inbound rule and both VPCs are attached to a transit gateway that allows group references
 * (outbound rules never may reference across a transit gateway) [TGWSGR]. When a shared gateway
 * would allow it but its or an attachment's option is off, the warning says which.
 */
public final class SgReferenceAcrossVpcsRule implements ModelRule {

    @Override
    public boolean reportsErrors() {
        return false;
    }

    @Override
    public void check(NetworkModel m, Findings f) {
        // Active same-Region peered pairs, looked up per rule instead of scanning every peering.
        Set<String> peered = new HashSet<>();
        for (VpcPeeringConnection p : m.peeringConnections()) {
            if (p.isActive() && p.isSameRegion() && p.requesterVpcId() != null && p.accepterVpcId() != null) {
                peered.add(p.requesterVpcId() + "|" + p.accepterVpcId());
                peered.add(p.accepterVpcId() + "|" + p.requesterVpcId());
            }
        }
        Set<String> transit = TransitGroupReferences.pairs(m);
        Map<String, Text> switchedOff = TransitGroupReferences.switchedOff(m);
        Set<String> inboundOk = new HashSet<>(peered);
        inboundOk.addAll(transit);
        for (SecurityGroup g : m.securityGroups()) {
            rules(m, f, g, ".inbound", g.inbound(), inboundOk, vpc -> switchedOff.containsKey(g.vpcId() + "|" + vpc)
                    ? Text.of("check.sgRef.transitOff", switchedOff.get(g.vpcId() + "|" + vpc)) : Text.literal(""));
            rules(m, f, g, ".outbound", g.outbound(), peered,
                    vpc -> transit.isEmpty() ? Text.literal("") : Text.of("check.sgRef.transitNote"));
        }
    }

    @Override
    public String findingsName() {
        return "security group references across VPCs";
    }

    private static void rules(NetworkModel m, Findings f, SecurityGroup g, String list, List<SgRule> rules,
                              Set<String> peered, Function<String, Text> note) {
        for (int i = 0; i < rules.size(); i++) {
            SgRule rule = rules.get(i);
            if (rule.peer().kind() != SgPeerKind.SECURITY_GROUP) {
                continue;
            }
            SecurityGroup other = m.securityGroup(rule.peer().refId());
            if (other == null || g.vpcId() == null || other.vpcId() == null || g.vpcId().equals(other.vpcId())) {
                continue;
            }
            if (!peered.contains(g.vpcId() + "|" + other.vpcId())) {
                f.warning(g, list + "[" + i + "].securityGroup", Text.of("check.sgRef.unpeered",
                        other.label(), other.vpcId(), g.label(), g.vpcId(), note.apply(other.vpcId())));
            }
        }
    }

}
