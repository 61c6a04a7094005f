package io.hopscope.ui.inspector;

import io.hopscope.engine.RuleRef;
import io.hopscope.edit.AddSecurityGroupRuleEdit;
import io.hopscope.edit.RemoveSecurityGroupRuleEdit;
import io.hopscope.edit.ReplaceSecurityGroupRuleEdit;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.PrefixList;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgPeer;
import io.hopscope.model.SgPeerKind;
import io.hopscope.model.SgRule;
import io.hopscope.model.Vpc;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import io.hopscope.ui.common.DiagramDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/** The inbound or outbound rules of one security group, edited in place [SGR]. */
public final class SecurityGroupRulesViewModel extends RuleTableViewModel<SgRuleRow> implements RuleRowActions {

    public enum Column { PROTOCOL, PORTS, PEER, DESCRIPTION }

    private final String groupId;
    private final boolean inbound;

    public SecurityGroupRulesViewModel(DiagramDocument document, ResourceBundle messages, String groupId, boolean inbound) {
        super(document, messages);
        this.groupId = groupId;
        this.inbound = inbound;
        refresh();
    }

    public String groupId() {
        return groupId;
    }

    public boolean inbound() {
        return inbound;
    }

    @Override
    protected List<SgRuleRow> load(NetworkModel m) {
        SecurityGroup g = m.securityGroup(groupId);
        List<SgRuleRow> rows = new ArrayList<>();
        if (g == null) {
            return rows;
        }
        List<SgRule> rules = inbound ? g.inbound() : g.outbound();
        for (int i = 0; i < rules.size(); i++) {
            SgRule r = rules.get(i);
            rows.add(new SgRuleRow(i, r, r.protocol().label(), RuleTexts.ports(r.protocol(), r.ports(), r.icmp()),
                    peerText(m, r.peer()), r.description()));
        }
        return rows;
    }

    /** "sg-0abc (web-sg)" for a group or prefix list, the block for a CIDR. */
    static String peerText(NetworkModel m, SgPeer peer) {
        if (peer.kind() == SgPeerKind.CIDR) {
            return peer.cidr().toString();
        }
        String name = m.find(peer.refId()).map(r -> r.name()).orElse("");
        return name.isEmpty() ? peer.refId() : peer.refId() + " (" + name + ")";
    }

    /** What a peer can be: anywhere (IPv4/IPv6), the VPC's blocks, each group and prefix list. */
    public List<String> peerChoices() {
        NetworkModel m = document.getDiagram().model();
        List<String> out = new ArrayList<>(List.of("0.0.0.0/0", "::/0"));
        SecurityGroup g = m.securityGroup(groupId);
        Vpc v = g == null ? null : m.vpc(g.vpcId());
        if (v != null) {
            v.allCidrs().forEach(c -> out.add(c.toString()));
        }
        for (SecurityGroup other : m.securityGroups()) {
            out.add(peerText(m, SgPeer.group(other.id())));
        }
        for (PrefixList pl : m.prefixLists()) {
            out.add(peerText(m, SgPeer.prefixList(pl.id())));
        }
        return out;
    }

    /** A peer typed or picked: a CIDR, a group / prefix list id (what follows the id is its name), or a group's name. */
    SgPeer parsePeer(String text) {
        String token = text == null ? "" : text.strip().split("\\s+")[0];
        NetworkModel m = document.getDiagram().model();
        if (token.startsWith("sg-")) {
            if (m.securityGroup(token) == null) {
                throw new IllegalArgumentException(java.text.MessageFormat.format(text("inspector.error.unknown"), token));
            }
            return SgPeer.group(token);
        }
        if (token.startsWith("pl-")) {
            if (m.prefixList(token) == null) {
                throw new IllegalArgumentException(java.text.MessageFormat.format(text("inspector.error.unknown"), token));
            }
            return SgPeer.prefixList(token);
        }
        // A group can also be named as people know it ("web-sg"), among the groups of this group's VPC.
        SecurityGroup self = m.securityGroup(groupId);
        String vpcId = self == null ? null : self.vpcId();
        java.util.Optional<SecurityGroup> named = m.securityGroups().stream()
                .filter(g -> g.name().equals(token) && java.util.Objects.equals(g.vpcId(), vpcId)).findFirst();
        if (named.isPresent() && !token.isEmpty()) {
            return SgPeer.group(named.get().id());
        }
        return SgPeer.cidr(Cidr.parse(token));
    }

    @Override
    public boolean add(RulePreset preset) {
        SgRule rule = new SgRule(preset.protocol(), preset.ports(), null, inbound ? safeSource() : SgPeer.cidr(Cidr.ANY_IPV4), "");
        return perform(() -> new AddSecurityGroupRuleEdit(groupId, inbound, rule));
    }

    /**
     * Where a new inbound rule lets traffic in from until the user says otherwise: the VPC's own
     * block, never the whole internet (0.0.0.0/0 opened by a default is how databases end up
     * public). A group outside any VPC block refers to itself.
     */
    private SgPeer safeSource() {
        NetworkModel m = document.getDiagram().model();
        SecurityGroup g = m.securityGroup(groupId);
        Vpc v = g == null ? null : m.vpc(g.vpcId());
        if (v != null && !v.ipv4Cidrs().isEmpty()) {
            return SgPeer.cidr(v.ipv4Cidrs().get(0));
        }
        return SgPeer.group(groupId);
    }

    @Override
    public boolean remove(int index) {
        return perform(() -> new RemoveSecurityGroupRuleEdit(groupId, inbound, index));
    }

    @Override
    public boolean duplicate(int index) {
        return perform(() -> new AddSecurityGroupRuleEdit(groupId, inbound, getRows().get(index).rule()));
    }

    /** Changes one cell; false (and a message) when the text is not valid. */
    public boolean edit(int index, Column column, String value) {
        return perform(() -> {
            SgRule r = getRows().get(index).rule();
            SgRule changed = switch (column) {
                case PROTOCOL -> {
                    Protocol p = Protocol.parse(value);
                    String keep = p.hasPorts() == r.protocol().hasPorts() && p.isIcmp() == r.protocol().isIcmp()
                            ? RuleTexts.ports(r.protocol(), r.ports(), r.icmp()) : "";
                    yield new SgRule(p, RuleTexts.parsePorts(p, keep), RuleTexts.parseIcmp(p, keep), r.peer(), r.description());
                }
                case PORTS -> {
                    if (!r.protocol().hasPorts() && !r.protocol().isIcmp() && !value.isBlank()) {
                        throw new IllegalArgumentException(text("inspector.error.noPorts"));
                    }
                    PortRange ports = RuleTexts.parsePorts(r.protocol(), value);
                    yield new SgRule(r.protocol(), ports, RuleTexts.parseIcmp(r.protocol(), value), r.peer(), r.description());
                }
                case PEER -> new SgRule(r.protocol(), r.ports(), r.icmp(), parsePeer(value), r.description());
                case DESCRIPTION -> new SgRule(r.protocol(), r.ports(), r.icmp(), r.peer(), value);
            };
            return new ReplaceSecurityGroupRuleEdit(groupId, inbound, index, changed);
        });
    }

    /** The row of the rule at {@code ref}'s position in this group's list, or -1 for another group or list. */
    @Override
    public int rowOf(RuleRef ref) {
        if (ref.kind() != RuleRef.Kind.RULE || !groupId.equals(ref.resourceId()) || ref.direction() == null
                || ref.direction().isEgress() == inbound) {
            return -1;
        }
        for (int i = 0; i < getRows().size(); i++) {
            if (getRows().get(i).index() == ref.index()) {
                return i;
            }
        }
        return -1;
    }
}
