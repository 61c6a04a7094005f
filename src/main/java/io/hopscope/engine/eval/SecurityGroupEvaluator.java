package io.hopscope.engine.eval;

import io.hopscope.engine.index.Addresses;
import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Decision;
import io.hopscope.engine.Direction;
import io.hopscope.engine.Direction;
import io.hopscope.engine.Hop;
import io.hopscope.engine.RuleRef;
import io.hopscope.engine.Packet;
import io.hopscope.engine.index.ModelIndex;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgPeer;
import io.hopscope.model.SgPeerKind;
import io.hopscope.model.SgRule;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;

import io.hopscope.text.Text;

import java.util.List;
import java.util.function.Supplier;

/**
 * Security groups: allow-only, the rules of every group on the ENI aggregated into one set, so a
 * flow passes when ANY rule of ANY group matches [SGR]. Stateful: replies pass by connection
 * tracking whatever the rules say [CT].
 */
public final class SecurityGroupEvaluator {
    /** The rule that admitted the packet, the group it belongs to and its position in the group's list. */
    public record Match(SecurityGroup group, SgRule rule, int index) {
    }

    private final ModelIndex index;

    public SecurityGroupEvaluator(ModelIndex index) {
        this.index = index;
    }

    /** The first matching rule over all the ENI's groups, or null when none admits the packet. */
    public Match match(NetworkInterface eni, Packet p, boolean ingress) {
        String eniVpc = index.vpcOfEni(eni);
        IpAddress peer = ingress ? p.src() : p.dst();
        for (String sgId : eni.securityGroupIds()) {
            SecurityGroup sg = index.securityGroup(sgId);
            if (sg == null) {
                continue;
            }
            List<SgRule> rules = ingress ? sg.inbound() : sg.outbound();
            for (int i = 0; i < rules.size(); i++) {
                SgRule rule = rules.get(i);
                if (RuleMatch.matches(rule.protocol(), rule.ports(), rule.icmp(), p) && peerMatches(rule.peer(), peer, eniVpc, ingress)) {
                    return new Match(sg, rule, i);
                }
            }
        }
        return null;
    }

    private boolean peerMatches(SgPeer peer, IpAddress address, String eniVpc, boolean ingress) {
        if (peer.kind() == SgPeerKind.CIDR) {
            // IpRanges never match IPv6 packets and Ipv6Ranges never IPv4 ones [SGR].
            return Addresses.contains(peer.cidr(), address);
        }
        if (peer.kind() == SgPeerKind.PREFIX_LIST) {
            for (Cidr c : index.prefixListCidrs(peer.refId())) {
                if (Addresses.contains(c, address)) {
                    return true;
                }
            }
            return false;
        }
        // [SGR] a group reference stands for the PRIVATE IPs of its members: a public or NAT-translated
        // source never matches. The group must be in this VPC, across an active same-Region peering [PCX],
        // or, for an inbound rule only, across a transit gateway that allows group references [TGWSGR].
        if (!index.isSgMember(peer.refId(), address)) {
            return false;
        }
        SecurityGroup ref = index.securityGroup(peer.refId());
        String refVpc = ref == null ? null : ref.vpcId();
        if (refVpc != null && eniVpc != null && !refVpc.equals(eniVpc)
                && !index.activeSameRegionPeering(eniVpc, refVpc)
                && !(ingress && index.transit().referencesGroupsAcross(eniVpc, refVpc))) {
            return false;
        }
        NetworkInterface member = index.eniByPrivateIp(refVpc, address);
        return member != null && member.securityGroupIds().contains(peer.refId());
    }

    public Hop evaluate(NetworkInterface eni, Packet p, boolean ingress) {
        Match m = match(eni, p, ingress);
        if (m != null) {
            RuleRef ref = RuleRef.sgRule(m.group().id(), Direction.of(!ingress), m.index());
            return hop(eni, p, ingress, Decision.ALLOW, () -> m.rule().describe(!ingress), ref, null, null,
                    () -> allowedText(eni, p, ingress, m, m.rule().text(!ingress)));
        }
        RuleRef none = RuleRef.noMatchingRule(setId(eni), Direction.of(!ingress));
        return hop(eni, p, ingress, Decision.DENY, null, none, "ENI_SG_RULES_MISMATCH", "no-matching-rule",
                () -> deniedText(eni, p, ingress));
    }

    /** {@code rule} as a keyed text: its English is {@link SgRule#describe}, the app says it in its language. */
    private Text allowedText(NetworkInterface eni, Packet p, boolean ingress, Match m, Text rule) {
        return Text.of(ingress ? "sg.allows.inbound" : "sg.allows.outbound", groupSetName(eni, true), RuleMatch.trafficText(p),
                ingress ? p.src() : p.dst(), rule, m.group().label());
    }

    private Text deniedText(NetworkInterface eni, Packet p, boolean ingress) {
        int groups = eni.securityGroupIds().size();
        return Text.of(ingress ? "sg.denies.inbound" : "sg.denies.outbound", groupSetName(eni, false),
                RuleMatch.trafficText(p), ingress ? p.src() : p.dst(),
                groups > 1 ? Text.of("sg.denies.combined", groups) : "",
                referencesGroups(eni, ingress) ? Text.of("sg.denies.references") : "",
                groups == 0 ? Text.of("sg.denies.noGroup") : "");
    }

    /** Replies pass every security group by connection tracking [CT]: an SG never blocks a reply. */
    public Hop tracked(NetworkInterface eni, Packet p, boolean ingress) {
        return hop(eni, p, ingress, Decision.TRACKED, null, RuleRef.tracked(setId(eni), Direction.of(!ingress)), null, null,
                () -> Text.of(ingress ? "sg.tracked.inbound" : "sg.tracked.outbound", groupSetName(eni, true)));
    }

    private boolean referencesGroups(NetworkInterface eni, boolean ingress) {
        for (String sgId : eni.securityGroupIds()) {
            SecurityGroup sg = index.securityGroup(sgId);
            if (sg != null) {
                for (SgRule r : ingress ? sg.inbound() : sg.outbound()) {
                    if (r.peer().kind() == SgPeerKind.SECURITY_GROUP) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Who holds the rules when none decided: the one group, or the interface standing for its set. */
    private static String setId(NetworkInterface eni) {
        return eni.securityGroupIds().size() == 1 ? eni.securityGroupIds().get(0) : eni.id();
    }

    /** The one group, or the interface's set; {@code start} for the words that open a sentence. */
    private Text groupSetName(NetworkInterface eni, boolean start) {
        List<String> ids = eni.securityGroupIds();
        String suffix = start ? ".start" : "";
        if (ids.size() == 1) {
            SecurityGroup sg = index.securityGroup(ids.get(0));
            return Text.of("sg.set.one" + suffix, sg == null ? ids.get(0) : sg.label());
        }
        return Text.of("sg.set.many" + suffix, eni.label(), String.join(", ", ids));
    }

    /** A single group is named by its id; several are named by the ENI, since the verdict is the set's [SGR]. */
    private Hop hop(NetworkInterface eni, Packet p, boolean ingress, Decision d, Supplier<String> rule, RuleRef ref,
                    String code, String reason, Supplier<Text> explanation) {
        List<String> ids = eni.securityGroupIds();
        Direction direction = Direction.of(!ingress);
        if (ids.size() == 1) {
            SecurityGroup sg = index.securityGroup(ids.get(0));
            return Hop.at(ComponentKind.SECURITY_GROUP, ids.get(0), sg == null ? "" : sg.name()).direction(direction)
                    .decided(d, p).ruleLater(rule, ref).blocked(code, reason)
                    .explainedLater(explanation);
        }
        return Hop.at(ComponentKind.NETWORK_INTERFACE, eni.id(), eni.name()).direction(direction).decided(d, p)
                .ruleLater(rule, ref).blocked(code, reason).groups(ids)
                .explainedLater(explanation);
    }
}
